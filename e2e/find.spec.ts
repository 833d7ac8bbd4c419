/**
 * Find, replace, filter, go to and undo on a 2,000-paragraph document (the seed article repeated, with one
 * paragraph of its own at row 1,500), from the keyboard: the search runs on the main side over the whole
 * document, so a word far below the rendered rows is found and scrolled to.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOTS, samplePath, SEED, test } from './fixtures';
import { row } from './workbench-page';

const GLOSSARY = samplePath('seed-glossary.csv');
const ROW_1500 = 'ودارت اشتباكات عنيفة بقندوز شمال البلاد';

function bigDocument(dir: string, rows = 2000): string {
  const seed = readFileSync(SEED, 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const paragraphs = Array.from({ length: rows }, (_, i) => (i === 1499 ? ROW_1500 : seed[i % seed.length]!));
  const file = path.join(dir, 'long-ar.txt');
  writeFileSync(file, paragraphs.join('\n\n'));
  return file;
}

/** The row's start is inside the list's viewport, once the rows around it have their real heights. */
async function inView(page: Page, n: number): Promise<void> {
  await expect
    .poll(async () => {
      const box = await row(page, n).boundingBox();
      const list = await page.getByTestId('rows').boundingBox();
      if (!box || !list) return 'not rendered';
      if (box.y < list.y - 1) return `above by ${list.y - box.y}`;
      if (box.y + Math.min(box.height, 60) > list.y + list.height)
        return `below by ${box.y + Math.min(box.height, 60) - list.y - list.height}`;
      return 'in view';
    })
    .toBe('in view');
}

/** The English hits painted now (the highlights' ranges over the editors' mirrors), as text. */
async function englishPainted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const ranges = [...(reg.get('find-hit') ?? []), ...(reg.get('find-current') ?? [])];
    return ranges
      .filter((r) => r.startContainer.parentElement?.closest('[data-testid=target-mirror]'))
      .map((r) => r.toString());
  });
}

/** How many rows the list shows whole now (the size of a page for PageUp/PageDown). */
async function wholeRowsShown(page: Page): Promise<number> {
  return page.getByTestId('rows').evaluate((list) => {
    const box = list.getBoundingClientRect();
    return Array.from(list.querySelectorAll('[data-testid=row]')).filter((r) => {
      const b = r.getBoundingClientRect();
      return b.top >= box.top - 1 && b.bottom <= box.bottom + 1;
    }).length;
  });
}

