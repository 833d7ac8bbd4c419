/** Invisible characters in user text are shown as marks that neither hide nor reorder text; rows keep their contents. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, SCREENSHOTS, test } from './fixtures';

test('an override, a zero-width space and a stack of marks are shown as marks, inside their row', async ({
  page,
  app,
}) => {
  const file = path.join(app.dir, 'invisible.txt');
  const stack = '\u0651'.repeat(600);
  writeFileSync(file, `تقرير \u202Efdp.exe\n\nفي ولاية جوز\u200Bجان شمال أفغانستان\n\nقصف${stack} المواقع\n`);
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(file);
  await expect(page.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '4');
  const row = (n: number) => page.locator(`[data-testid=row][data-index="${n - 1}"]`);

  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('\u27e6RLO\u27e7fdp.exe');
  const rlo = row(1).getByTestId('invisible-mark');
  await expect(rlo).toHaveText('RLO');
  await expect(rlo).toHaveAttribute('title', /U\+202E RIGHT-TO-LEFT OVERRIDE/);
  // The override no longer acts: "fdp.exe" reads as written, left to right.
  const order = await row(1)
    .getByTestId('source')
    .evaluate((cell) => {
      const range = document.createRange();
      const text = Array.from(cell.childNodes as ArrayLike<Node>).find((n) => n.textContent?.includes('fdp.exe'))!;
      const start = text.textContent!.indexOf('fdp');
      range.setStart(text, start);
      range.setEnd(text, start + 1);
      const f = range.getBoundingClientRect().left;
      range.setStart(text, start + 4);
      range.setEnd(text, start + 5);
      return { f, e: range.getBoundingClientRect().left };
    });
  expect(order.f).toBeLessThan(order.e);
  await expect(row(2).getByTestId('invisible-mark')).toHaveText('ZWSP');
  await expect(row(3).getByTestId('invisible-mark')).toHaveText('+594');

  // A row's contents stay inside it: the stacked row is no taller than its text needs.
  const box = (await row(3).boundingBox())!;
  expect(box.height).toBeLessThan(200);
  // The English box says what invisibles it holds.
  await row(2).getByTestId('target').fill('Jowz\u200Bjan');
  await expect(row(2).getByTestId('target-invisibles')).toHaveText('ZWSP');
  await page.getByRole('button', { name: 'Documents' }).click();
  await expect(page.getByTestId('document-row').getByTestId('invisible-mark')).toHaveText('RLO');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'invisibles.png') });
});
