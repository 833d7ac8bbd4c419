/**
 * Documents in and out through the UI: a structured DOCX, pasted text, the export dialog (XLIFF), and the
 * reviewer's round trip (a bilingual DOCX edited outside, read back into the rows). Bad files are refused.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { expect, SCREENSHOTS, samplePath, SEED, test } from './fixtures';
import { row } from './workbench-page';

test('a structured DOCX imports as its paragraphs, in reading order', async ({ page, app }) => {
  const expected = readFileSync(samplePath('structured-ar.expected.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(samplePath('structured-ar.docx'));
  await expect(page.getByTestId('rows')).toHaveAttribute('aria-rowcount', String(expected.length + 1));
  await expect(row(page, 1).getByTestId('source')).toHaveText(expected[0]!);
  await expect(row(page, 3).getByTestId('source')).toHaveText(expected[2]!);
});

test('pasted text becomes a new document', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Paste text…' }).click();
  const dialog = page.getByTestId('paste-dialog');
  await dialog
    .getByTestId('paste-text')
    .fill('قصف المواقع المحيطة بسجن طالبان في درزاب.\n\nنقل متزعمي التنظيم بالمروحيات إلى مناطق آمنة.');
  await dialog.getByRole('button', { name: 'Create document' }).click();
  await expect(page.getByTestId('rows')).toHaveAttribute('aria-rowcount', '3');
  await expect(row(page, 2).getByTestId('source')).toHaveText('نقل متزعمي التنظيم بالمروحيات إلى مناطق آمنة.');
});

test('the export dialog writes XLIFF, and a reviewer’s DOCX comes back into the rows', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(SEED);
  const editor = row(page, 3).getByTestId('target');
  await editor.fill('Tasnim revealed that US forces carried out an operation.');
  await editor.press('Control+Enter');
  await expect(row(page, 3)).toHaveAttribute('data-status', 'translated');

  await page.getByRole('button', { name: 'More exports…' }).click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-format').selectOption('xliff');
  const [xliff] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const xml = readFileSync(await xliff.path(), 'utf8');
  expect(xml).toContain('srcLang="ar"');
  expect(xml).toContain('trgLang="en"');
  expect((xml.match(/<unit /g) ?? []).length).toBe(10);
  expect(xml).toMatch(/state="translated"[^>]*>\s*<source>كشفت وكالة تسنيم/);

  // The bilingual DOCX, with the status column, goes to a reviewer…
  await dialog.getByTestId('export-format').selectOption('docx');
  await dialog.getByRole('checkbox', { name: 'Status column' }).check();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'export-dialog-en.png') });
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const zip = await JSZip.loadAsync(readFileSync(await docx.path()));
  const documentXml = await zip.file('word/document.xml')!.async('string');
  expect(documentXml).toContain('Tasnim revealed that US forces carried out an operation.');
  // …who corrects row 3 in Word.
  zip.file('word/document.xml', documentXml.replace('carried out an operation.', 'carried out a covert operation.'));
  const reviewed = path.join(app.dir, 'reviewed.docx');
  writeFileSync(reviewed, await zip.generateAsync({ type: 'uint8array' }));

  await dialog.getByTestId('review-input').setInputFiles(reviewed);
  await expect(page.getByRole('status').filter({ hasText: '1 row changed: 3' })).toBeVisible();
  await expect(row(page, 3).getByTestId('target')).toHaveValue(
    'Tasnim revealed that US forces carried out a covert operation.',
  );
  await expect(row(page, 3).getByTestId('source')).toContainText('كشفت وكالة تسنيم');
});

test('a corrupt DOCX and a review file of another document are refused, nothing changed', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles({
    name: 'broken.docx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('PK\u0003\u0004 not really a zip'),
  });
  await expect(page.getByRole('alert')).toContainText('broken.docx');
  await expect(page.getByText('No documents yet')).toBeVisible();

  await page.getByTestId('file-input').setInputFiles(SEED);
  await page.getByRole('button', { name: 'More exports…' }).click();
  await page.getByTestId('review-input').setInputFiles(samplePath('structured-ar.docx'));
  await expect(page.getByRole('alert')).toContainText('structured-ar.docx');
  await expect(row(page, 1).getByTestId('target')).toHaveValue('');
});