test('Ctrl+F, replace all with one undo, a filter, Ctrl+G and undo of an insert on 2,000 rows', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  // The document repeats the seed 200 times: the memory would fill every repetition of a confirmed row,
  // and the counts below are about find and replace alone.
  await fetch(`${app.origin}/api/tm.setSettings`, {
    method: 'POST',
    headers: { 'x-dragoman-token': app.token, 'content-type': 'application/json' },
    body: JSON.stringify({ repetitions: false }),
  });
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(bigDocument(app.dir));
  await expect(page.getByTestId('rows')).toHaveAttribute('aria-rowcount', '2001');
  await page.getByTestId('glossary-file-input').setInputFiles(GLOSSARY);
  await expect(page.getByTestId('glossary-import-report')).toContainText('added');

  // Undo after a glossary insert: one step for the insert, then word by word.
  await expect(row(page, 4).getByTestId('match').first()).toBeVisible(); // the glossary's matches are in
  const editor4 = row(page, 4).getByTestId('target');
  await editor4.click();
  await editor4.pressSequentially('Fighting near ', { delay: 5 });
  await editor4.press('Alt+1');
  await expect(editor4).not.toHaveValue('Fighting near ');
  const inserted = await editor4.inputValue();
  expect(inserted.startsWith('Fighting near ')).toBe(true);
  await editor4.press('Control+z');
  await expect(editor4).toHaveValue('Fighting near ');
  await editor4.press('Control+z');
  await expect(editor4).toHaveValue('Fighting ');
  await editor4.press('Control+Shift+z');
  await editor4.press('Control+y');
  await expect(editor4).toHaveValue(inserted);
  await editor4.press('End');
  await editor4.pressSequentially(' in Jowzjan', { delay: 5 });
  await editor4.press('Control+Enter');
  await expect(row(page, 4)).toHaveAttribute('data-status', 'translated');

  // Ctrl+F finds a clitic form (بقندوز) in row 1,500, far below the rendered rows, and scrolls to it.
  await page.keyboard.press('Control+f');
  const query = page.getByTestId('find-query');
  await expect(query).toBeFocused();
  await query.fill('قندوز');
  await expect(page.getByTestId('find-count')).toHaveText('0 of 1');
  await query.press('Enter');
  await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
  await expect(row(page, 1500)).toHaveAttribute('data-hit', 'current');
  await expect(row(page, 1500)).toHaveClass(/active/);
  await inView(page, 1500);
  await expect(query).toBeFocused(); // Enter again goes on from here
  await expect
    .poll(() =>
      page.evaluate(
        () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('find-current')?.size,
      ),
    )
    .toBe(1);
  const painted = await page.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('find-current')!][0]!.toString(),
  );
  expect(painted).toBe('بقندوز');
  await page.getByTestId('find-bar').screenshot({ path: path.join(SCREENSHOTS, 'find-bar-en.png') });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'find-row-1500-en.png') });

  // Escape closes the bar and puts the caret in the hit's row.
  await query.press('Escape');
  const editor1500 = row(page, 1500).getByTestId('target');
  await expect(editor1500).toBeFocused();
  await editor1500.pressSequentially('Fighting in Kunduz and Jowzjan', { delay: 2 });
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // Ctrl+G 4: the row becomes active with its editor focused.
  await page.keyboard.press('Control+g');
  await page.getByTestId('go-to-input').fill('4');
  await page.keyboard.press('Enter');
  await expect(editor4).toBeFocused();

  // Replace all (Ctrl+H) with a preview; the confirmed row becomes a draft; one Ctrl+Z puts everything back.
  await page.keyboard.press('Control+h');
  await query.fill('jowzjan');
  await page.getByTestId('find-side').selectOption('en');
  await expect(page.getByTestId('find-count')).toHaveText('0 of 2');
  // The English hit is painted inside the editor (on the copy of its text behind the transparent textarea),
  // over the very place the textarea shows the word.
  await expect.poll(() => englishPainted(page)).toEqual(['Jowzjan']);
  const spot = await page.evaluate(() => {
    const range = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('find-hit')!].find(
      (r) => r.startContainer.parentElement?.closest('[data-testid=target-mirror]'),
    )!;
    const box = range.getBoundingClientRect();
    const ta = range.startContainer.parentElement!.closest('[data-testid=row]')!.querySelector('textarea')!;
    const t = ta.getBoundingClientRect();
    return {
      inside: box.left >= t.left && box.right <= t.right && box.top >= t.top && box.bottom <= t.bottom,
      mirrorHeight: range.startContainer.parentElement!.scrollHeight,
      textareaHeight: ta.scrollHeight,
    };
  });
  expect(spot.inside).toBe(true);
  expect(spot.mirrorHeight).toBe(spot.textareaHeight); // the copy wraps as the textarea does
  await row(page, 4).screenshot({ path: path.join(SCREENSHOTS, 'find-english-hit-en.png') });
  // The caret is still the textarea's own under the paint (typing in it is not tried: the row is confirmed).
  await editor4.focus();
  await editor4.press('Home');
  await editor4.press('Shift+End');
  expect(await editor4.evaluate((ta: HTMLTextAreaElement) => [ta.selectionStart, ta.selectionEnd])).toEqual([
    0,
    `${inserted} in Jowzjan`.length,
  ]);
  await page.getByTestId('replace-with').fill('Jawzjan');
  await page.getByTestId('replace-all').click();
  const preview = page.getByTestId('replace-preview');
  await expect(preview).toContainText('2 rows will change');
  await expect(preview).toContainText('Row 1500');
  await expect(preview).toContainText('confirmed: becomes a draft');
  await page.getByTestId('replace-confirm').click();
  await expect(page.getByTestId('replaced')).toContainText('Replaced in 2 rows');
  await expect(editor4).toHaveValue(`${inserted} in Jawzjan`);
  await expect(row(page, 4)).toHaveAttribute('data-status', 'draft');
  await query.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(editor4).toHaveValue(`${inserted} in Jowzjan`);
  await expect(row(page, 4)).toHaveAttribute('data-status', 'translated');
  await expect(page.getByTestId('find-message')).toHaveText('Replacement undone.');

  // Replace one: the first press goes to the English hit, the second replaces it and moves on; Ctrl+Z undoes it.
  await page.keyboard.press('Control+h');
  await expect(page.getByTestId('replace-with')).toBeFocused();
  await page.getByTestId('replace-one').click();
  await expect(page.getByTestId('find-count')).toHaveText('1 of 2');
  await page.getByTestId('replace-one').click();
  await expect(editor4).toHaveValue(`${inserted} in Jawzjan`);
  await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
  await expect(row(page, 1500)).toHaveAttribute('data-hit', 'current');
  await page.getByTestId('replace-with').press('Escape');
  await page.keyboard.press('Control+z');
  await expect(editor4).toHaveValue(`${inserted} in Jowzjan`);
  // The stored text too (row 1,500 is checked through the API's own search).
  await page.keyboard.press('Control+g');
  await page.getByTestId('go-to-input').fill('1500');
  await page.keyboard.press('Enter');
  await expect(editor1500).toBeFocused();
  await expect(editor1500).toHaveValue('Fighting in Kunduz and Jowzjan');
  await inView(page, 1500);

  // A status filter: only untranslated rows; Alt+↓ moves within them; Escape clears.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+F');
  const filter = page.getByTestId('filter');
  await expect(filter).toBeFocused();
  await filter.selectOption('untranslated');
  await expect(page.getByTestId('filter-on')).toContainText('1998 of 2000 rows');
  await expect(row(page, 4)).toHaveCount(0);
  const statuses = await page
    .locator('[data-testid=row]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
  expect(statuses.length).toBeGreaterThan(3);
  expect(new Set(statuses)).toEqual(new Set(['untranslated']));
  await expect(row(page, 1501)).toHaveClass(/active/); // row 1,500 (a draft) is hidden: the next one shown
  await page.keyboard.press('Control+g');
  await page.getByTestId('go-to-input').fill('3');
  await page.keyboard.press('Enter');
  await expect(row(page, 3).getByTestId('target')).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(row(page, 5).getByTestId('target')).toBeFocused(); // row 4 is translated: skipped
  await filter.focus();
  await filter.press('Escape');
  await expect(page.getByTestId('filter-on')).toHaveCount(0);
  await expect(row(page, 4)).toHaveCount(1);

  await row(page, 9).getByTestId('target').click();
  // Alt+↓ from the editor: the active row and the start of the next one stay on screen.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Alt+ArrowDown');
  await expect(row(page, 15).getByTestId('target')).toBeFocused();
  const list = (await page.getByTestId('rows').boundingBox())!;
  const next = (await row(page, 16).boundingBox())!;
  expect(next.y + 20).toBeLessThan(list.y + list.height);
});

