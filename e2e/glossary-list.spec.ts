/**
 * Managing the glossary from the panel (issue 17, point 6), on a paragraph naming eleven Iraqi places: the term
 * list in Arabic or English order (the choice kept), a search through clitics (بالانبار finds الأنبار), a second
 * import that names the terms it updated and added, and the tenth and eleventh terms reached from the keyboard
 * with the picker (Alt+=). In both UI languages, with screenshots.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, SCREENSHOTS, test } from './fixtures';
import { row } from './workbench-page';

const ARTICLE = [
  'زار وفد الحكومة بغداد والأنبار وتكريت وأربيل والموصل والبصرة وكركوك والنجف وكربلاء والحلة والرمادي خلال أسبوع.',
  'وقال المتحدث إن الزيارة تناولت إعادة الإعمار في المحافظات المحررة.',
].join('\n\n');

const PLACES = [
  ['بغداد', 'Baghdad'],
  ['الأنبار', 'Anbar'],
  ['تكريت', 'Tikrit'],
  ['أربيل', 'Erbil'],
  ['الموصل', 'Mosul'],
  ['البصرة', 'Basra'],
  ['كركوك', 'Kirkuk'],
  ['النجف', 'Najaf'],
  ['كربلاء', 'Karbala'],
  ['الحلة', 'Hilla'],
  ['الرمادي', 'Ramadi'],
];

function csv(rows: string[][]): string {
  return (
    [
      'source,target,kind,variants,note',
      ...rows.map((r) => [r[0], r[1], 'place', r[2] ?? '', r[3] ?? ''].join(',')),
    ].join('\n') + '\n'
  );
}

test.beforeEach(async ({ page, app }) => {
  await page.goto(app.url);
});

test('the term list in Arabic or English order, search through clitics, a second import naming what it changed', async ({
  page,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-list-'));
  writeFileSync(path.join(dir, 'iraq.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'iraq.csv'), csv(PLACES));
  await page.getByTestId('file-input').setInputFiles(path.join(dir, 'iraq.txt'));
  await expect(page.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '3'); // the header row and two paragraphs
  await page.getByTestId('glossary-file-input').setInputFiles(path.join(dir, 'iraq.csv'));
  const report = page.getByTestId('glossary-import-report');
  await expect(report).toContainText('11 added, 0 updated, 0 unchanged');

  // Arabic order by default, the article set aside (الأنبار under ا… after أربيل, البصرة under ب).
  const results = page.getByTestId('term-results');
  const english = results.locator('.term-en');
  await expect(english).toHaveText([
    'Erbil',
    'Anbar',
    'Basra',
    'Baghdad',
    'Tikrit',
    'Hilla',
    'Ramadi',
    'Karbala',
    'Kirkuk',
    'Mosul',
    'Najaf',
  ]);
  await page.getByTestId('term-order').selectOption('en');
  await expect(english).toHaveText([
    'Anbar',
    'Baghdad',
    'Basra',
    'Erbil',
    'Hilla',
    'Karbala',
    'Kirkuk',
    'Mosul',
    'Najaf',
    'Ramadi',
    'Tikrit',
  ]);

  // Through the clitics of the query: ب + the article, و + ل, and a hamza left out.
  const search = page.getByTestId('term-search');
  await search.fill('بالانبار');
  await expect(english).toHaveText(['Anbar']);
  await search.fill('وللموصل');
  await expect(english).toHaveText(['Mosul']);
  await search.fill('وباربيل');
  await expect(english).toHaveText(['Erbil']);
  await search.fill('');

  // A revised file: two English spellings and a note changed, one place added. The report names each.
  const revised = PLACES.map((p) =>
    p[1] === 'Erbil'
      ? ['أربيل', 'Arbil']
      : p[1] === 'Hilla'
        ? ['الحلة', 'Hillah']
        : p[1] === 'Tikrit'
          ? ['تكريت', 'Tikrit', '', 'on the Tigris']
          : p,
  );
  writeFileSync(path.join(dir, 'iraq-2.csv'), csv([...revised, ['الفلوجة', 'Fallujah']]));
  await page.getByTestId('glossary-file-input').setInputFiles(path.join(dir, 'iraq-2.csv'));
  await expect(report).toContainText('1 added, 3 updated, 8 unchanged');
  await expect(page.getByTestId('glossary-import-updated').getByRole('listitem')).toHaveText([
    'تكريت → Tikrit (note)',
    'أربيل → Arbil (English)',
    'الحلة → Hillah (English)',
  ]);
  await expect(page.getByTestId('glossary-import-added').getByRole('listitem')).toHaveText(['الفلوجة → Fallujah']);
  await report.scrollIntoViewIfNeeded();
  await page.getByTestId('side-panel').screenshot({ path: path.join(SCREENSHOTS, 'glossary-import-report-en.png') });
  // The order chosen is kept after a reload.
  await page.reload();
  await expect(page.getByTestId('term-order')).toHaveValue('en');
  await expect(english.first()).toHaveText('Anbar');
  await results.scrollIntoViewIfNeeded();
  await page.getByTestId('side-panel').screenshot({ path: path.join(SCREENSHOTS, 'glossary-list-en.png') });

  await page.locator('.lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByTestId('term-order').selectOption('ar');
  await expect(english.first()).toHaveText('Arbil');
  await search.fill('بالانبار');
  await expect(english).toHaveText(['Anbar']);
  await page.getByTestId('side-panel').screenshot({ path: path.join(SCREENSHOTS, 'glossary-list-ar.png') });
  await page.getByTestId('glossary-file-input').setInputFiles(path.join(dir, 'iraq-2.csv'));
  await expect(report).toContainText('أُضيف 0، وحُدّث 0، وبقي 12 دون تغيير');
});

test('terms past the ninth of a paragraph are reached with the picker (Alt+=) from the keyboard', async ({ page }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-picker-'));
  writeFileSync(path.join(dir, 'iraq.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'iraq.csv'), csv(PLACES));
  await page.getByTestId('file-input').setInputFiles(path.join(dir, 'iraq.txt'));
  await page.getByTestId('glossary-file-input').setInputFiles(path.join(dir, 'iraq.csv'));
  await expect(page.getByTestId('glossary-import-report')).toContainText('11 added');

  const editor = row(page, 1).getByTestId('target');
  await editor.click();
  const keys = page.getByTestId('paragraph-terms').locator('.term-key');
  await expect(keys).toHaveCount(11);
  await expect(keys.nth(8)).toHaveText('Alt+9');
  await expect(keys.nth(9)).toHaveText('Alt+= 10');
  await expect(keys.nth(10)).toHaveText('Alt+= 11');

  // The picker opens on the tenth term; ↓ moves to the eleventh, Enter inserts it and the focus stays.
  await editor.pressSequentially('Officials visited ');
  await page.keyboard.press('Alt+Equal');
  const picker = row(page, 1).getByTestId('term-picker');
  await expect(picker.getByRole('option')).toHaveCount(11);
  await expect(picker.getByRole('option', { selected: true })).toContainText('Hilla');
  await expect(editor).toHaveAttribute('aria-activedescendant', /-9$/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'glossary-picker-en.png') });
  await page.keyboard.press('ArrowDown');
  await expect(picker.getByRole('option', { selected: true })).toContainText('Ramadi');
  await page.keyboard.press('Enter');
  await expect(editor).toHaveValue('Officials visited Ramadi');
  await expect(editor).toBeFocused();
  await expect(picker).toHaveCount(0);

  // Escape closes it without inserting and without leaving the editor; Home reaches the first term.
  await page.keyboard.type(' and ');
  await page.keyboard.press('Alt+Equal');
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  await expect(editor).toBeFocused();
  await page.keyboard.press('Alt+Equal');
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(editor).toHaveValue('Officials visited Ramadi and Baghdad');

  await page.locator('.lang-switch').click();
  await editor.click();
  await page.keyboard.press('Alt+Equal');
  await expect(picker).toHaveAttribute('aria-label', 'مصطلحات المسرد في الفقرة');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'glossary-picker-ar.png') });
});
