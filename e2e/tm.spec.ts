/**
 * The translation memory in the workbench: a confirmed row fills its repetition, a fuzzy match shows with its
 * diff and Ctrl+Alt+1 inserts it (new number put in), Ctrl+K finds a clitic form in the concordance.
 * Screenshots of the Memory tab in English and in Arabic.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { OMEGAT_TMX } from '../core/tm/testing/tmx-fixtures';
import { expect, ROOT, SCREENSHOTS, SEED, test } from './fixtures';
import { row } from './workbench-page';

const P = readFileSync(SEED, 'utf8')
  .replace(/\r\n?/g, '\n')
  .split(/\n\s*\n/)
  .map((b) => b.trim())
  .filter(Boolean);

test.beforeEach(async ({ page, app }) => {
  await page.goto(app.url);
});

test('repetitions, a fuzzy match inserted by Ctrl+Alt+1, the concordance by Ctrl+K, in both UI languages', async ({
  page,
  app,
}) => {
  // Row 4 is row 2 with another year and one word changed.
  const changed = P[3]!.replace('2018', '2019').replace('عنيفة', 'دامية');
  const file = path.join(app.dir, 'repeats.txt');
  writeFileSync(file, [P[0], P[3], P[0], changed, P[3], P[0]].join('\n\n'));
  await page.getByTestId('file-input').setInputFiles(file);
  await expect(page.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '7');

  const editor1 = row(page, 1).getByTestId('target');
  await editor1.fill('Tasnim: US carried out an operation to rescue ISIS leaders in Afghanistan');
  await editor1.press('Control+Enter');
  // The identical row 3 is filled by the memory as a draft marked "repetition".
  await expect(row(page, 3).getByTestId('target')).toHaveValue(
    'Tasnim: US carried out an operation to rescue ISIS leaders in Afghanistan',
    { timeout: 15_000 },
  );
  await expect(row(page, 3)).toHaveAttribute('data-status', 'draft');
  await expect(row(page, 3).getByTestId('origin')).toHaveText('repetition');

  const editor2 = row(page, 2).getByTestId('target');
  await editor2.click();
  await editor2.fill(
    'The agency said in a report published today that at the start of July 2018 violent clashes broke out.',
  );
  await editor2.press('Control+Enter');
  // Confirming moves to the next row not translated: the repetition, row 3. Row 4's Memory tab shows row 2's unit.
  await expect(row(page, 3).getByTestId('target')).toBeFocused();
  const editor4 = row(page, 4).getByTestId('target');
  await editor4.click();
  await page.getByTestId('tab-memory').click();
  const first = page.getByTestId('tm-match').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  const score = Number(await first.getByTestId('tm-score').textContent());
  expect(score).toBeGreaterThanOrEqual(85);
  expect(score).toBeLessThan(99);
  // Words of the match the row lacks, and words of the row the match lacks.
  await expect(first.locator('.diff-inserted')).toHaveText(['2018 ', 'عنيفة ']);
  await expect(first.locator('.diff-deleted')).toHaveText(['2019 ', 'دامية ']);
  await expect(first.locator('.tm-target')).toContainText('July 2019');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'tm-memory-en.png') });

  await editor4.click();
  await editor4.press('Control+Alt+Digit1');
  await expect(editor4).toHaveValue(
    'The agency said in a report published today that at the start of July 2019 violent clashes broke out.',
  );
  await expect(row(page, 4).getByTestId('origin')).toHaveText(`from a ${score} match`);
  // The origin is stored with the row, beside its status.
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const db = new Database(app.dbFile, { readonly: true, fileMustExist: true });
  expect(db.prepare('SELECT origin, status FROM paragraphs WHERE idx = 3').get()).toEqual({
    origin: `tm:${score}`,
    status: 'draft',
  });
  db.close();

  // Ctrl+K: the concordance, a clitic form finding the word as written with another clitic.
  await page.keyboard.press('Control+k');
  const search = page.getByTestId('tm-concordance');
  await expect(search).toBeFocused();
  await search.fill('وأفغانستان');
  await search.press('Enter');
  const hits = page.getByTestId('tm-hits');
  // Newest first: row 2's unit (أفغانستان), then row 1's (بأفغانستان).
  await expect(hits.locator('mark')).toHaveText(['أفغانستان', 'بأفغانستان']);

  // Ctrl+Shift+Enter, one key per repetition: elsewhere it goes to the next repetition waiting (row 5, filled
  // from row 2) and confirms nothing; on a repetition it confirms it and goes on (wrapping to row 3).
  await expect(row(page, 6).getByTestId('origin')).toHaveText('repetition');
  await expect(row(page, 5).getByTestId('origin')).toHaveText('repetition');
  await editor4.click();
  await page.keyboard.press('Control+Shift+Enter');
  await expect(row(page, 5).getByTestId('target')).toBeFocused();
  await expect(row(page, 4)).toHaveAttribute('data-status', 'draft');
  await expect(page.getByTestId('repetitions-left')).toHaveText('3 repetitions left to confirm (Ctrl+Shift+Enter).');
  await page.keyboard.press('Control+Shift+Enter');
  await expect(row(page, 5)).toHaveAttribute('data-status', 'translated');
  await expect(row(page, 6).getByTestId('target')).toBeFocused();
  await expect(page.getByTestId('repetitions-left')).toHaveText('2 repetitions left to confirm (Ctrl+Shift+Enter).');
  await page.keyboard.press('Control+Shift+Enter');
  await expect(row(page, 6)).toHaveAttribute('data-status', 'translated');
  await expect(row(page, 3).getByTestId('target')).toBeFocused();
  await page.keyboard.press('Control+Shift+Enter');
  await expect(row(page, 3)).toHaveAttribute('data-status', 'translated');
  await expect(page.getByTestId('repetitions-left')).toHaveText('No repetition left to confirm.');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  const stored = new Database(app.dbFile, { readonly: true, fileMustExist: true });
  expect(
    stored
      .prepare("SELECT idx FROM paragraphs WHERE origin = 'repetition' AND status = 'translated' ORDER BY idx")
      .all(),
  ).toEqual([{ idx: 2 }, { idx: 4 }, { idx: 5 }]);
  stored.close();

  await page.getByRole('button', { name: 'Interface language' }).click();
  await expect(page.getByTestId('tab-memory')).toHaveText(/الذاكرة/);
  await expect(page.getByTestId('tm-match').first()).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'tm-memory-ar.png') });
});

test('a TMX imported in the Memory tab (a broken one refused with its line), pre-translation and the analysis table', async ({
  page,
  app,
}) => {
  await page.getByTestId('file-input').setInputFiles(SEED);
  await expect(page.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '11');
  await page.getByTestId('tab-memory').click();

  const cut = path.join(app.dir, 'cut.tmx');
  writeFileSync(cut, OMEGAT_TMX.slice(0, OMEGAT_TMX.indexOf('<seg>وكالة')));
  await page.getByTestId('tm-file-input').setInputFiles(cut);
  await expect(page.getByTestId('tm-import-errors')).toContainText(
    'cut.tmx: line 15: the file ends inside a <tu> (is it truncated?)',
  );

  const good = path.join(app.dir, 'omegat.tmx');
  writeFileSync(good, OMEGAT_TMX);
  await page.getByTestId('tm-file-input').setInputFiles(good);
  await expect(page.getByTestId('tm-import-report')).toContainText('\u2068Main\u2069: 2 added, 0 updated, 0 skipped');

  // The same file into a second memory: an equal match is offered once, from the memory of the first priority.
  await page.getByTestId('tm-import-into').fill('Agency');
  await page.getByTestId('tm-file-input').setInputFiles(good);
  await expect(page.getByTestId('tm-import-report')).toContainText('\u2068Agency\u2069: 2 added');
  const firstMatch = page.getByTestId('tm-match').first();
  await expect(firstMatch).toContainText('Main ·');
  const priorities = page.getByTestId('tm-priority');
  await expect(priorities).toHaveCount(2);
  await priorities.first().fill('3'); // Main is listed first (priority 1): it goes after Agency (2)
  await priorities.first().press('Enter');
  await expect(firstMatch).toContainText('Agency ·');
  await expect(page.locator('fieldset.glossaries bdi')).toHaveText(['Agency', 'Main']);

  // Pre-translation and the analysis from the header's dialog (the document's menu), not only the tab.
  await page.getByTestId('tm-analysis-open').click();
  const dialog = page.getByTestId('tm-analysis-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('tm-analyze').click();
  const table = dialog.getByTestId('tm-analysis');
  const cli = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(ROOT, 'electron/cli.ts'),
      'analyze',
      '--db',
      app.dbFile,
      '--doc',
      documentId(app.dbFile),
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const analysis = JSON.parse(cli.stdout) as {
    bands: Record<string, { rows: number; words: number }>;
    total: { rows: number; words: number };
  };
  for (const [band, v] of Object.entries(analysis.bands)) {
    await expect(table.locator(`tr[data-band="${band}"] td`)).toHaveText([String(v.rows), String(v.words)]);
  }
  await expect(table.locator('tr[data-band="total"] td')).toHaveText([
    String(analysis.total.rows),
    String(analysis.total.words),
  ]);
  expect(analysis.bands['100']).toEqual({ rows: 2, words: 12 });

  await page.screenshot({ path: path.join(SCREENSHOTS, 'tm-analysis-dialog-en.png') });
  await dialog.getByTestId('tm-pretranslate').click();
  await expect(dialog.getByTestId('tm-filled')).toHaveText('2 rows filled as drafts.');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'Interface language' }).click();
  await page.getByTestId('tm-analysis-open').click();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('الترجمة المسبقة والتحليل بالذاكرة');
  await dialog.getByTestId('tm-analyze').click();
  await expect(table.locator('tr[data-band="total"] td')).toHaveText([
    String(analysis.total.rows),
    String(analysis.total.words),
  ]);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'tm-analysis-dialog-ar.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(row(page, 2).getByTestId('target')).toHaveValue('Tehran, SANA', { timeout: 15_000 });
  await expect(row(page, 2).getByTestId('origin')).toHaveText('ترجمة مسبقة (100)');
  await expect(row(page, 1)).toHaveAttribute('data-status', 'draft');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'tm-pretranslated-ar.png') });
});

/** The workspace's one document, as the CLI lists it (the CLI reads the workspace while the server runs). */
function documentId(dbFile: string): string {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'electron/cli.ts'), 'list', '--db', dbFile],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return (JSON.parse(r.stdout) as Array<{ id: string }>)[0]!.id;
}
