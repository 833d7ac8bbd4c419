/**
 * The foundation benchmark on a 10,000-paragraph document (the seed's paragraphs repeated): import, time
 * until the first rows show in Chromium, scroll to the end, DOCX export, peak memory. Each figure is
 * printed with a simple baseline measured in the same run.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { splitParagraphs } from '../core/formats/plain-text';
import { composeApp } from '../electron/app/compose';
import { RENDERER_DIR } from '../electron/paths';
import { startServer } from '../electron/transport/http-server';
import { SEED } from '../scripts/shared-samples';

const N = 10_000;

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now();
  const v = await fn();
  return [performance.now() - t0, v];
}

const ms = (x: number): string => `${x.toFixed(0)} ms`;
const ratio = (a: number, b: number): string => `×${(a / b).toFixed(1)}`;

function line(label: string, value: string, baselineLabel: string, baseline: number, measured: number): void {
  console.log(
    `${label.padEnd(34)} ${value.padStart(10)}   baseline (${baselineLabel}) ${ms(baseline).padStart(8)}   ratio ${ratio(measured, baseline)}`,
  );
}

export async function runAppBench(): Promise<void> {
  const seed = splitParagraphs(readFileSync(SEED, 'utf8'));
  const paragraphs = Array.from({ length: N }, (_, i) => seed[i % seed.length]!);
  const text = paragraphs.join('\n\n');
  const bytes = new TextEncoder().encode(text);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-bench-'));
  const dragoman = composeApp({ dbFile: path.join(dir, 'bench.sqlite') });
  const { documents, exports } = dragoman.services;
  console.log(`document: ${N} paragraphs, ${(bytes.length / 1024 / 1024).toFixed(1)} MB of UTF-8\n`);

  const [importMs, imported] = await time(() => documents.import({ fileName: 'bench.txt', bytes }));
  const [splitMs] = await time(() => splitParagraphs(new TextDecoder().decode(bytes)));
  line('import (decode, split, SQLite)', ms(importMs), 'decode + split only', splitMs, importMs);

  const [docxMs, docx] = await time(() => exports.export(imported.documentId, 'docx'));
  const [txtMs] = await time(() => exports.export(imported.documentId, 'txt'));
  line(
    `DOCX export (${(docx.bytes.length / 1024 / 1024).toFixed(1)} MB)`,
    ms(docxMs),
    'plain-text export',
    txtMs,
    docxMs,
  );

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
    const [firstRowsMs] = await time(async () => {
      await page.goto(`${server.origin}/#/doc/${imported.documentId}`);
      await page.locator('[data-testid=row]').first().waitFor();
    });
    const [scrollMs] = await time(() =>
      page.evaluate(async (last) => {
        const scroller = document.querySelector('[data-testid=rows]')!;
        for (let i = 0; i < 200; i++) {
          scroller.scrollTop = scroller.scrollHeight;
          await new Promise((r) => requestAnimationFrame(r));
          if (document.querySelector(`[data-index="${last}"]`)) return;
        }
        throw new Error('did not reach the last row');
      }, N - 1),
    );
    const metrics = await (
      await page.context().newCDPSession(page)
    )
      .send('Performance.getMetrics')
      .catch(() => ({ metrics: [] }));
    await page.evaluate(() => undefined);
    const heap = (metrics as { metrics: Array<{ name: string; value: number }> }).metrics.find(
      (m) => m.name === 'JSHeapUsedSize',
    );
    const rendered = await page.locator('[data-testid=row]').count();

    // Baseline: the same paragraphs as a plain, non-virtualized static page.
    const plain = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const [plainFirstMs] = await time(async () => {
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
      }, paragraphs);
      await plain.locator('div').first().waitFor();
    });
    const [plainScrollMs] = await time(() =>
      plain.evaluate(async () => {
        window.scrollTo(0, document.body.scrollHeight);
        await new Promise((r) => requestAnimationFrame(r));
      }),
    );
    line('first rows shown in Chromium', ms(firstRowsMs), 'static page, all rows', plainFirstMs, firstRowsMs);
    line(`scroll to paragraph ${N}`, ms(scrollMs), 'static page scroll', plainScrollMs, scrollMs);
    console.log(`rows in the DOM at the end: ${rendered} of ${N} (virtualized)`);
    if (heap) console.log(`renderer JS heap: ${(heap.value / 1024 / 1024).toFixed(1)} MB`);
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`peak memory of this process (RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  dragoman.close();
}