test('row mode Home, End, PageDown and PageUp on 3,000 rows: the focus stays in the list and the side panel follows', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(bigDocument(app.dir, 3000));
  await expect(page.getByTestId('rows')).toHaveAttribute('aria-rowcount', '3001');
  // The side panel names the active row (its glossary tab: "Terms in paragraph N", N from 1).
  const sidePanelRow = (n: number) =>
    expect(
      page.getByTestId('side-panel').getByRole('heading', { name: `Terms in paragraph ${n}`, exact: true }),
    ).toBeVisible();
  await row(page, 5).getByTestId('target').click();
  await page.keyboard.press('Escape'); // row mode
  await expect(row(page, 5)).toBeFocused();

  await page.keyboard.press('End');
  await expect(row(page, 3000)).toBeFocused();
  await expect(row(page, 3000)).toHaveAttribute('aria-current', 'true');
  await inView(page, 3000);
  await sidePanelRow(3000);
  await expect(page).toHaveURL(/\/row\/3000$/);

  await page.keyboard.press('Home');
  await expect(row(page, 1)).toBeFocused();
  await expect(row(page, 1)).toHaveAttribute('aria-current', 'true');
  await inView(page, 1);
  await sidePanelRow(1);

  // PageDown: as many rows further as the list shows whole, the focus still on a row of the list.
  const perPage = await wholeRowsShown(page);
  expect(perPage).toBeGreaterThan(1);
  await page.keyboard.press('PageDown');
  await expect(row(page, 1 + perPage)).toBeFocused();
  await inView(page, 1 + perPage);
  await sidePanelRow(1 + perPage);
  const perPage2 = await wholeRowsShown(page);
  await page.keyboard.press('PageDown');
  await expect(row(page, 1 + perPage + perPage2)).toBeFocused();
  await inView(page, 1 + perPage + perPage2);
  const perPage3 = await wholeRowsShown(page);
  await page.keyboard.press('PageUp');
  await expect(row(page, 1 + perPage + perPage2 - perPage3)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(row(page, 1)).toBeFocused();

  // Far, then back: End, ↑, Home again; and Enter edits the row the keys landed on.
  await page.keyboard.press('End');
  await expect(row(page, 3000)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(row(page, 2999)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(row(page, 1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(row(page, 1).getByTestId('target')).toBeFocused();
});

test('the find bar in the Arabic UI is mirrored', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('file-input').setInputFiles(SEED);
  await expect(page.getByTestId('rows')).toHaveAttribute('aria-rowcount', '11');

  // Copy source to target (Ctrl+Shift+S) on a row that is a name, and one Ctrl+Z.
  const editor2 = row(page, 2).getByTestId('target');
  await editor2.click();
  await editor2.press('Control+Shift+S');
  await expect(editor2).toHaveValue('طهران-سانا');
  await editor2.press('Control+z');
  await expect(editor2).toHaveValue('');

  // The shortcut sheet, drawn from the table of keys.
  await page.keyboard.press('F1');
  const sheet = page.getByTestId('keys-sheet');
  await expect(sheet).toContainText('Find in the whole document');
  await expect(sheet).toContainText('Ctrl+Shift+G');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'keys-sheet-en.png') });
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  await page.getByRole('button', { name: 'Interface language' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.keyboard.press('Control+h');
  const query = page.getByTestId('find-query');
  await query.fill('أفغانستان');
  // The active row is row 2: Shift+Enter goes back to the hit before it, in row 1.
  await query.press('Shift+Enter');
  await expect(page.getByTestId('find-count')).toHaveText('1 من 9');
  await expect(row(page, 1)).toHaveAttribute('data-hit', 'current');
  const painted = await page.evaluate(() =>
    [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('find-current')!][0]!.toString(),
  );
  expect(painted).toBe('بأفغانستان');
  // Mirrored: the field starts at the right, the close button sits at the left end.
  const field = (await query.boundingBox())!;
  const close = (await page.getByRole('button', { name: 'إغلاق (Esc)' }).boundingBox())!;
  expect(field.x).toBeGreaterThan(close.x);
  await expect(page.getByTestId('find-replace-toggle')).toHaveText('استبدال… (Ctrl+H)');
  await page.getByTestId('find-bar').screenshot({ path: path.join(SCREENSHOTS, 'find-bar-ar.png') });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'find-ar.png') });
  // A bad regular expression is said in the UI's language.
  await page.getByTestId('find-regex').check();
  await query.fill('(أفغانستان');
  await expect(page.getByTestId('find-count')).toHaveText('ليس تعبيرًا نمطيًا صالحًا');
  await query.fill('أفغانستان');
  await page.getByTestId('find-regex').uncheck();
  await expect(page.getByTestId('find-count')).toHaveText('0 من 9');
  await query.press('Escape');
  await page.getByTestId('keys-button').click();
  await expect(page.getByTestId('keys-sheet')).toContainText('ابحث في المستند كله');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'keys-sheet-ar.png') });
});
