/**
 * The QA checks in the workbench: a wrong number typed and confirmed shows a mark on the row (its message on
 * focus) and a flag in the Check tab with both values; accepting it survives a reload; the QA report downloads.
 * Screenshots of the Check tab in English and in Arabic.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, test } from './fixtures';
import { row } from './workbench-page';

const ARTICLE = [
  'هجوم على مديرية درزاب',
  'قتل ٢٥ شخصا وأصيب ١٣٠ آخرون في هجوم على مديرية درزاب في ولاية جوزجان يوم الخميس ١٥ آب ٢٠٢٤.',
  'وقال والي جوزجان إن المسلحين فروا إلى الجبال، وإن القوات تلاحقهم.',
  'وكان الهجوم الأول قد وقع في أيار الماضي.',
].join('\n\n');

async function confirmRow(page: Page, n: number, english: string): Promise<void> {
  const editor = row(page, n).getByTestId('target');
  await editor.click();
  await editor.fill(english);
  await editor.press('Control+Enter');
  await expect(row(page, n)).toHaveAttribute('data-status', 'translated');
}

test('a wrong number is flagged on the row and in the Check tab; accepting it survives a reload; the report downloads', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'darzab.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
  await expect(page.getByTestId('rows')).toHaveAttribute('aria-rowcount', '5');
  await confirmRow(page, 1, 'Attack on Darzab district');
  await confirmRow(
    page,
    2,
    '25 people were killed and 103 wounded in an attack on Darzab district in Jowzjan province on Tuesday, April 15, 2024.',
  );
  await confirmRow(
    page,
    3,
    'The goverenor of Jowzjan said the the militants fled to the mountains، and that forces were pursuing them.',
  );
  await confirmRow(page, 4, 'The first attack took place last year.');

  const mark = row(page, 2).getByTestId('qa-flag');
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute(
    'aria-label',
    /3 problems found by the checks · A number of the Arabic is another in the English/,
  );
  await mark.focus();
  await expect(mark.locator('.qa-flag-tip')).toBeVisible();

  await page.getByTestId('tab-qa').click();
  const numbers = page.getByTestId('qa-group-number');
  await expect(numbers.getByTestId('qa-problem')).toHaveCount(1);
  const problem = numbers.getByTestId('qa-problem');
  await expect(problem).toHaveAttribute('data-paragraph', '2');
  await expect(problem.getByTestId('qa-source')).toHaveText('١٣٠');
  await expect(problem.getByTestId('qa-target')).toHaveText('103');
  await expect(page.getByTestId('qa-group-date').getByTestId('qa-problem')).toHaveCount(3);
  await expect(page.getByTestId('qa-group-spelling')).toContainText('goverenor');
  await expect(page.getByTestId('qa-group-repeated-word')).toContainText('the the');
  await expect(page.getByTestId('qa-group-punctuation')).toContainText('،');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'qa-check-en.png') });

  // A click goes to the row and selects the span in its English.
  await problem.getByRole('link', { name: 'Go to paragraph 2' }).click();
  await expect(row(page, 2)).toHaveClass(/active/);
  await expect
    .poll(() =>
      row(page, 2)
        .getByTestId('target')
        .evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd)),
    )
    .toBe('103');

  // A span of the Arabic (a month the English dropped) is selected in the Arabic.
  await page
    .getByTestId('qa-group-date')
    .locator('[data-paragraph="4"]')
    .getByRole('link', { name: 'Go to paragraph 4' })
    .click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('أيار');

  // The filter shows one check.
  await page.getByTestId('qa-filter-spelling').click();
  await expect(page.getByTestId('qa-problem')).toHaveCount(1);
  await page.getByTestId('qa-filter').getByRole('button', { name: /All/ }).click();

  // Fix the Arabic comma in one click.
  await page.getByTestId('qa-group-punctuation').getByTestId('qa-fix').click();
  await expect(row(page, 3).getByTestId('target')).toHaveValue(/mountains, and/);
  await expect(page.getByTestId('qa-group-punctuation')).toHaveCount(0);

  // A word added to my list from its flag is no longer a misspelling; a check switched off in the settings is quiet.
  await page.getByTestId('qa-group-spelling').getByTestId('qa-add-word').click();
  await expect(page.getByTestId('qa-group-spelling')).toHaveCount(0);
  await page.getByTestId('qa-settings').locator('summary').click();
  await expect(page.getByTestId('qa-settings')).toContainText('1 word in my word list');
  await page.getByTestId('qa-check-repeated-word').uncheck();
  await expect(page.getByTestId('qa-group-repeated-word')).toHaveCount(0);
  await page.getByTestId('qa-check-repeated-word').check();
  await expect(page.getByTestId('qa-group-repeated-word')).toBeVisible();

  // Accepting the number flag survives a reload.
  await problem.getByTestId('qa-accept').click();
  await expect(page.getByTestId('qa-group-number')).toHaveCount(0);
  await page.reload();
  await page.getByTestId('tab-qa').click();
  await expect(page.getByTestId('qa-group-date')).toBeVisible();
  await expect(page.getByTestId('qa-group-number')).toHaveCount(0);

  // The report downloads, with the flags that are left.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('qa-report-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/-qa\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain(',date,');
  expect(csv).not.toContain(',number,');

  // The Check tab in Arabic.
  await page.getByRole('button', { name: 'Interface language' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('qa-group-date')).toContainText('التواريخ');
  await expect(page.getByTestId('qa-group-date')).toContainText('الفقرة 2');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'qa-check-ar.png') });
});
