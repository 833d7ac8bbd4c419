/**
 * A translator and a reviewer on one article at once (issue 21): two workspaces, each in its own browser-mode
 * server and its own browser context, linked to one team server over a throwaway PostgreSQL cluster. The admin
 * translator shares the document from the workbench and assigns the reviewer; what she types shows on the
 * reviewer's screen without a reload; the reviewer marks the row reviewed with the keyboard; the translator
 * sees the reviewed badge and "changed by", which goes once she has looked at the row, and its history says
 * who wrote what. In English and in Arabic. The keystroke-to-other-screen latency is printed, not asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { findPgBin, startCluster } from '../server/test/cluster';
import type { Cluster } from '../server/test/cluster';
import type { ServerProcess } from '../server/test/server-process';
import { startServerProcess } from '../server/test/server-process';
import { openStore } from '../server/store';
import { addUser } from '../server/users';
import type { AppServer } from './fixtures';
import { expect, ROOT, SCREENSHOTS, SEED, startApp, test } from './fixtures';
import { api, row } from './workbench-page';

function cli(...args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

test.skip(!findPgBin(), 'PostgreSQL is not installed (initdb not found)');
// Two app servers, a team server and two browsers on the 2-core machine: more time than one page.
test.setTimeout(180_000);

let cluster: Cluster;
let team: ServerProcess;
const tokens: Record<string, string> = {};

test.beforeAll(async () => {
  cluster = await startCluster();
  const store = await openStore(cluster.adminUrl);
  tokens.amina = (await addUser(store, 'amina', 'admin')).token;
  tokens.omar = (await addUser(store, 'omar', 'reviewer')).token;
  await store.close();
  team = await startServerProcess(cluster.adminUrl);
});

test.afterAll(async () => {
  await team?.stop();
  cluster?.stop();
});

async function openDoc(page: Page, app: AppServer, id: string): Promise<void> {
  await page.goto(app.url);
  await page.evaluate((doc) => (window.location.hash = `#/doc/${doc}/row/1`), id);
  await expect(row(page, 1)).toBeVisible();
}

const ENGLISH = 'The governor of Jowzjan said on Tuesday that the road to Sheberghan had reopened.';

test('a row typed by the translator is reviewed live on the other screen', async ({ browser }, info) => {
  const dir = info.outputPath('ws');
  mkdirSync(dir, { recursive: true });
  const deskA = path.join(dir, 'amina.sqlite');
  const deskB = path.join(dir, 'omar.sqlite');
  const doc = (JSON.parse(cli('import', SEED, '--db', deskA, '--title', 'Jowzjan')) as { documentId: string })
    .documentId;
  cli('team', 'join', team.url, '--token', tokens.amina!, '--db', deskA);
  cli('team', 'join', team.url, '--token', tokens.omar!, '--db', deskB);

  const [appA, appB] = await Promise.all([startApp(deskA), startApp(deskB)]);
  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  try {
    const a = await ctxA.newPage();
    const b = await ctxB.newPage();
    await openDoc(a, appA, doc);

    // The translator (an admin) shares the open document and assigns the reviewer, from the workbench.
    await expect(a.getByTestId('doc-team')).toHaveText('Share with the team…');
    await a.getByTestId('doc-team').click();
    const dialog = a.getByTestId('share-dialog');
    await dialog.getByTestId('doc-share').click();
    await expect(dialog.getByTestId('doc-shared')).toBeVisible();
    await dialog.getByTestId('assign-translator').fill('amina');
    await dialog.getByTestId('assign-reviewer').fill('omar');
    await dialog.getByTestId('doc-assign').click();
    await expect(dialog.getByTestId('doc-reviewer')).toHaveText('omar');
    await expect(dialog.getByTestId('doc-translator')).toHaveText('amina');
    await dialog.screenshot({ path: path.join(SCREENSHOTS, 'team-docs-share-en.png') });
    await a.keyboard.press('Escape');
    await expect(a.getByTestId('doc-team')).toHaveText('Team…');
    await expect(a.getByTestId('doc-who')).toHaveText('Translator: \u2068amina\u2069 · Reviewer: \u2068omar\u2069');
    await expect(a.getByTestId('doc-live')).toHaveAttribute('data-state', 'live', { timeout: 20_000 });

    // The reviewer's workspace receives the document on its background sync, then opens it.
    await expect
      .poll(async () => (await api<Array<{ id: string }>>(appB, 'document.list', {})).some((d) => d.id === doc), {
        timeout: 30_000,
      })
      .toBe(true);
    await openDoc(b, appB, doc);
    await expect(b.getByTestId('doc-live')).toHaveAttribute('data-state', 'live', { timeout: 20_000 });
    await expect(b.getByTestId('doc-who')).toHaveText('Translator: \u2068amina\u2069 · Reviewer: \u2068omar\u2069', {
      timeout: 20_000,
    });
    // Marks the page: a reload would lose it.
    await b.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    // The reviewer's page notes when row 1 shows the text, on its own clock (the same machine's).
    await b.evaluate((text) => {
      const w = window as unknown as { seenAt: number | null };
      w.seenAt = null;
      const timer = setInterval(() => {
        const box = document.querySelector<HTMLTextAreaElement>(
          '[data-testid=row][data-index="0"] [data-testid=target]',
        );
        if (box?.value === text) {
          w.seenAt = Date.now();
          clearInterval(timer);
        }
      }, 5);
    }, ENGLISH);

    // The translator types row 1; the reviewer sees it without reloading.
    const targetA = row(a, 1).getByTestId('target');
    await targetA.click();
    await targetA.pressSequentially(ENGLISH);
    const typedAt = await a.evaluate(() => Date.now());
    await expect(row(b, 1).getByTestId('target')).toHaveValue(ENGLISH, { timeout: 30_000 });
    const seenAt = await b.evaluate(() => (window as unknown as { seenAt: number | null }).seenAt);
    console.log(`[team-docs] last keystroke to the reviewer's screen: ${seenAt! - typedAt} ms`);
    await expect(row(b, 1)).toHaveAttribute('data-changed-by', 'amina');
    await expect(row(b, 1).getByTestId('changed-by')).toHaveText('changed by \u2068amina\u2069');

    // She confirms; the reviewer sees it translated, then marks it reviewed with Ctrl+Alt+Enter.
    await targetA.press('Control+Enter');
    await expect(row(b, 1)).toHaveAttribute('data-status', 'translated', { timeout: 30_000 });
    const targetB = row(b, 1).getByTestId('target');
    await targetB.click();
    await expect(row(b, 1).getByTestId('review-row')).toBeVisible();
    await b.screenshot({ path: path.join(SCREENSHOTS, 'team-docs-reviewer-en.png') });
    await targetB.press('Control+Alt+Enter');
    await expect(row(b, 1)).toHaveAttribute('data-status', 'reviewed');
    await expect(row(b, 1).getByTestId('status')).toHaveText('Reviewed');
    await expect(row(b, 1).getByTestId('review-row')).toHaveCount(0);
    expect(await b.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // The translator (now on row 2) sees the badge and who changed the row.
    await expect(row(a, 1)).toHaveAttribute('data-status', 'reviewed', { timeout: 30_000 });
    await expect(row(a, 1).getByTestId('status')).toHaveText('Reviewed');
    await expect(row(a, 1).getByTestId('changed-by')).toHaveText('changed by \u2068omar\u2069', { timeout: 10_000 });
    await a.screenshot({ path: path.join(SCREENSHOTS, 'team-docs-translator-en.png') });

    // The same in Arabic, mirrored.
    await a.locator('.lang-switch').click();
    await expect(a.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(row(a, 1).getByTestId('status')).toHaveText('مراجعة');
    await expect(row(a, 1).getByTestId('changed-by')).toHaveText('غيّره \u2068omar\u2069');
    await expect(a.getByTestId('doc-live')).toHaveText('مباشر');
    await expect(a.getByTestId('doc-who')).toHaveText('المترجم: \u2068amina\u2069 · المراجع: \u2068omar\u2069');
    await a.screenshot({ path: path.join(SCREENSHOTS, 'team-docs-translator-ar.png') });

    // She looks at the row: the mark goes. Its history names both of them.
    await targetA.click();
    await expect(row(a, 1).getByTestId('changed-by')).toHaveCount(0, { timeout: 10_000 });
    await row(a, 1).getByTestId('row-history-open').click();
    const history = a.getByTestId('row-history');
    await expect(history.getByRole('heading')).toHaveText('سجل الصف 1');
    await expect(history.getByTestId('history-author').first()).toHaveText('omar');
    await expect(history.getByTestId('history-entry').first()).toContainText('مراجعة');
    await expect(history.getByTestId('history-author')).toContainText(['omar', 'amina']);
    await expect(history.getByTestId('history-text').first()).toHaveText(ENGLISH);
    await history.screenshot({ path: path.join(SCREENSHOTS, 'team-docs-history-ar.png') });
    await a.keyboard.press('Escape');
    await a.locator('.lang-switch').click();
    await row(a, 1).getByTestId('row-history-open').click();
    await expect(history.getByRole('heading')).toHaveText('History of row 1');
    await history.screenshot({ path: path.join(SCREENSHOTS, 'team-docs-history-en.png') });

    // The reviewer's screen in Arabic: the row he signed off is his change now, no longer marked as hers.
    await b.locator('.lang-switch').click();
    await expect(row(b, 1).getByTestId('status')).toHaveText('مراجعة');
    await expect(row(b, 1).getByTestId('changed-by')).toHaveCount(0);
    await expect(b.getByTestId('doc-live')).toHaveText('مباشر');
    await row(b, 2).getByTestId('target').click();
    await b.screenshot({ path: path.join(SCREENSHOTS, 'team-docs-reviewer-ar.png') });
  } finally {
    await ctxA.close();
    await ctxB.close();
    await Promise.all([appA.stop(), appB.stop()]);
  }
});
