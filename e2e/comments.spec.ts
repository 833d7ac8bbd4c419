/**
 * Comments on rows (issue 17): Ctrl+M opens the row's comment, Ctrl+Enter saves it and the focus is back in the
 * English; it is kept in the workspace, goes out as the bilingual DOCX's comments column and as an XLIFF note,
 * and a reviewer's Word comment on a row comes back appended to that row's comment, with the reviewer's name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { addWordComment } from '../core/formats/testing/review-edits';
import { readDocxTable } from '../core/formats/testing/docx-table';
import { expect, SCREENSHOTS, SEED, test } from './fixtures';
import { row } from './workbench-page';

test('a comment on a row: Ctrl+M, saved in the workspace, exported, and a reviewer’s Word comment read back', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(SEED);
  const editor = row(page, 2).getByTestId('target');
  await editor.click();
  await editor.fill('Tehran-SANA');

  // Ctrl+M from the English opens the comment under it, focused; Ctrl+Enter saves and gives the focus back.
  await editor.press('Control+m');
  const input = row(page, 2).getByTestId('comment-input');
  await expect(input).toBeFocused();
  await input.fill('Check the dateline: SANA or IRNA?');
  await input.press('Control+Enter');
  await expect(row(page, 2).getByTestId('comment-editor')).toHaveCount(0);
  await expect(editor).toBeFocused();
  // Ctrl+Enter in the comment did not confirm the English.
  await expect(row(page, 2)).not.toHaveAttribute('data-status', 'translated');
  const mark = row(page, 2).getByTestId('comment-mark');
  await expect(mark).toHaveAttribute('title', 'Check the dateline: SANA or IRNA?');
  await expect(row(page, 2)).toHaveAttribute('data-comment', 'true');

  // Escape cancels without saving, and the focus is back too.
  await editor.press('Control+m');
  await input.fill('not this');
  await input.press('Escape');
  await expect(editor).toBeFocused();
  await expect(mark).toHaveAttribute('title', 'Check the dateline: SANA or IRNA?');

  // The active row offers a Comment button (the other rows without a comment do not).
  const editor5 = row(page, 5).getByTestId('target');
  await editor5.click();
  await expect(row(page, 5).getByTestId('comment-add')).toBeVisible();
  await expect(row(page, 6).getByTestId('comment-add')).toHaveCount(0);
  await row(page, 5).getByTestId('comment-add').click();
  await row(page, 5).getByTestId('comment-input').fill('Two hours? The source says nearly two.');
  await row(page, 5).getByTestId('comment-save').click();
  await expect(editor5).toBeFocused();
  await expect(row(page, 5).getByTestId('comment-mark')).toHaveAttribute(
    'title',
    'Two hours? The source says nearly two.',
  );
  // An empty comment removes it.
  await editor5.press('Control+m');
  await row(page, 5).getByTestId('comment-input').fill('');
  await row(page, 5).getByTestId('comment-input').press('Control+Enter');
  await expect(row(page, 5).getByTestId('comment-mark')).toHaveCount(0);
  await expect(row(page, 5)).not.toHaveAttribute('data-comment', 'true');

  // Kept in the workspace.
  await page.reload();
  await expect(row(page, 2).getByTestId('comment-mark')).toHaveAttribute('title', 'Check the dateline: SANA or IRNA?');

  // The bilingual DOCX with the comments column.
  await page.getByRole('button', { name: 'More exports…' }).click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-comments').check();
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const bytes = readFileSync(await docx.path());
  const { rows } = await readDocxTable(bytes);
  expect(rows[0]!.map((c) => c.text)).toContain('Comments');
  expect(rows[2]!.map((c) => c.text)).toContain('Check the dateline: SANA or IRNA?');
  // XLIFF carries it as the unit's note.
  await dialog.getByTestId('export-format').selectOption('xliff');
  const [xliff] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  expect(readFileSync(await xliff.path(), 'utf8')).toContain('<note>Check the dateline: SANA or IRNA?</note>');

  // The reviewer comments on rows 2 and 4 in Word (the English column is the third: number, Arabic, English).
  const english = rows[0]!.findIndex((c) => c.text === 'English');
  let reviewed = await addWordComment(bytes, 2, english, 'Hala Haddad', 'SANA is right.');
  reviewed = await addWordComment(reviewed, 4, english, 'هالة', 'ينقص اسم الولاية');
  const file = path.join(app.dir, 'reviewed.docx');
  writeFileSync(file, reviewed);
  await dialog.getByTestId('export-format').selectOption('docx');
  await dialog.getByTestId('review-input').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'The reviewer commented on rows 2, 4.' })).toBeVisible();
  await expect(row(page, 2).getByTestId('comment-mark')).toHaveAttribute(
    'title',
    'Check the dateline: SANA or IRNA?\nHala Haddad: SANA is right.',
  );
  await expect(row(page, 4).getByTestId('comment-mark')).toHaveAttribute('title', 'هالة: ينقص اسم الولاية');

  // The Arabic UI: the same comment, its editor labelled in Arabic.
  await page.getByRole('button', { name: 'Interface language' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const editor4 = row(page, 4).getByTestId('target');
  await editor4.click();
  await editor4.press('Control+m');
  await expect(row(page, 4).getByLabel('تعليق على الفقرة 4', { exact: true })).toBeFocused();
  await expect(row(page, 4).getByTestId('comment-input')).toHaveValue('هالة: ينقص اسم الولاية');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'comment-ar.png') });
  await row(page, 4).getByRole('button', { name: 'حفظ التعليق' }).click();
  await expect(editor4).toBeFocused();
});

test('the bilingual DOCX is a client’s copy by default; the desk copy is one click away and remembered', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(SEED);
  await row(page, 1).getByTestId('target').fill('Tasnim: US rescued ISIS leaders in Afghanistan');
  await page.getByRole('button', { name: 'More exports…' }).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-client-copy')).toHaveAttribute('aria-pressed', 'true');
  await expect(dialog.getByTestId('export-progress-line')).not.toBeChecked();
  const header = async (): Promise<string> => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync(await file.path()));
    return zip.file('word/header1.xml')!.async('string');
  };
  expect(await header()).not.toContain('paragraphs translated');
  await dialog.getByTestId('export-desk-copy').click();
  await expect(dialog.getByTestId('export-progress-line')).toBeChecked();
  await expect(dialog.getByTestId('export-comments')).toBeChecked();
  expect(await header()).toContain('0 of 10 paragraphs translated');
  // Closed and opened again (even after a reload): the desk copy is still chosen.
  await page.keyboard.press('Escape');
  await page.reload();
  await page.getByRole('button', { name: 'More exports…' }).click();
  await expect(dialog.getByTestId('export-desk-copy')).toHaveAttribute('aria-pressed', 'true');
  // The Arabic UI names the two copies.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Interface language' }).click();
  await page.getByRole('button', { name: 'تصديرات أخرى…' }).click();
  await expect(dialog.getByRole('button', { name: 'نسخة العميل' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'نسخة المكتب' })).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'export-copies-ar.png') });
});
