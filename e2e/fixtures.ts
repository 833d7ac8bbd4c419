/**
 * Each test gets its own workspace and its own browser-mode server, started the way `npm run web` does,
 * with the URL (and its per-launch token) read from the server's output.
 */
import { test as base, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const SEED = path.join(SHARED, 'samples', 'seed-ar.txt');
export const ARTIFACTS = path.join(ROOT, 'artifacts');
export const SCREENSHOTS = path.join(ARTIFACTS, 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export interface AppServer {
  url: string;
  origin: string;
  token: string;
  dbFile: string;
  dir: string;
  /** The server's own process (node, not npm). */
  pid: number;
  stop(): Promise<void>;
  /** kill -9: the server dies mid-work, nothing flushed, the workspace folder kept. */
  kill(): Promise<void>;
}

export async function startApp(dbFile?: string): Promise<AppServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-e2e-'));
  const db = dbFile ?? path.join(dir, 'workspace.sqlite');
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'electron', 'web.ts'), '--db', db, '--no-open'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1' } },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
    const onData = (d: Buffer): void => {
      output += d.toString();
      const m = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  const u = new URL(url);
  return {
    url,
    origin: u.origin,
    token: u.searchParams.get('token')!,
    dbFile: db,
    dir,
    pid: child.pid!,
    kill: async () => {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
    },
    stop: async () => {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<{ app: AppServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form for fixtures
  app: async ({}, use) => {
    const app = await startApp();
    await use(app);
    await app.stop();
  },
});

export { expect };
