/**
 * The workbench on big documents in Chromium, against the browser-mode server in its own process: first
 * rows after navigation, opening at a row, jumping to a loaded row, keystroke to painted frame, the tab's
 * JS heap and the server's memory. Baselines from the same run: a static page of the same paragraphs, and
 * the same keystrokes in a 10-paragraph document.
 */
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { performance } from 'node:perf_hooks';
import { startBenchServer } from './docs-server';

export interface BrowserDocs {
  db: string;
  small: string;
  doc10k: string;
  doc100k: string;
  /** The 10,000 paragraphs, for the static page baseline. */
  paragraphs10k: readonly string[];
}

export interface BrowserFigures {
  staticFirstMs: number;
  first10kMs: number;
  first100kMs: number;
  at5000Ms: number;
  jumpLoadedMs: number;
  /** The same jumps (by address, to a row shown) in the 10-paragraph document. */
  jumpSmallMs: number;
  /** Ctrl+G to a loaded row until painted in view with its editor focused (median of 4); the same in 10 paragraphs. */
  goToLoadedMs: number;
  goToSmallMs: number;
  jumpFarMs: number;
  keySmallMs: number;
  key10kMs: number;
  key100kMs: number;
  heap100kMb: number;
  serverIdleMb: number;
  server100kMb: number;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/**
 * Back to the document list, and wait for it: the server answers one call at a time, so the list showing
 * means the previous document's whole-document work (matching, QA) is done and the next open starts idle.
 */
async function toList(page: Page): Promise<void> {
  await page.evaluate(() => (window.location.hash = ''));
  await page.locator('[data-testid=rows]').waitFor({ state: 'detached' });
  await page.locator('[data-testid=document-row]').first().waitFor();
}

/** Sets the address and waits until the row it names (or the first row) is shown and active. */
async function open(page: Page, id: string, row?: number): Promise<number> {
  return timed(async () => {
    await page.evaluate(
      (h) => (window.location.hash = h),
      row === undefined ? `#/doc/${id}` : `#/doc/${id}/row/${row}`,
    );
    await page
      .locator(`[data-testid=row]${row === undefined ? '' : `[data-row="${row}"]`}[aria-current="true"]`)
      .waitFor();
  });
}

/**
 * A jump by address, timed inside the page: from setting the address until the row is there and active
 * (polled every millisecond), without the harness's round trips. (A string: tsx would rename a function.)
 */
async function jumpMs(page: Page, id: string, row: number): Promise<number> {
  const ms = await page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    window.location.hash = '#/doc/${encodeURIComponent(id)}/row/${row}';
    function check() {
      if (document.querySelector('[data-testid=row][data-row="${row}"][aria-current="true"]')) resolve(performance.now() - t0);
      else setTimeout(check, 1);
    }
    check();
  })`);
  await page.waitForTimeout(300); // the row's page settles (measured, scrolled) before the next jump
  return ms as number;
}

/**
 * Go to row (Ctrl+G, rows from 1) as the translator does it, timed inside the page from the dialog's Enter
 * (its form submitted) until a frame is painted with the row active, wholly inside the list, and its English
 * editor focused: each animation frame is checked, and the time taken after the frame that shows it.
 */
async function goToMs(page: Page, row: number): Promise<number> {
  await page.keyboard.press('Control+g');
  await page.getByTestId('go-to-input').fill(String(row));
  const ms = await page.evaluate(`new Promise((resolve, reject) => {
    const input = document.querySelector('[data-testid=go-to-input]');
    const t0 = performance.now();
    input.form.requestSubmit();
    function check() {
      const el = document.querySelector('[data-testid=row][data-row="${row}"][aria-current="true"]');
      const list = document.querySelector('[data-testid=rows]');
      if (el && list && el.contains(document.activeElement) && document.activeElement.tagName === 'TEXTAREA') {
        const r = el.getBoundingClientRect();
        const l = list.getBoundingClientRect();
        if (r.top >= l.top - 1 && r.bottom <= l.bottom + 1) return setTimeout(() => resolve(performance.now() - t0), 0);
      }
      if (performance.now() - t0 > 5000) return reject(new Error('row ${row} not shown in 5 s'));
      requestAnimationFrame(check);
    }
    check();
  })`);
  await page.waitForTimeout(300);
  return ms as number;
}

/** Median time from keydown to the frame after React rendered it, over 20 keystrokes in the active editor. */
async function keystrokeMs(page: Page): Promise<number> {
  await page.locator('[data-testid=row][aria-current="true"] [data-testid=target]').click();
  await page.evaluate(() => {
    const w = window as unknown as { lat: number[]; latHook?: true };
    w.lat = [];
    if (w.latHook) return;
    w.latHook = true;
    document.addEventListener(
      'keydown',
      () => {
        const t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.lat.push(performance.now() - t0), 0));
      },
      true,
    );
  });
  await page.keyboard.type(' the Jowzjan report', { delay: 60 });
  await page.waitForTimeout(200);
  return median(await page.evaluate(() => (window as unknown as { lat: number[] }).lat));
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

export async function browserFigures(docs: BrowserDocs): Promise<BrowserFigures> {
  const server = await startBenchServer(docs.db);
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
    // Baseline: the 10,000 paragraphs as a plain static page.
    const plain = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const staticFirstMs = await timed(async () => {
      await plain.setContent('<!doctype html><body></body>');
      await plain.evaluate((ps) => {
        const frag = document.createDocumentFragment();
        for (const p of ps) {
          const d = document.createElement('div');
          d.dir = 'rtl';
          d.textContent = p;
          frag.append(d);
        }
        document.body.append(frag);
      }, docs.paragraphs10k);
      await plain.locator('div').first().waitFor();
    });
    await plain.close();

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.getByTestId('file-input').waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    const serverIdleMb = server.rssMb();

    await open(page, docs.small);
    const keySmallMs = await keystrokeMs(page);
    const smallJumps: number[] = [];
    for (const row of [5, 3, 6, 4]) smallJumps.push(await jumpMs(page, docs.small, row));
    const smallGoTos: number[] = [];
    for (const row of [9, 2, 7, 3]) smallGoTos.push(await goToMs(page, row));
    await toList(page);

    const first10kMs = await open(page, docs.doc10k);
    await toList(page);

    const first100kMs = await open(page, docs.doc100k);
    await page.waitForTimeout(500);
    const server100kMb = server.rssMb();
    const key100kMs = await keystrokeMs(page);
    const heap100kMb = await heapMb(page);
    await toList(page);

    const at5000Ms = await open(page, docs.doc10k, 5000);
    const jumps: number[] = [];
    await page.waitForTimeout(500);
    for (const row of [5010, 4990, 5020, 5001]) jumps.push(await jumpMs(page, docs.doc10k, row));
    const goTos: number[] = [];
    for (const row of [5012, 4988, 5025, 5003]) goTos.push(await goToMs(page, row));
    const jumpFarMs = await open(page, docs.doc10k, 9500);
    const key10kMs = await keystrokeMs(page);
    return {
      staticFirstMs,
      first10kMs,
      first100kMs,
      at5000Ms,
      jumpLoadedMs: median(jumps),
      jumpSmallMs: median(smallJumps),
      goToLoadedMs: median(goTos),
      goToSmallMs: median(smallGoTos),
      jumpFarMs,
      keySmallMs,
      key10kMs,
      key100kMs,
      heap100kMb,
      serverIdleMb,
      server100kMb,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
