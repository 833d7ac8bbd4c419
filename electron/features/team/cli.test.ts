/** The team and server-user CLI commands as a user runs them: separate processes, JSON on stdout. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamServer } from '../../../server/http';
import { openStore } from '../../../server/store';
import type { Store } from '../../../server/store';
import { clusterUrl, createDatabase } from '../../../server/test/database';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const admin = clusterUrl();

function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli.ts'), ...args], {
      cwd: ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status: status ?? -1, stdout, stderr }));
  });
}

describe.skipIf(!admin)('team CLI', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-team-cli-'));
  const db = path.join(dir, 'w.sqlite');
  let pg: string;
  let store: Store;
  let server: ReturnType<typeof createTeamServer>;
  let url: string;

  beforeAll(async () => {
    pg = await createDatabase(admin!, 'cli');
    store = await openStore(pg);
    server = createTeamServer(store, { log: () => undefined });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.close();
    await store?.close();
  });

  it('adds, lists and removes users; links, shares, syncs, reports and leaves', async () => {
    const added = await cli('server', 'user', 'add', 'amina', '--role', 'admin', '--pg', pg);
    expect(added.stderr).toBe('');
    const user = JSON.parse(added.stdout) as { user: string; role: string; token: string };
    expect(Object.keys(user)).toEqual(['user', 'role', 'token']);
    expect(user).toMatchObject({ user: 'amina', role: 'admin' });
    const bad = await cli('server', 'user', 'add', 'x', '--role', 'editor', '--pg', pg);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--role must be one of admin, translator, reviewer, viewer, not editor/);
    const [listed] = await Promise.all([
      cli('server', 'user', 'list', '--pg', pg),
      cli(
        'glossary',
        'add',
        '--db',
        db,
        '--glossary',
        'Desk',
        '--source',
        'جوزجان',
        '--target',
        'Jowzjan',
        '--kind',
        'place',
      ),
    ]);
    const status0 = await cli('team', 'status', '--db', db);
    const users = JSON.parse(listed.stdout) as Array<Record<string, string>>;
    expect(users.map((u) => [u.user, u.role])).toEqual([['amina', 'admin']]);
    expect(Object.keys(users[0]!)).toEqual(['user', 'role', 'created']);
    expect(JSON.parse(status0.stdout)).toEqual({ linked: false, team: null, user: null, pending: 0, lastSync: null });

    expect(JSON.parse((await cli('team', 'join', url, '--token', user.token, '--db', db)).stdout)).toEqual({
      team: url,
      user: 'amina',
      role: 'admin',
    });
    expect(JSON.parse((await cli('team', 'share', '--db', db, '--glossary', 'Desk')).stdout)).toEqual({
      shared: 'Desk',
    });
    expect(JSON.parse((await cli('team', 'status', '--db', db)).stdout)).toMatchObject({
      linked: true,
      team: url,
      user: 'amina',
      pending: 1,
      lastSync: null,
    });
    expect(JSON.parse((await cli('team', 'sync', '--db', db)).stdout)).toEqual({
      pushed: 1,
      pulled: 1,
      refused: [],
      conflicts: [],
    });
    const status = JSON.parse((await cli('team', 'status', '--db', db)).stdout) as {
      pending: number;
      lastSync: string;
    };
    expect(status.pending).toBe(0);
    expect(new Date(status.lastSync).toISOString()).toBe(status.lastSync);
    expect(JSON.parse((await cli('team', 'leave', '--db', db)).stdout)).toEqual({ left: url });
    expect(JSON.parse((await cli('server', 'user', 'remove', 'amina', '--pg', pg)).stdout)).toEqual({
      removed: 'amina',
    });
    const offline = await cli('team', 'sync', '--db', db);
    expect(offline.status).toBe(1);
    expect(offline.stderr).toMatch(/not linked to a team/);
  });
});
