/**
 * A far jump lands on estimated row heights; the row's page then arrives and the rows around it are measured.
 * The row must end wholly inside the list, not just start there: a far find once left it 237 px below the list.
 * On 3,000 rows of the seed article (rows of very different heights), the longest paragraph at row 1,500
 * carrying a word found nowhere else.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SEED, test } from './fixtures';
import { row } from './workbench-page';

const ROWS = 3000;
const WORD = 'قندوز';

function document3000(dir: string): string {
  const seed = readFileSync(SEED, 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const longest = seed.reduce((a, b) => (b.length > a.length ? b : a));
  const paragraphs = Array.from({ length: ROWS }, (_, i) =>
    i === 1499 ? `${longest} وفي ${WORD}` : seed[i % seed.length]!,
  );
  const file = path.join(dir, 'far-ar.txt');
  writeFileSync(file, paragraphs.join('\n\n'));
  return file;
}

/** Where row `n` is against the list's viewport: 'inside', or how far out, for a readable failure. */
async function placeOf(page: Page, n: number): Promise<string> {
  const box = await row(page, n).boundingBox();
  const list = await page.getByTestId('rows').boundingBox();
  if (!box || !list) return 'not rendered';
  if (box.y < list.y - 1) return `above the list by ${Math.round(list.y - box.y)} px`;
  if (box.y + box.height > list.y + list.height + 1)
    return `below the list by ${Math.round(box.y + box.height - list.y - list.height)} px`;
  return 'inside';
}

/** Inside once the list has settled, and still inside after the fonts and two more frames. */
async function wholeInView(page: Page, n: number): Promise<void> {
  await expect(row(page, n)).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => placeOf(page, n)).toBe('inside');
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  });
  expect(await placeOf(page, n)).toBe('inside');
}

test('a far find and a far go to leave the row wholly inside the list', async ({ page, app }) => {
  test.setTimeout(90_000);
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(document3000(app.dir));
  await expect(page.getByTestId('rows')).toHaveAttribute('aria-rowcount', String(ROWS + 1));
  await row(page, 3).getByTestId('target').click();

  // Enter in the find bar: to the one hit, 1,497 rows away, never loaded before.
  await page.keyboard.press('Control+f');
  const query = page.getByTestId('find-query');
  await query.fill(WORD);
  await expect(page.getByTestId('find-count')).toHaveText('0 of 1');
  await query.press('Enter');
  await expect(row(page, 1500)).toHaveAttribute('data-hit', 'current');
  await wholeInView(page, 1500);
  await expect(query).toBeFocused();
  await query.press('Escape');
  await expect(row(page, 1500).getByTestId('target')).toBeFocused();

  // Ctrl+G to rows far away both ways (not loaded), then near ones: wholly inside each time, the editor focused.
  for (const n of [2950, 40, 1450, 1500, 2999]) {
    await page.keyboard.press('Control+g');
    await page.getByTestId('go-to-input').fill(String(n));
    await page.keyboard.press('Enter');
    await wholeInView(page, n);
    await expect(row(page, n).getByTestId('target')).toBeFocused();
  }
});
