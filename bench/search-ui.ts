/**
 * The workbench side of search on a 10,000-paragraph document in Chromium: Ctrl+G to a row far down (from
 * Enter in the dialog to the row's editor focused) and Ctrl+F to a word in one paragraph near the end (from
 * Enter in the find field to the hit's row marked current), each measured inside the page. Baseline in the
 * same run: a static page holding every row, where the row is already in the DOM and only has to be scrolled
 * to and focused.
 */
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { splitParagraphs } from '../core/formats/plain-text';
import { composeApp } from '../electron/app/compose';
import { RENDERER_DIR } from '../electron/paths';
import { startServer } from '../electron/transport/http-server';
import { SEED } from '../scripts/shared-samples';

const N = 10_000;
const TARGET = 7500; // counted from 1, as the UI counts rows
const UNIQUE = 'ودارت اشتباكات عنيفة بقندوز شمال البلاد';

/** Runs `act` and waits in the page until `done` holds; the time between, measured by the page's own clock. */
// Plain script text: the page runs it as written (a bundler's helpers for named functions do not exist there).
const ARM = `(([armSel, doneSel]) => {
  window.t0 = undefined;
  window.t1 = undefined;
  document.querySelector(armSel).addEventListener('keydown', () => { window.t0 ??= performance.now(); }, { capture: true, once: true });
  const check = () => {
    if (document.querySelector(doneSel)?.matches(':focus, [data-hit=current]')) window.t1 = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

async function inPage(page: Page, arm: string, done: string, act: () => Promise<void>): Promise<number> {
  await page.evaluate(`${ARM}(${JSON.stringify([arm, done])})`);
  await act();
  await page.waitForFunction('window.t1 !== undefined', undefined, { timeout: 20_000 });
  return (await page.evaluate('window.t1 - window.t0')) as number;
}

export async function runSearchUiBench(): Promise<void> {
  const seed = splitParagraphs(readFileSync(SEED, 'utf8'));
  const paragraphs = Array.from({ length: N }, (_, i) => (i === TARGET - 1 ? UNIQUE : seed[i % seed.length]!));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-bench-'));
  const dragoman = composeApp({ dbFile: path.join(dir, 'bench.sqlite') });
  const imported = await dragoman.services.documents.import({
    fileName: 'bench.txt',
    bytes: new TextEncoder().encode(paragraphs.join('\n\n')),
  });
  const server = await startServer({ dispatch: dragoman.dispatch, staticDir: RENDERER_DIR });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.goto(`${server.origin}/#/doc/${imported.documentId}`);
    await page.locator('[data-testid=row]').first().waitFor();
    await page.locator('[data-testid=row] textarea').first().click();

    await page.keyboard.press('Control+g');
    await page.getByTestId('go-to-input').fill(String(TARGET));
    const goTo = await inPage(
      page,
      '[data-testid=go-to-input]',
      `[data-testid=row][data-index="${TARGET - 1}"] textarea`,
      () => page.keyboard.press('Enter'),
    );

    await page.keyboard.press('Control+g');
    await page.getByTestId('go-to-input').fill('1');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=row][data-index="0"] textarea').waitFor();
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-query').fill('قندوز');
    await page.getByTestId('find-count').filter({ hasText: /of 1$/ }).waitFor();
    const find = await inPage(page, '[data-testid=find-query]', `[data-testid=row][data-index="${TARGET - 1}"]`, () =>
      page.keyboard.press('Enter'),
    );

    // Baseline: every row in a static page; the row is in the DOM already.
    const plain = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await plain.setContent('<!doctype html><body><input id="go"></body>');
    await plain.evaluate((ps) => {
      const frag = document.createDocumentFragment();
      ps.forEach((p, i) => {
        const d = document.createElement('div');
        d.dataset.index = String(i);
        d.innerHTML = '<textarea></textarea>';
        d.append(Object.assign(document.createElement('span'), { textContent: p, dir: 'rtl' }));
        frag.append(d);
      });
      document.body.append(frag);
      document.getElementById('go')!.addEventListener('keydown', (e) => {
        if ((e as KeyboardEvent).key !== 'Enter') return;
        const row = document.querySelector<HTMLElement>(`[data-index="${(e.target as HTMLInputElement).value}"]`)!;
        row.scrollIntoView({ block: 'center' });
        row.querySelector('textarea')!.focus();
      });
    }, paragraphs);
    await plain.locator('#go').fill(String(TARGET - 1));
    const base = await inPage(plain, '#go', `[data-index="${TARGET - 1}"] textarea`, () =>
      plain.keyboard.press('Enter'),
    );

    console.log(`document: ${N} paragraphs in Chromium (virtualized rows)`);
    console.log(
      `Ctrl+G ${TARGET}: Enter → the row's editor focused: ${goTo.toFixed(0)} ms   baseline (static page, row in the DOM) ${base.toFixed(0)} ms`,
    );
    console.log(
      `Ctrl+F: Enter → the hit's row ${TARGET} marked current: ${find.toFixed(0)} ms (the hits were already counted)`,
    );
  } finally {
    await browser.close();
    await server.close();
    dragoman.close();
  }
}
