/**
 * Sessions that no other program can break: a hostile page on another 127.0.0.1 port tossing and flooding
 * cookies, a second process (the CLI) writing the row a tab is editing, and a tab reopened after its saves
 * failed. Rows count from 1 in the UI; the CLI's --paragraph counts from 0.
 */
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AppServer } from './fixtures';
import { expect, ROOT, SCREENSHOTS, SEED, test } from './fixtures';
import { api, documentIdOf, row } from './workbench-page';

async function stored(app: AppServer, id: string, index: number): Promise<string> {
  const doc = await api<{ paragraphList: Array<{ target: string }> }>(app, 'document.get', { id });
  return doc.paragraphList[index]!.target;
}

/** Imports the seed through the UI and returns the document's id, read from the address. */
async function importSeed(page: Page): Promise<string> {
  await page.getByTestId('file-input').setInputFiles(SEED);
  await expect(page.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '11');
  return documentIdOf(page);
}

/** The CLI, a second process on the same workspace file, sets the English of paragraph `index` (from 0). */
function cliTranslate(app: AppServer, id: string, index: number, text: string): void {
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(ROOT, 'electron', 'cli.ts'),
      'translate',
      '--db',
      app.dbFile,
      '--doc',
      id,
      '--paragraph',
      String(index),
      '--text',
      text,
    ],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
}

/** A page on another port that does its worst: floods the cookie jar, tosses guessed names, calls the API. */
const HOSTILE = (
  appOrigin: string,
  appPort: string,
): string => `<!doctype html><meta charset="utf-8"><title>hostile</title><script>
for (let i = 0; i < 400; i++) document.cookie = 'flood' + i + '=' + 'x'.repeat(100) + '; path=/';
for (const name of ['dragoman_token', 'dragoman_token_${appPort}', 'dragoman', 'token']) document.cookie = name + '=junk; path=/';
for (const c of document.cookie.split('; ')) document.cookie = c.split('=')[0] + '=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
fetch('${appOrigin}/api/paragraph.update', { method: 'POST', credentials: 'include', mode: 'no-cors', body: '{"documentId":"x","index":0,"target":"pwned"}' })
  .finally(() => { document.title = 'done'; });
</script>`;

test('a page on another localhost port cannot break saving, even after a reload', async ({ page, app, context }) => {
  await page.goto(app.url);
  const id = await importSeed(page);
  const editor = row(page, 1).getByTestId('target');
  await editor.click();
  await page.keyboard.type('Jowzjan province');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  const cookiesSeen: string[] = [];
  const hostile = http.createServer((req, res) => {
    cookiesSeen.push(req.headers.cookie ?? '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(HOSTILE(app.origin, new URL(app.origin).port));
  });
  await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
  try {
    const evil = await context.newPage();
    await evil.goto(`http://127.0.0.1:${(hostile.address() as AddressInfo).port}/`);
    await expect(evil).toHaveTitle('done');
    await evil.close();

    // Saving goes on, and a reload (whose page-load cookie may be gone) comes back with the tab's own token.
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(', officials said');
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    await page.reload();
    await expect(page.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '11');
    await expect(row(page, 1).getByTestId('target')).toHaveValue('Jowzjan province, officials said');
    await row(page, 2).getByTestId('target').click();
    await page.keyboard.type('Darzab');
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    expect(await stored(app, id, 0)).toBe('Jowzjan province, officials said');
    expect(await stored(app, id, 1)).toBe('Darzab');
    // Cookies reach every server on 127.0.0.1: the hostile one saw the page cookie, never the API token.
    expect(cookiesSeen.join(' ')).not.toContain(app.token);
  } finally {
    hostile.close();
  }
});

test('the CLI writing the row a tab is editing gives a visible conflict, and nothing is lost', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  const id = await importSeed(page);
  const editor = row(page, 1).getByTestId('target');
  await editor.click();
  await page.keyboard.type('Jowzjan');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  // The tab's next save is held until the CLI, another process, has written the same row.
  let held = false;
  await page.route('**/api/paragraph.update', async (route) => {
    if (!held) {
      held = true;
      cliTranslate(app, id, 0, 'Jowzjan, written by the CLI');
    }
    await route.continue();
  });
  await page.keyboard.type(' province');
  const conflict = row(page, 1).getByTestId('row-conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId('conflict-theirs')).toHaveText('Jowzjan, written by the CLI');
  await expect(conflict.getByTestId('conflict-mine')).toHaveText('Jowzjan province');
  expect(await stored(app, id, 0)).toBe('Jowzjan, written by the CLI'); // never overwritten blindly
  await page.screenshot({ path: path.join(SCREENSHOTS, 'conflict-en.png') });
  await page.getByRole('button', { name: 'Interface language' }).click();
  await expect(conflict).toContainText('الصف 1');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'conflict-ar.png') });

  await conflict.getByTestId('conflict-keep-mine').click();
  await expect(conflict).toBeHidden();
  await expect(page.getByTestId('save-state')).toHaveText('تم الحفظ');
  expect(await stored(app, id, 0)).toBe('Jowzjan province');
});

test('a tab reopened after its saves failed never shows older text than the workspace holds', async ({
  page,
  app,
  context,
}) => {
  await page.goto(app.url);
  const id = await importSeed(page);
  const url = page.url();
  // The server stops answering saves: the text stays in the tab's journal only.
  await page.route('**/api/paragraph.update', (route) => route.abort('connectionrefused'));
  await row(page, 1).getByTestId('target').click();
  await page.keyboard.type('Jowzjan, typed while saves failed');
  await expect(page.getByTestId('save-state')).not.toHaveText('Saved');
  await page.waitForTimeout(300); // the journal writes at least every 100 ms
  await page.close();

  // Meanwhile another process saves newer text on that row.
  cliTranslate(app, id, 0, 'Jowzjan, saved later by the CLI');

  // The translator opens the printed address again (no other tab is open to hand the token over).
  const again = await context.newPage();
  await again.goto(app.url);
  await expect(again.getByTestId('file-input')).toBeAttached();
  await again.evaluate((route) => (window.location.hash = route), new URL(url).hash);
  await expect(again.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '11');
  // The newer text is what the row shows; the journal's older text is offered beside it, never written over it.
  await expect(row(again, 1).getByTestId('target')).toHaveValue('Jowzjan, saved later by the CLI');
  const conflict = row(again, 1).getByTestId('row-conflict');
  await expect(conflict.getByTestId('conflict-mine')).toHaveText('Jowzjan, typed while saves failed');
  expect(await stored(app, id, 0)).toBe('Jowzjan, saved later by the CLI');
  await expect(again.getByTestId('recovered')).toHaveCount(0); // nothing was saved from the journal: not "recovered and saved"
  await again.screenshot({ path: path.join(SCREENSHOTS, 'recovered-conflict-en.png') });
});

test('a second tab opened on the bare address gets the token from the open tab, not from the server', async ({
  page,
  app,
  context,
}) => {
  await page.goto(app.url);
  const id = await importSeed(page);
  const second = await context.newPage();
  await second.goto(`${app.origin}/#/doc/${id}`);
  await expect(second.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '11');
  await row(second, 2).getByTestId('target').click();
  await second.keyboard.type('Tehran-SANA');
  await expect(second.getByTestId('save-state')).toHaveText('Saved');
  expect(await stored(app, id, 1)).toBe('Tehran-SANA');
});
