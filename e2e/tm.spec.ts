/**
 * The translation memory in the workbench: a confirmed row fills its repetition, a fuzzy match shows with its
 * diff and Ctrl+Alt+1 inserts it (new number put in), Ctrl+K finds a clitic form in the concordance.
 * Screenshots of the Memory tab in English and in Arabic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, SEED, test } from './fixtures';

const P = readFileSync(SEED, 'utf8').replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);

function row(page: Page, n: number) {
  return page.locator(`[data-testid=row][data-index="${n - 1}"]`);
}

test.beforeEach(async ({ page, app }) => {
  await page.goto(app.url);
});

test('repetitions, a fuzzy match inserted by Ctrl+Alt+1, the concordance by Ctrl+K, in both UI languages', async ({ page, app }) => {
  // Row 4 is row 2 with another year and one word changed.
  const changed = P[3]!.replace('2018', '2019').replace('عنيفة', 'دامية');
  const file = path.join(app.dir, 'repeats.txt');
  writeFileSync(file, [P[0], P[3], P[0], changed].join('\n\n'));
  await page.getByTestId('file-input').setInputFiles(file);
  await expect(page.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '5');

  const editor1 = row(page, 1).getByTestId('target');
  await editor1.fill('Tasnim: US carried out an operation to rescue ISIS leaders in Afghanistan');
  await editor1.press('Control+Enter');
  // The identical row 3 is filled by the memory as a draft marked "repetition".
  await expect(row(page, 3).getByTestId('target')).toHaveValue('Tasnim: US carried out an operation to rescue ISIS leaders in Afghanistan', { timeout: 15_000 });
  await expect(row(page, 3)).toHaveAttribute('data-status', 'draft');
  await expect(row(page, 3).getByTestId('origin')).toHaveText('repetition');

  const editor2 = row(page, 2).getByTestId('target');
  await editor2.click();
  await editor2.fill('The agency said in a report published today that at the start of July 2018 violent clashes broke out.');
  await editor2.press('Control+Enter');
  // Confirming moves to the next row not translated: the repetition, row 3. Row 4's Memory tab shows row 2's unit.
  await expect(row(page, 3).getByTestId('target')).toBeFocused();
  const editor4 = row(page, 4).getByTestId('target');
  await editor4.click();
  await page.getByTestId('tab-memory').click();
  const first = page.getByTestId('tm-match').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  const score = Number(await first.getByTestId('tm-score').textContent());
  expect(score).toBeGreaterThanOrEqual(85);
  expect(score).toBeLessThan(99);
  // Words of the match the row lacks, and words of the row the match lacks.
  await expect(first.locator('.diff-inserted')).toHaveText(['2018 ', 'عنيفة ']);
  await expect(first.locator('.diff-deleted')).toHaveText(['2019 ', 'دامية ']);
  await expect(first.locator('.tm-target')).toContainText('July 2019');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'tm-memory-en.png') });

  await editor4.click();
  await editor4.press('Control+Alt+Digit1');
  await expect(editor4).toHaveValue('The agency said in a report published today that at the start of July 2019 violent clashes broke out.');
  await expect(row(page, 4).getByTestId('origin')).toHaveText(`from a ${score} match`);

  // Ctrl+K: the concordance, a clitic form finding the word as written with another clitic.
  await page.keyboard.press('Control+k');
  const search = page.getByTestId('tm-concordance');
  await expect(search).toBeFocused();
  await search.fill('وأفغانستان');
  await search.press('Enter');
  const hits = page.getByTestId('tm-hits');
  // Newest first: row 2's unit (أفغانستان), then row 1's (بأفغانستان).
  await expect(hits.locator('mark')).toHaveText(['أفغانستان', 'بأفغانستان']);

  await page.getByRole('button', { name: 'Interface language' }).click();
  await expect(page.getByTestId('tab-memory')).toHaveText(/الذاكرة/);
  await expect(page.getByTestId('tm-match').first()).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'tm-memory-ar.png') });
});
