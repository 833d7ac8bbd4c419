/**
 * A document of 10,000 paragraphs (short ones: the big data belongs to `npm run bench -- docs`) opened
 * at row 5,000 by its address, typed in there, jumped across by address, and exported as a bilingual DOCX
 * read back whole. Rows count from 1 in addresses and `data-row`, paragraphs from 0 in the API.
 */
import { readFileSync } from 'node:fs';
import { readDocxTable } from '../core/formats/testing/docx-table';
import { expect, test } from './fixtures';
import { api } from './workbench-page';

const N = 10_000;
const source = (i: number): string => `الفقرة ${i + 1} من تقرير ولاية جوزجان`;

test('a 10,000-paragraph document opens at row 5,000 by address, saves there, and exports whole', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  const text = Array.from({ length: N }, (_, i) => source(i)).join('\n\n');
  const { documentId } = await api<{ documentId: string }>(app, 'document.import', {
    fileName: 'big.txt',
    bytes: new TextEncoder().encode(text),
  });

  await page.goto(app.url);
  await expect(page.getByTestId('file-input')).toBeAttached(); // the token is kept: the address can change now
  await page.evaluate((id) => (window.location.hash = `#/doc/${id}/row/5000`), documentId);

  const row5000 = page.locator('[data-testid=row][data-row="5000"]');
  await expect(row5000).toHaveAttribute('aria-current', 'true');
  await expect(row5000.getByTestId('source')).toHaveText(source(4999));
  await expect(page.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', String(N + 1));
  // Only pages around the row are in the page, and a single row is the active one.
  expect(await page.locator('[data-testid=row]').count()).toBeLessThan(60);
  await expect(page.locator('[aria-current="true"]')).toHaveCount(1);

  // Its editor has the focus: type and confirm; the next untranslated row (5,001) becomes active.
  await expect(row5000.getByTestId('target')).toBeFocused();
  await page.keyboard.type('Paragraph 5000 of the Jowzjan report');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('[data-testid=row][data-row="5001"]')).toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL(new RegExp(`#/doc/${documentId}/row/5001$`));
  await expect
    .poll(
      async () =>
        (
          await api<Array<{ target: string; status: string }>>(app, 'document.rows', {
            id: documentId,
            from: 4999,
            count: 1,
          })
        )[0],
    )
    .toEqual(expect.objectContaining({ target: 'Paragraph 5000 of the Jowzjan report', status: 'translated' }));
  // Progress counts the whole document, not the rows loaded: 1 of 10,000 paragraphs, its words from the store.
  await expect(page.getByRole('progressbar').first()).toHaveAttribute('aria-valuemax', String(N));
  await expect(page.getByRole('progressbar').first()).toHaveAttribute('aria-valuenow', '1');

  // A new address for the same document jumps there; the rows of that page load on the way.
  await page.evaluate((id) => (window.location.hash = `#/doc/${id}/row/9990`), documentId);
  const row9990 = page.locator('[data-testid=row][data-row="9990"]');
  await expect(row9990).toHaveAttribute('aria-current', 'true');
  await expect(row9990.getByTestId('source')).toHaveText(source(9989));

  // The bilingual DOCX holds every row, in order, with the English typed at row 5,000 (Arabic column on the right).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export DOCX' }).click(),
  ]);
  const { rows } = await readDocxTable(new Uint8Array(readFileSync(await download.path())));
  expect(rows).toHaveLength(N + 1);
  expect(rows[5000]!.map((c) => c.text)).toEqual(['5000', 'Paragraph 5000 of the Jowzjan report', source(4999)]);
  expect(rows[N]!.map((c) => c.text)).toEqual([String(N), '', source(N - 1)]);
});
