/**
 * Each test gets its own workspace and its own browser-mode server, started the way `npm run web` does,
 * with the URL (and its per-launch token) read from the server's output.
 */
import { test as base, expect } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnWebServer } from '../scripts/web-process';

export const ROOT = path.resolve(import.meta.dirname, '..');
export { samplePath, SEED } from '../scripts/shared-samples';
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
  const { child, url } = await spawnWebServer(db);
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
