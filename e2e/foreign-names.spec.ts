/**
 * Foreign names in a pasted Arabic article: the Names tab proposes the English press's spelling (Lavrov for
 * لافروف, Cavusoglu for تشاووش أوغلو, Scholz for شولتس), keeps غير بيدرسون one name, and says each name's origin,
 * in English and in the Arabic UI. Accepting one makes it a glossary term.
 */
import path from 'node:path';
import { expect, SCREENSHOTS, test } from './fixtures';
import { candidate } from './workbench-page';

const ARTICLE = [
  'قال وزير الخارجية الروسي لافروف إن بلاده مستعدة للتفاوض مع المبعوث الأممي غير بيدرسون.',
  'والتقى وزير الخارجية التركي السابق مولود تشاووش أوغلو بالمستشار الألماني أولاف شولتس في برلين.',
].join('\n\n');

test('the Names tab proposes Lavrov for لافروف and shows each name’s origin', async ({ page, app }) => {
  await page.setViewportSize({ width: 1400, height: 1200 });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Paste text…' }).click();
  const dialog = page.getByTestId('paste-dialog');
  await dialog.getByTestId('paste-text').fill(ARTICLE);
  await dialog.getByRole('button', { name: 'Create document' }).click();
  await expect(page.getByTestId('rows')).toHaveAttribute('aria-rowcount', '3');

  await page.getByTestId('tab-names').click();
  await expect(page.getByTestId('names-list')).toBeVisible({ timeout: 30_000 });
  const lavrov = candidate(page, 'لافروف');
  await expect(lavrov.getByTestId('name-english')).toHaveValue('Lavrov');
  await expect(lavrov.getByTestId('name-origin')).toHaveText('Origin: Russian or Ukrainian');
  await expect(candidate(page, 'مولود تشاووش أوغلو').getByTestId('name-english')).toHaveValue('Mevlut Cavusoglu');
  await expect(candidate(page, 'مولود تشاووش أوغلو').getByTestId('name-origin')).toHaveAttribute(
    'data-origin',
    'turkish',
  );
  await expect(candidate(page, 'أولاف شولتس').getByTestId('name-english')).toHaveValue('Olaf Scholz');
  // غير is also the Arabic "other": after المبعوث الأممي and before a foreign surname it is Geir, one name.
  await expect(candidate(page, 'غير بيدرسون')).toHaveCount(1);
  await expect(candidate(page, 'بيدرسون')).toHaveCount(0);
  await expect(candidate(page, 'غير بيدرسون').getByTestId('name-origin')).toHaveAttribute('data-origin', 'european');

  await page.getByRole('button', { name: 'Interface language' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(lavrov.getByTestId('name-origin')).toHaveText('الأصل: روسي أو أوكراني');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'names-foreign-ar.png') });
  await page.getByRole('button', { name: 'لغة الواجهة' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  // Accepting the suggestion makes it a term: لافروف is highlighted in the text and leaves the list.
  await lavrov.getByTestId('name-accept').click();
  await expect(page.getByTestId('match').filter({ hasText: /^لافروف$/ })).toHaveCount(1);
  await expect(lavrov).toHaveCount(0);
});
