/**
 * The translator's path on the seed article, in the browser mode: import, translate row 3, confirm,
 * reload, export the bilingual DOCX and check its table, then the Arabic UI mirrored.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readDocxTable } from '../core/formats/testing/docx-table';
import { expect, SCREENSHOTS, SEED, test } from './fixtures';
import { row } from './workbench-page';

const ROW3 = 'Tasnim reported that US forces carried out a secret operation two weeks ago.';

async function importSeed(page: Page): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(SEED);
  await expect(page.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '11');
}

test('translate the seed paragraph by paragraph, come back, export a bilingual DOCX', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByText('No documents yet')).toBeVisible();
  await importSeed(page);

  // Ten rows, the Arabic right-to-left on the right-hand side, the English on the left.
  const seedParagraphs = readFileSync(SEED, 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  expect(seedParagraphs).toHaveLength(10);
  const first = row(page, 1);
  const source = first.getByTestId('source');
  await expect(source).toHaveAttribute('dir', 'rtl');
  await expect(source).toHaveAttribute('lang', 'ar');
  await expect(source).toHaveText(seedParagraphs[0]!);
  expect(await source.evaluate((el) => getComputedStyle(el).textAlign)).toBe('right');
  expect(await source.evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Noto Naskh Arabic');
  const target = first.getByTestId('target');
  await expect(target).toHaveAttribute('dir', 'ltr');
  await expect(target).toHaveAttribute('lang', 'en');
  await expect(target).toHaveAttribute('spellcheck', 'true');
  const sBox = (await source.boundingBox())!;
  const tBox = (await target.boundingBox())!;
  expect(sBox.x).toBeGreaterThan(tBox.x);
  // Rows aligned: the source and target cells share the row's top.
  expect(Math.abs(sBox.y - tBox.y)).toBeLessThan(20);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'workbench-en.png') });

  // Type in row 3: a draft, saved by itself.
  const editor3 = row(page, 3).getByTestId('target');
  await editor3.click();
  await editor3.pressSequentially(ROW3, { delay: 2 });
  await expect(row(page, 3)).toHaveAttribute('data-status', 'draft');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // Ctrl+Enter confirms and moves to row 4, whose editor has the focus.
  await editor3.press('Control+Enter');
  await expect(row(page, 3)).toHaveAttribute('data-status', 'translated');
  await expect(row(page, 4)).toHaveClass(/active/);
  await expect(row(page, 4).getByTestId('target')).toBeFocused();
  await expect(page.getByTestId('progress')).toContainText('1 of 10 paragraphs');

  // Alt+Up goes back to row 3, Escape leaves the editor, Alt+Down moves on from the keyboard alone.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(row(page, 3).getByTestId('target')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(row(page, 3)).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(row(page, 4)).toHaveClass(/active/);
  await page.waitForTimeout(600); // the active row is remembered after 300 ms

  // Reload: everything is there, the active row too.
  await page.reload();
  await expect(row(page, 3).getByTestId('target')).toHaveValue(ROW3);
  await expect(row(page, 3)).toHaveAttribute('data-status', 'translated');
  await expect(row(page, 4)).toHaveClass(/active/);
  await expect(page.getByTestId('progress')).toContainText('1 of 10 paragraphs');

  // Export the bilingual DOCX: header + 10 rows, Arabic cells bidi/rtl, the English of row 3.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export DOCX' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = new Uint8Array(readFileSync(await download.path()));
  const { rows, bidiVisualOff } = await readDocxTable(bytes);
  expect(rows).toHaveLength(11);
  expect(bidiVisualOff).toBe(true);
  const header = rows[0]!.map((c) => c.text);
  const arCol = header.indexOf('Arabic');
  const enCol = header.indexOf('English');
  expect(arCol).toBeGreaterThan(enCol); // Arabic on the right, as on screen
  rows.slice(1).forEach((cells, i) => {
    expect(cells[arCol]!.text.replace(/\s+/g, ' ')).toBe(seedParagraphs[i]!.replace(/\s+/g, ' '));
    expect(cells[arCol]!.bidi).toBe(true);
    expect(cells[arCol]!.rtl).toBe(true);
    expect(cells[enCol]!.rtl).toBe(false);
  });
  expect(rows[3]![enCol]!.text).toBe(ROW3);
  expect(rows[4]![enCol]!.text).toBe('');
});

test('the Arabic UI mirrors the layout and keeps the panes in their own directions', async ({ page, app }) => {
  await page.goto(app.url);
  await importSeed(page);
  await page.getByRole('button', { name: 'Interface language' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('button', { name: 'تصدير DOCX' })).toBeVisible();
  // Mirrored: the back button now sits at the right end of the header, the row number at the right.
  const back = (await page.getByRole('button', { name: 'المستندات' }).boundingBox())!;
  expect(back.x).toBeGreaterThan(700);
  const num = (await row(page, 1).locator('.row-number').boundingBox())!;
  const src = (await row(page, 1).getByTestId('source').boundingBox())!;
  expect(num.x).toBeGreaterThan(src.x);
  // The panes keep their own directions; the Arabic stays on the right.
  await expect(row(page, 1).getByTestId('source')).toHaveAttribute('dir', 'rtl');
  await expect(row(page, 1).getByTestId('target')).toHaveAttribute('dir', 'ltr');
  const tgt = (await row(page, 1).getByTestId('target').boundingBox())!;
  expect(src.x).toBeGreaterThan(tgt.x);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'workbench-ar.png') });
  // The choice persists.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The Arabic column can move to the left, whatever the UI language.
  await page.getByTestId('source-side').selectOption('left');
  await expect
    .poll(async () => {
      const src2 = (await row(page, 1).getByTestId('source').boundingBox())!;
      const tgt2 = (await row(page, 1).getByTestId('target').boundingBox())!;
      return src2.x < tgt2.x;
    })
    .toBe(true);
});

test('a bad file is refused with a clear message and nothing is imported', async ({ page, app }) => {
  await page.goto(app.url);
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await expect(page.getByRole('alert')).toContainText('empty.txt');
  await expect(page.getByRole('alert')).toContainText('empty');
  await page.getByTestId('file-input').setInputFiles({
    name: 'image.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]),
  });
  await expect(page.getByRole('alert')).toContainText('image.txt');
  await expect(page.getByText('No documents yet')).toBeVisible();
  // The app stays usable: a good file still imports.
  await importSeed(page);
});

test('the bilingual HTML export is one self-contained file with dir and lang set', async ({ page, app }) => {
  await page.goto(app.url);
  await importSeed(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export HTML' }).click(),
  ]);
  const html = readFileSync(await download.path(), 'utf8');
  expect(html).not.toMatch(/<script|<link[^>]+stylesheet|src="http/i);
  expect(html).toMatch(/<td[^>]*lang="ar"[^>]*dir="rtl"|<td[^>]*dir="rtl"[^>]*lang="ar"/);
  expect((html.match(/<tr/g) ?? []).length).toBe(11);
});
