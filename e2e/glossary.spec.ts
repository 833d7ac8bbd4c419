/**
 * The Arabic-aware glossary in the workbench, on the seed article and its glossary: highlights with the
 * English on hover, insertion by click, Alt+digit and predictive typing, the QA flag, adding a term from a
 * selection, and a bad CSV refused with its line numbers. Screenshots in both UI languages.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, samplePath, SEED, test } from './fixtures';
import { row, selectArabic } from './workbench-page';

const GLOSSARY = samplePath('seed-glossary.csv');

/** The match span whose whole text is `arabic` (a clitic form's span covers the name only). */
function match(page: Page, n: number, arabic: string) {
  return row(page, n)
    .getByTestId('match')
    .filter({ hasText: new RegExp(`^${arabic}$`) });
}

async function importSeed(page: Page, withGlossary: boolean): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(SEED);
  await expect(page.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '11');
  if (!withGlossary) return;
  await page.getByTestId('glossary-file-input').setInputFiles(GLOSSARY);
  await expect(page.getByTestId('glossary-import-report')).toContainText('28 added');
  await expect(match(page, 4, 'جوزجان')).toBeVisible();
}

test.beforeEach(async ({ page, app }) => {
  // Every test starts on the app's own address, with its token.
  await page.goto(app.url);
});

test('highlights show the English, a click inserts it, a missing term is flagged', async ({ page }) => {
  await importSeed(page, true);
  const jowzjan = match(page, 4, 'جوزجان');
  await expect(jowzjan).toHaveAttribute('data-kind', 'place');
  await expect(jowzjan).toHaveAttribute('tabindex', '0');
  await expect(jowzjan).toHaveAttribute('data-term-id', /.+/);
  // The paragraph stays one piece of text: the spans only wrap the names.
  await expect(row(page, 4).getByTestId('source')).toContainText('في ولاية جوزجان شمال أفغانستان');

  await jowzjan.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toHaveText('Jowzjan');
  await expect(tip).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'glossary-en.png') });

  await jowzjan.click();
  const editor4 = row(page, 4).getByTestId('target');
  await expect(editor4).toHaveValue('Jowzjan');
  await expect(editor4).toBeFocused();
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect(row(page, 4)).toHaveAttribute('data-status', 'draft');

  // From the keyboard: focus shows the English, Enter inserts it at the cursor.
  await page.keyboard.type(' province,');
  const darzab = match(page, 4, 'درزاب');
  await darzab.focus();
  await expect(page.getByRole('tooltip')).toHaveText('Darzab');
  await page.keyboard.press('Enter');
  await expect(editor4).toHaveValue('Jowzjan province, Darzab');

  // Row 3 has طالبان: an English without "Taliban", confirmed, is flagged and listed.
  const editor3 = row(page, 3).getByTestId('target');
  await editor3.click();
  await editor3.fill('Tasnim said US forces freed ISIS leaders from a prison in northern Afghanistan.');
  await editor3.press('Control+Enter');
  await expect(row(page, 3)).toHaveAttribute('data-status', 'translated');
  const flag = row(page, 3).getByTestId('qa-flag');
  await expect(flag).toBeVisible();
  await expect(flag).toHaveAttribute('aria-label', /glossary’s term/);
  await page.getByTestId('tab-qa').click();
  const problem = page.getByTestId('qa-problem').filter({ hasText: 'Taliban' });
  await expect(problem).toHaveAttribute('data-paragraph', '3');
  await expect(problem).toContainText('طالبان');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'glossary-qa-en.png') });
  // Clicking the problem goes to its row; accepting removes it.
  await problem.getByRole('link', { name: 'Go to paragraph 3' }).click(); // a link to #/doc/ID/row/3
  await expect(row(page, 3)).toHaveClass(/active/);
  await problem.getByTestId('qa-accept').click();
  await expect(page.getByTestId('qa-problem').filter({ hasText: 'Taliban' })).toHaveCount(0);
  await expect(row(page, 3).getByTestId('qa-flag')).toHaveCount(0);
});

