/**
 * Refusals in the Arabic UI: a malformed XLIFF and a glossary CSV with bad rows are refused with Arabic messages
 * that keep the file name and the line (the server sends a message key and values; the UI formats them); a memory
 * import's skipped units are listed in Arabic too.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ar } from '../core/i18n/ar';
import { OMEGAT_TMX } from '../core/tm/testing/tmx-fixtures';
import { expect, SEED, test } from './fixtures';
import { row } from './workbench-page';

async function arabicUi(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Interface language' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}

function file(name: string, text: string): string {
  const p = path.join(mkdtempSync(path.join(os.tmpdir(), 'dragoman-err-')), name);
  writeFileSync(p, text);
  return p;
}

test.beforeEach(async ({ page, app }) => {
  await page.goto(app.url);
});

test('a malformed XLIFF is refused in Arabic with its file and line', async ({ page }) => {
  await arabicUi(page);
  const xliff =
    '<?xml version="1.0"?>\n<xliff version="2.0" srcLang="ar" trgLang="en">\n<file id="f">\n<unit id="1"><segment><source>مرحبا</source></segment>\n</file>\n</xliff>\n';
  await page.getByTestId('file-input').setInputFiles(file('broken.xlf', xliff));
  const alert = page.getByRole('alert').filter({ hasText: 'broken.xlf' });
  await expect(alert).toContainText('XML غير سليم البنية');
  await expect(alert).toContainText(/broken\.xlf \(السطر \d+\)/);
  await expect(alert).not.toContainText('malformed');
});

test('a glossary CSV with bad rows is refused in Arabic, row by row, with the lines', async ({ page }) => {
  await page.getByTestId('file-input').setInputFiles(SEED);
  await expect(page.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '11');
  await arabicUi(page);
  const bad = file('bad.csv', 'source,target,kind\nجوزجان,Jowzjan,place\nدرزاب,,place\nطالبان,"Tali"ban,org\n');
  await page.getByTestId('glossary-file-input').setInputFiles(bad);
  const errors = page.getByTestId('glossary-import-errors');
  await expect(errors.getByRole('listitem')).toHaveCount(2);
  await expect(errors.getByRole('listitem').first()).toHaveText('bad.csv: السطر 3: المقابل الإنجليزي فارغ');
  await expect(errors.getByRole('listitem').nth(1)).toContainText(
    'bad.csv: السطر 4: نص غير متوقع بعد علامة التنصيص الختامية',
  );
  await expect(errors).not.toContainText('line');
});

test('a memory import that skips a unit says why in Arabic, with the file and the line', async ({ page }) => {
  await page.getByTestId('file-input').setInputFiles(SEED);
  await expect(page.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '11');
  await arabicUi(page);
  await page.getByTestId('tab-memory').click();
  await page
    .getByTestId('tm-file-input')
    .setInputFiles(file('partial.tmx', OMEGAT_TMX.replace('<seg>Tehran, SANA</seg>', '<seg> </seg>')));
  const report = page.getByTestId('tm-import-report');
  await expect(report.getByRole('listitem')).toHaveText(
    'partial.tmx: السطر 7: لا ترجمة إنجليزية (xml:lang="en…") في الوحدة؛ تُركت',
  );
  await expect(report).not.toContainText('skipped');
});

test('a review that conflicts with a change made here says so in Arabic, with the row', async ({ page }) => {
  await page.getByTestId('file-input').setInputFiles(SEED);
  const editor = row(page, 3).getByTestId('target');
  await editor.fill('Tasnim revealed that US forces carried out an operation.');
  await editor.press('Control+Enter');
  await expect(row(page, 3)).toHaveAttribute('data-status', 'translated');
  await arabicUi(page);
  await page.getByRole('button', { name: ar.exportDialog.open }).click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-format').selectOption('docx');
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: ar.exportDialog.export, exact: true }).click(),
  ]);
  const zip = await JSZip.loadAsync(readFileSync(await docx.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', xml.replace('carried out an operation.', 'carried out a covert operation.'));
  const reviewed = file('reviewed.docx', '');
  writeFileSync(reviewed, await zip.generateAsync({ type: 'uint8array' }));
  await dialog.press('Escape');
  // Row 3 changes here too, after the export.
  await editor.fill('Tasnim said US forces carried out an operation.');
  await editor.press('Control+Enter');
  await page.getByRole('button', { name: ar.exportDialog.open }).click();
  await page.getByTestId('review-input').setInputFiles(reviewed);
  // The toast itself, not filtered by its text: if another message stands there, the failure prints it.
  const status = page.getByTestId('toast');
  await expect(status).toContainText('عُدّل الصف 3 لدى المراجع وهنا منذ التصدير');
  await expect(status).toContainText('لم يتغير أي صف.');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(row(page, 3).getByTestId('target')).toHaveValue('Tasnim said US forces carried out an operation.');
});
