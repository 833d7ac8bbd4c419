/**
 * The team indicator in the browser mode, against a real team server over a throwaway PostgreSQL cluster:
 * online once the background sync has reached the server, offline with the changes waiting while the server is
 * down, back online (nothing waiting) after it restarts and a click syncs; in both UI languages.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findPgBin, startCluster } from '../server/test/cluster';
import type { Cluster } from '../server/test/cluster';
import type { ServerProcess } from '../server/test/server-process';
import { startServerProcess } from '../server/test/server-process';
import { openStore } from '../server/store';
import { addUser } from '../server/users';
import { expect, ROOT, SCREENSHOTS, startApp, test } from './fixtures';

/** The workspace is prepared with the CLI, as a translator would. */
function cli(...args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

test.skip(!findPgBin(), 'PostgreSQL is not installed (initdb not found)');

let cluster: Cluster;
let team: ServerProcess;
let token: string;

test.beforeAll(async () => {
  cluster = await startCluster();
  const store = await openStore(cluster.adminUrl);
  token = (await addUser(store, 'amina', 'admin')).token;
  await store.close();
  team = await startServerProcess(cluster.adminUrl);
});

test.afterAll(async () => {
  await team?.stop();
  cluster?.stop();
});

test('online, offline with changes waiting, online again after a click', async ({ page }, info) => {
  const dir = info.outputPath('ws');
  const dbFile = path.join(dir, 'desk.sqlite');
  mkdirSync(dir, { recursive: true });
  cli(
    'glossary',
    'add',
    '--db',
    dbFile,
    '--glossary',
    'Desk',
    '--source',
    'جوزجان',
    '--target',
    'Jowzjan',
    '--kind',
    'place',
  );
  cli('team', 'join', team.url, '--token', token, '--db', dbFile);
  cli('team', 'share', '--db', dbFile, '--glossary', 'Desk');

  const app = await startApp(dbFile);
  try {
    await page.goto(app.url);
    const indicator = page.getByTestId('team-indicator');
    await expect(indicator).toHaveAttribute('data-state', 'online', { timeout: 20_000 });
    await expect(indicator).toHaveText('Team: online');

    // The team server goes away; a change made meanwhile waits in the outbox.
    const port = new URL(team.url).port;
    await team.stop();
    cli(
      'glossary',
      'add',
      '--db',
      dbFile,
      '--glossary',
      'Desk',
      '--source',
      'شبرغان',
      '--target',
      'Sheberghan',
      '--kind',
      'place',
    );
    await expect(indicator).toHaveAttribute('data-state', 'offline', { timeout: 20_000 });
    await expect(indicator).toHaveText('Team: offline · 1 change waiting');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'team-offline-en.png') });

    await page.locator('.lang-switch').click();
    await expect(indicator).toHaveText('الفريق: غير متصل · تغيير واحد بانتظار الإرسال');

    team = await startServerProcess(cluster.adminUrl, ['--port', port]);
    await indicator.click();
    await expect(indicator).toHaveAttribute('data-state', 'online', { timeout: 20_000 });
    await expect(indicator).toHaveText('الفريق: متصل');
  } finally {
    await app.stop();
  }
});

test('joining from the settings panel, a term conflict resolved there, and leaving', async ({ page }, info) => {
  const dir = info.outputPath('ws');
  mkdirSync(dir, { recursive: true });
  const desk = path.join(dir, 'desk.sqlite');
  const other = path.join(dir, 'other.sqlite');
  const csv = (english: string): string => {
    const f = path.join(dir, `${english}.csv`);
    writeFileSync(f, `source,target,kind\nشبرغان,${english},place\n`);
    return f;
  };
  // Another workspace shares the Wires glossary with Sheberghan in it.
  cli('glossary', 'import', csv('Sheberghan'), '--db', other, '--glossary', 'Wires');
  cli('team', 'join', team.url, '--token', token, '--db', other);
  cli('team', 'share', '--db', other, '--glossary', 'Wires');
  cli('team', 'sync', '--db', other);

  const app = await startApp(desk);
  try {
    await page.goto(app.url);
    await page.getByTestId('settings-open').click();
    const section = page.getByTestId('team-section');
    await section.getByTestId('team-url').fill(team.url);
    await section.getByTestId('team-token').fill('wrong-token');
    await section.getByTestId('team-join').click();
    await expect(section.getByTestId('team-error')).toBeVisible();
    await expect(section.getByTestId('team-status')).toHaveCount(0);
    await section.getByTestId('team-token').fill(token);
    await section.getByTestId('team-join').click();
    await expect(section.getByTestId('team-status')).toContainText('amina');
    await section.getByTestId('team-sync').click();
    await expect(section.getByTestId('team-sync-report')).toContainText('received');
    await expect(section.getByTestId('team-state')).toHaveText('online');

    // Both sides change the English of the same term from the same base: a conflict, the server's value stands.
    cli('team', 'sync', '--db', desk);
    cli('glossary', 'import', csv('Shibirghan'), '--db', other, '--glossary', 'Wires');
    cli('team', 'sync', '--db', other);
    cli('glossary', 'import', csv('Shebergan'), '--db', desk, '--glossary', 'Wires');
    await section.getByTestId('team-sync').click();
    // The background sync may have pushed the change before the click: the list is read from the server either way.
    const conflict = section.getByTestId('team-conflict');
    await expect(conflict).toHaveCount(1);
    // Which term it is: its Arabic, right to left, and the English that stands.
    await expect(conflict.getByTestId('team-conflict-source')).toHaveText('شبرغان');
    await expect(conflict.getByTestId('team-conflict-source')).toHaveAttribute('dir', 'rtl');
    await expect(conflict).toContainText('Stands now: Shibirghan');
    await expect(conflict).toContainText('Kept aside, from \u2068amina\u2069: Shebergan');
    await page.getByTestId('settings-panel').screenshot({ path: path.join(SCREENSHOTS, 'team-join-en.png') });
    await page.getByTestId('settings-ui-language').selectOption('ar');
    await expect(conflict).toContainText('القائم الآن: Shibirghan');
    await page.getByTestId('settings-panel').screenshot({ path: path.join(SCREENSHOTS, 'team-join-ar.png') });
    await conflict.getByTestId('team-keep-mine').click();
    await expect(section.getByTestId('team-conflict')).toHaveCount(0);
    await expect(section).toContainText(/No open conflicts|لا تعارضات مفتوحة/);

    await section.getByTestId('team-leave').click();
    await expect(section.getByTestId('team-join')).toBeVisible();
    expect(JSON.parse(cli('team', 'status', '--db', desk)).linked).toBe(false);
  } finally {
    await app.stop();
  }
});