test('Alt+1 inserts the first term of the paragraph; typing offers a term and Tab accepts', async ({ page }) => {
  await importSeed(page, true);
  const editor1 = row(page, 1).getByTestId('target');
  await editor1.click();
  const terms = page.getByTestId('paragraph-terms').getByRole('listitem');
  await expect(terms.first()).toContainText('Tasnim');
  await expect(terms.first()).toContainText('Alt+1');
  await page.keyboard.press('Alt+1');
  await expect(editor1).toHaveValue('Tasnim');
  await page.keyboard.press('Alt+2');
  await expect(editor1).toHaveValue('Tasnim America');

  const editor4 = row(page, 4).getByTestId('target');
  await editor4.click();
  await expect(page.getByTestId('paragraph-terms')).toContainText('Jowzjan');
  await editor4.pressSequentially('In Jow');
  const completion = row(page, 4).getByTestId('completion');
  await expect(completion).toBeVisible();
  await expect(completion.getByRole('option')).toHaveText(['Jowzjan']);
  await page.keyboard.press('Tab');
  await expect(editor4).toHaveValue('In Jowzjan');
  await expect(editor4).toBeFocused();
  await expect(completion).toHaveCount(0);
  // Escape dismisses the list and stays in the editor; Tab with no list moves the focus as usual.
  await editor4.pressSequentially(' and Dar');
  await expect(completion.getByRole('option')).toHaveText(['Darzab']);
  await page.keyboard.press('Escape');
  await expect(completion).toHaveCount(0);
  await expect(editor4).toBeFocused();
  await expect(editor4).toHaveValue('In Jowzjan and Dar');
  await page.keyboard.press('Tab');
  await expect(editor4).not.toBeFocused();
});

test('a selection of بأفغانستان proposes أفغانستان; the new term is highlighted at once', async ({ page }) => {
  await importSeed(page, false);
  await expect(row(page, 1)).toHaveClass(/active/);
  await selectArabic(page, 1, 'بأفغانستان');
  const button = row(page, 1).getByTestId('add-term');
  await expect(button).toBeVisible();
  await page.keyboard.press('Control+Shift+G');
  const dialog = page.getByRole('dialog', { name: 'Add a glossary term' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('term-source')).toHaveValue('أفغانستان');
  await expect(dialog.getByTestId('term-kind')).toHaveValue('place');
  await expect(dialog).toContainText('بأفغانستان');
  // Focus stays in the dialog; Escape closes it.
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // The visible button opens it too; save adds the term and the highlights appear in every row.
  await selectArabic(page, 1, 'بأفغانستان');
  await row(page, 1).getByTestId('add-term').click();
  await expect(dialog.getByTestId('term-source')).toHaveValue('أفغانستان');
  await dialog.getByTestId('term-target').fill('Afghanistan');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'glossary-add-term.png') });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(match(page, 1, 'أفغانستان')).toBeVisible();
  await expect(match(page, 3, 'أفغانستان')).toBeVisible();

  // The same term again is refused inside the dialog.
  await selectArabic(page, 3, 'أفغانستان');
  await page.keyboard.press('Control+Shift+G');
  await dialog.getByTestId('term-target').fill('Afghanistan');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('already in the glossary');
  await expect(dialog).toBeVisible();
});

test('the English is prefilled with a transliteration; each scheme is one keystroke away', async ({ page }) => {
  // A stand-in for translit.suggest, so the dialog's keyboard path is covered whatever the service offers.
  const bySchema: Record<string, string> = { news: 'Afghanistan', 'ala-lc': 'Afghānistān', buckwalter: '>fgAnstAn' };
  await page.route('**/api/translit.suggest', (route) => {
    const { scheme } = route.request().postDataJSON() as { text: string; scheme?: string };
    const value = Object.entries(bySchema)
      .filter(([s]) => !scheme || s === scheme)
      .map(([s, text]) => ({ text, scheme: s, source: 'rules' }));
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value }) });
  });
  await importSeed(page, false);
  await selectArabic(page, 1, 'بأفغانستان');
  await page.keyboard.press('Control+Shift+G');
  const dialog = page.getByRole('dialog', { name: 'Add a glossary term' });
  const english = dialog.getByTestId('term-target');
  await expect(english).toHaveValue('Afghanistan');
  await expect(english).toBeFocused();
  const candidates = dialog.getByTestId('translit-candidates').getByRole('button');
  await expect(candidates).toHaveCount(3);
  await page.keyboard.press('ArrowDown');
  await expect(candidates.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(candidates.nth(1)).toContainText('Afghānistān');
  await page.keyboard.press('Enter');
  await expect(english).toHaveValue('Afghānistān');
  await expect(english).toBeFocused();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'glossary-add-term-translit.png') });
});

