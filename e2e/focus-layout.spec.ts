/**
 * Focus that stays put and boxes that fit (issue 17): after the add-term dialog (saved with Enter from the kind
 * field), Names → Add and the export dialog the focus is back in the English editor; the suggestions are one
 * Tab stop. Going from 1400 to 1024 px (and closing the side panel) leaves no English box shorter than its
 * text; the header stays on one line at 1400 px and a long title ends with an ellipsis, whole on hover.
 */
import type { Page } from '@playwright/test';
import { expect, SEED, test } from './fixtures';
import { row, selectArabic } from './workbench-page';

/** English boxes whose text does not fit (scrollHeight against clientHeight), by row number. */
const overflowing = (page: Page) =>
  page
    .getByTestId('target')
    .evaluateAll((boxes) =>
      boxes
        .filter((b) => b.scrollHeight > b.clientHeight)
        .map((b) => b.closest<HTMLElement>('[data-testid=row]')!.dataset.row),
    );
/** English boxes more than a line taller than their text (left too tall by a wider window). */
const tooTall = (page: Page) =>
  page.getByTestId('target').evaluateAll((boxes) =>
    (boxes as HTMLTextAreaElement[])
      .filter((b) => {
        const h = b.clientHeight;
        b.style.height = 'auto';
        const needed = b.scrollHeight;
        b.style.height = `${h + b.offsetHeight - b.clientHeight}px`;
        return h - needed > 20;
      })
      .map((b) => b.closest<HTMLElement>('[data-testid=row]')!.dataset.row),
  );

/** Every item of the header on one line: their vertical ranges all overlap (items are centred, of different heights). */
const oneLine = (header: ReturnType<Page['locator']>) =>
  header.locator(':scope > *').evaluateAll((items) => {
    const boxes = items.map((i) => i.getBoundingClientRect());
    const top = Math.max(...boxes.map((b) => b.top));
    const bottom = Math.min(...boxes.map((b) => b.bottom));
    return boxes.length > 3 && top < bottom;
  });

test('the focus comes back to the English after the add-term dialog, Names → Add and the export dialog', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(SEED);
  const editor1 = row(page, 1).getByTestId('target');
  await editor1.click();
  await editor1.fill('US carried out an operation');

  // Ctrl+Shift+G on a selection; Enter on the kind field saves (it does not open the list).
  await selectArabic(page, 1, 'بأفغانستان');
  await page.keyboard.press('Control+Shift+G');
  const dialog = page.getByRole('dialog', { name: 'Add a glossary term' });
  await dialog.getByTestId('term-target').fill('Afghanistan');
  // The suggestions are one stop: Tab from the English lands on one suggestion, the next Tab on the kind.
  const suggestions = dialog.getByTestId('translit-candidates').getByRole('button');
  await expect(suggestions.nth(1)).toBeVisible();
  await dialog.getByTestId('term-target').press('Tab');
  await expect(suggestions.first()).toBeFocused();
  await page.keyboard.press('ArrowDown'); // arrows move inside the group
  await expect(suggestions.nth(1)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByTestId('term-kind')).toBeFocused();
  await dialog.getByTestId('term-kind').focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(row(page, 1).getByTestId('match').filter({ hasText: 'أفغانستان' })).toBeVisible();
  await expect(editor1).toBeFocused();

  // Names → Add: the term is made and the focus is back in the active row's editor.
  const editor2 = row(page, 2).getByTestId('target');
  await editor2.click();
  await page.getByTestId('tab-names').click();
  await expect(page.getByTestId('names-list')).toBeVisible({ timeout: 30_000 });
  const name = page.getByTestId('name-candidate').first();
  await name.getByTestId('name-english').fill('Jowzjan');
  await name.getByTestId('name-accept').click();
  await expect(editor2).toBeFocused();

  // The export dialog, closed with Escape: back in the editor, not on the button.
  await page.getByRole('button', { name: 'More exports…' }).click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor2).toBeFocused();

  // The import's notice is a toast over the rows; it clears when the translator goes elsewhere.
  const toast = page.getByTestId('toast');
  await expect(toast).toContainText('Imported');
  expect(await toast.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  await page.getByRole('button', { name: 'Documents', exact: true }).click();
  await expect(page.getByTestId('rows')).toHaveCount(0);
  await expect(toast).toHaveCount(0);
});

test('English boxes fit their text after 1400 → 1024 px and the side panel closing; the header is one line', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1400, height: 1800 });
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(SEED);
  const long =
    'Tasnim news agency revealed that US forces had carried out, two weeks ago, a secret operation to rescue leaders of the ISIS terrorist group from a prison of the Taliban movement in northern Afghanistan, according to local sources.';
  for (const n of [1, 3, 4, 5]) await row(page, n).getByTestId('target').fill(long);
  await row(page, 2).getByTestId('target').click();
  expect(await overflowing(page)).toEqual([]);

  // The header stays on one line: every item on the same row as the back button.
  const header = page.locator('.wb-header');
  expect(await oneLine(header)).toBe(true);
  // A long title: an ellipsis in the header, the whole of it on hover.
  const title = page.getByTestId('title-input');
  const full = await title.inputValue();
  await expect(title).toHaveAttribute('title', full);
  expect(await title.evaluate((el) => getComputedStyle(el).textOverflow)).toBe('ellipsis');

  await page.setViewportSize({ width: 1024, height: 1800 });
  await expect.poll(() => overflowing(page)).toEqual([]);
  // The side panel closes: the rows get wider, and no box stays too tall.
  await page.getByRole('button', { name: 'Hide the panel' }).click();
  await expect.poll(() => tooTall(page)).toEqual([]);
  await expect.poll(() => overflowing(page)).toEqual([]);
  await page.setViewportSize({ width: 1400, height: 1800 });
  await expect.poll(() => tooTall(page)).toEqual([]);
  expect(await oneLine(header)).toBe(true);

  // The Arabic UI at 1400 px: the header is one line there too.
  await page.getByRole('button', { name: 'Interface language' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await oneLine(header)).toBe(true);
  await expect.poll(() => overflowing(page)).toEqual([]);
});
