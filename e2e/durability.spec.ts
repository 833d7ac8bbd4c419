/**
 * Kill trials: the server (its node process) or the browser is killed with SIGKILL at a seeded random
 * moment while the translator types through the real UI, with a browser profile that persists across the
 * restart. Everything typed 300 ms or more before the kill must be in the workspace after the restart
 * (saved, or recovered from the journal), and nothing older may overwrite it. Figures go to artifacts/.
 */
import { chromium } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findTool, TOOLS } from '../scripts/prereqs/plan';
import { probeMachine } from '../scripts/prereqs/probe';
import type { AppServer } from './fixtures';
import { ARTIFACTS, expect, SEED, startApp, test } from './fixtures';
import { api } from './workbench-page';

const found = findTool(TOOLS[0]!, probeMachine());
const EXECUTABLE = 'found' in found ? found.found : '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const TRIALS = 10;
const WORDS = [
  'Jowzjan',
  'Darzab',
  'province',
  'officials',
  'said',
  'clashes',
  'Taliban',
  'district',
  'police',
  'Monday',
  'attack',
  'forces',
];

/** A small seeded generator (mulberry32): the same trials on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function storedTarget(app: AppServer, id: string, index: number): Promise<string> {
  const doc = await api<{ paragraphList: Array<{ target: string }> }>(app, 'document.get', { id });
  return doc.paragraphList[index]!.target;
}

async function openDocument(page: Page, app: AppServer, id: string): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByTestId('file-input')).toBeAttached(); // the app made its first call: the token is kept
  await page.evaluate((doc) => (window.location.hash = `#/doc/${doc}`), id);
  await expect(page.locator('[data-testid=rows]')).toHaveAttribute('aria-rowcount', '11');
}

/** Types `text` one key at a time; calls `kill` once `killAt` ms have passed. Returns what was typed 300 ms before it. */
async function typeAndKill(
  page: Page,
  index: number,
  text: string,
  killAt: number,
  kill: () => Promise<void>,
): Promise<{ safe: string; typed: string }> {
  const editor = page.locator(`[data-testid=row][data-index="${index}"] [data-testid=target]`);
  await editor.click();
  await editor.press('Control+a');
  await editor.press('Delete');
  const start = Date.now();
  const times: number[] = [];
  let killedAt = 0;
  let typed = '';
  for (const ch of text) {
    if (!killedAt && Date.now() - start >= killAt) {
      killedAt = Date.now();
      await kill();
      break;
    }
    await page.keyboard.type(ch);
    typed += ch;
    times.push(Date.now());
    await page.waitForTimeout(15);
  }
  if (!killedAt) {
    killedAt = Date.now();
    await kill();
  }
  const safeCount = times.filter((t) => t <= killedAt - 300).length;
  return { safe: typed.slice(0, safeCount), typed };
}

function sentence(rand: () => number): string {
  return Array.from({ length: 6 + Math.floor(rand() * 8) }, () => WORDS[Math.floor(rand() * WORDS.length)]!).join(' ');
}

type Figures = { trials: number; typed: number; safe: number; stored: number; lost: number };
const figures: Record<string, Figures> = {};

/** After the restart the row holds at least what was typed 300 ms before the kill, and nothing nobody typed. */
async function checkTrial(
  f: Figures,
  app: AppServer,
  documentId: string,
  index: number,
  safe: string,
  typed: string,
): Promise<void> {
  await expect.poll(() => storedTarget(app, documentId, index), { timeout: 15_000 }).toContain(safe);
  const stored = await storedTarget(app, documentId, index);
  expect(typed.startsWith(stored), `row ${index + 1} holds text nobody typed: ${stored}`).toBe(true);
  f.trials++;
  f.typed += typed.length;
  f.safe += safe.length;
  f.stored += stored.length;
  f.lost += Math.max(0, safe.length - stored.length);
}

test.afterAll(() => {
  writeFileSync(path.join(ARTIFACTS, 'kill-trials.json'), JSON.stringify(figures, null, 2));
});

test('kill -9 of the server while typing loses nothing typed 300 ms before the kill', async () => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-kill-'));
  const db = path.join(dir, 'workspace.sqlite');
  let app = await startApp(db);
  const { documentId } = await api<{ documentId: string }>(app, 'document.import', {
    fileName: 'seed-ar.txt',
    bytes: new Uint8Array(readFileSync(SEED)),
  });
  const context: BrowserContext = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: EXECUTABLE,
    args: ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const rand = random(20261202);
  const f = (figures.server = { trials: 0, typed: 0, safe: 0, stored: 0, lost: 0 });
  try {
    for (let trial = 0; trial < TRIALS; trial++) {
      await openDocument(page, app, documentId);
      const index = trial % 10;
      const text = sentence(rand);
      const { safe, typed } = await typeAndKill(page, index, text, 200 + rand() * 1500, () => app.kill());
      app = await startApp(db); // the same port: the tab's journal (per origin) is found
      await openDocument(page, app, documentId); // the new address, in the same profile
      await checkTrial(f, app, documentId, index, safe, typed);
    }
  } finally {
    await context.close();
    await app.stop();
  }
  expect(f.lost).toBe(0);
});

test('kill -9 of the browser while typing loses nothing typed 300 ms before the kill', async () => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-kill-'));
  const profile = path.join(dir, 'profile');
  const app = await startApp(path.join(dir, 'workspace.sqlite'));
  const { documentId } = await api<{ documentId: string }>(app, 'document.import', {
    fileName: 'seed-ar.txt',
    bytes: new Uint8Array(readFileSync(SEED)),
  });
  const rand = random(7);
  const f = (figures.browser = { trials: 0, typed: 0, safe: 0, stored: 0, lost: 0 });
  try {
    for (let trial = 0; trial < TRIALS; trial++) {
      const context = await chromium.launchPersistentContext(profile, { executablePath: EXECUTABLE, args: ARGS });
      const page = context.pages()[0] ?? (await context.newPage());
      await openDocument(page, app, documentId);
      const index = (trial * 3) % 10;
      const killBrowser = async (): Promise<void> => {
        // Every process of this profile, as a crash would take them.
        execFileSync('pkill', ['-KILL', '-f', `user-data-dir=${profile}`]);
      };
      const { safe, typed } = await typeAndKill(page, index, sentence(rand), 200 + rand() * 1500, killBrowser);
      await context.close().catch(() => undefined);
      const again = await chromium.launchPersistentContext(profile, { executablePath: EXECUTABLE, args: ARGS });
      const reopened = again.pages()[0] ?? (await again.newPage());
      await openDocument(reopened, app, documentId); // the journal replays what never reached the server
      await checkTrial(f, app, documentId, index, safe, typed);
      await again.close();
    }
  } finally {
    await app.stop();
  }
  expect(f.lost).toBe(0);
});