test('a bad CSV is refused with its line numbers, and nothing is imported', async ({ page }) => {
  await importSeed(page, false);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-csv-'));
  const bad = path.join(dir, 'bad.csv');
  writeFileSync(bad, 'source,target,kind\nجوزجان,Jowzjan,place\nدرزاب,,place\nطالبان,"Tali"ban,org\n');
  await page.getByTestId('glossary-file-input').setInputFiles(bad);
  const errors = page.getByTestId('glossary-import-errors');
  await expect(errors).toContainText('line 3');
  await expect(errors).toContainText('line 4');
  await expect(errors.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByTestId('match')).toHaveCount(0);
  await expect(page.getByText('No glossary yet')).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'glossary-bad-csv.png') });
  // The translator may take the valid rows.
  await errors.getByRole('button', { name: 'Import the valid rows' }).click();
  await expect(page.getByTestId('glossary-import-report')).toContainText('1 added');
  await expect(match(page, 4, 'جوزجان')).toBeVisible();
  await expect(page.getByTestId('match')).not.toHaveCount(0);
});

test('the glossary panel in the Arabic UI sits on the inline end and mirrors', async ({ page }) => {
  await importSeed(page, true);
  await page.getByRole('button', { name: 'Interface language' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const panel = page.getByTestId('side-panel');
  await expect(panel.getByRole('tab', { name: 'المسرد' })).toBeVisible();
  const p = (await panel.boundingBox())!;
  const rows = (await page.getByTestId('rows').boundingBox())!;
  expect(p.x).toBeLessThan(rows.x); // inline end = the left in a right-to-left UI
  await row(page, 1).getByTestId('target').click();
  await match(page, 1, 'تسنيم').hover();
  await expect(page.getByRole('tooltip')).toHaveText('Tasnim');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'glossary-ar.png') });
  // Term search over all terms, English or Arabic.
  await panel.getByTestId('term-search').fill('jowz');
  await expect(panel.getByTestId('term-results')).toContainText('جوزجان');
  // A translated row without "Taliban": the check tab lists it, in Arabic, with the English isolated.
  const editor3 = row(page, 3).getByTestId('target');
  await editor3.fill('Tasnim said US forces freed ISIS leaders from a prison in northern Afghanistan.');
  await editor3.press('Control+Enter');
  await panel.getByRole('tab', { name: /التدقيق/ }).click();
  await expect(page.getByTestId('qa-problem').filter({ hasText: 'Taliban' })).toContainText('الفقرة 3');
  await expect(row(page, 3).getByTestId('qa-flag')).toHaveAttribute(
    'aria-label',
    'مشكلة واحدة وجدها التدقيق · الترجمة تخلو من مقابل المصطلح في المسرد',
  );
  await page.screenshot({ path: path.join(SCREENSHOTS, 'glossary-qa-ar.png') });
});

test('a two-letter term says it matches only as written, in the panel and in its tooltip', async ({ page }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-short-'));
  const article = path.join(dir, 'ibb.txt');
  writeFileSync(article, 'قصفت طائرات مسيرة مواقع في محافظة إب وسط اليمن.\n\nوقال سكان في اب إن القصف استمر ساعتين.\n');
  const csv = path.join(dir, 'yemen.csv');
  writeFileSync(csv, 'source,target,kind\nإب,Ibb,place\nاليمن,Yemen,place\n');
  await page.getByTestId('file-input').setInputFiles(article);
  await expect(page.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '3');
  await page.getByTestId('glossary-file-input').setInputFiles(csv);
  await expect(page.getByTestId('glossary-import-report')).toContainText('2 added');
  await expect(match(page, 1, 'إب')).toBeVisible();
  await expect(row(page, 2).getByTestId('match')).toHaveCount(0); // اب without its hamza: by design, not found

  await row(page, 1).getByTestId('target').click();
  const badge = page.getByTestId('paragraph-terms').getByTestId('short-term');
  await expect(badge).toHaveCount(1); // Ibb, not Yemen
  await expect(badge).toHaveAttribute('title', /Two-letter term: matches only as written \(\u2068إب\u2069\)/);
  await match(page, 1, 'إب').hover();
  await expect(page.getByRole('tooltip')).toContainText('matches only as written');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'glossary-short-term.png') });

  // The translator adds the bare spelling as a variant: row 2 now finds it.
  await page.getByTestId('term-search').fill('Ibb');
  await page.getByRole('button', { name: /^Edit/ }).first().click();
  await page.getByLabel('Other Arabic spellings (separated by commas)').fill('اب');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(match(page, 2, 'اب')).toBeVisible();
});
