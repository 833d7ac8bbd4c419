/**
 * An XLIFF 2.0 file from another CAT tool: its inline codes show as ①②, cannot be deleted by accident,
 * Alt+0 inserts the next one, and the export writes the original markup back in place.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar" trgLang="en">
  <file id="f1" original="statement.docx">
    <unit id="u1">
      <segment state="initial">
        <source>أعلنت <pc id="1" dataRefStart="d1">وزارة الدفاع</pc> في بيان</source>
      </segment>
    </unit>
    <unit id="u2">
      <segment state="translated">
        <source>طهران-سانا</source>
        <target>Tehran, SANA</target>
      </segment>
    </unit>
  </file>
</xliff>`;

test('XLIFF inline codes are protected placeholders and go back in place', async ({ page, app }) => {
  const file = path.join(app.dir, 'statement.xlf');
  writeFileSync(file, XLIFF);
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(file);
  const row1 = page.locator('[data-testid=row][data-index="0"]');
  await expect(row1.getByTestId('source')).toHaveText('أعلنت ①وزارة الدفاع② في بيان');
  await expect(page.locator('[data-testid=row][data-index="1"]')).toHaveAttribute('data-status', 'translated');

  const editor = row1.getByTestId('target');
  await editor.click();
  await page.keyboard.type('The ');
  await page.keyboard.press('Alt+Digit0');
  await page.keyboard.type('Ministry of Defence');
  await page.keyboard.press('Alt+Digit0');
  await page.keyboard.type(' said in a statement');
  await expect(editor).toHaveValue('The ①Ministry of Defence② said in a statement');
  // Backspace right after ② would delete it: refused.
  await page.keyboard.press('End');
  for (let i = 0; i < ' said in a statement'.length; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await expect(editor).toHaveValue('The ①Ministry of Defence② said in a statement');
  await editor.press('Control+Enter');
  await expect(row1).toHaveAttribute('data-status', 'translated');

  await page.getByRole('button', { name: 'More exports…' }).click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-format').selectOption('xliff');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const xml = readFileSync(await download.path(), 'utf8');
  expect(xml).toMatch(
    /<target>The <pc id="1" dataRefStart="d1">Ministry of Defence<\/pc> said in a statement<\/target>/,
  );
  expect(xml).toContain('<unit id="u1"');
  expect(xml).not.toMatch(/[\uE000-\uF8FF]/);
});
