/**
 * `npm run bench -- docs`: big documents (issue 12). Documents of 10,000 and 100,000 paragraphs (the seed
 * article repeated; 4.7 and 47 MB) are imported, exported as whole CLI processes in every big format, and
 * opened in Chromium. Every figure is printed beside a baseline measured in the same run: decoding and
 * splitting alone for the import, the plain-text export for the exports, a static page and a
 * 10-paragraph document for the workbench. The goals are the issue's; the bench prints, it never asserts.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeText, splitParagraphs } from '../core/formats/plain-text';
import { composeApp } from '../electron/app/compose';
import { browserFigures } from './docs-browser';
import { exportRun } from './docs-cli';
import { benchText, mb } from './docs-data';

const ms = (x: number): string => `${x.toFixed(0)} ms`;
const MB = (x: number): string => `${x.toFixed(0)} MB`;

function line(label: string, value: string, baselineLabel: string, baseline: string, goal: string): void {
  console.log(
    `${label.padEnd(44)} ${value.padStart(9)}   baseline (${baselineLabel}) ${baseline.padStart(9)}   goal ${goal}`,
  );
}

export async function runDocsBench(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-bench-docs-'));
  const db = path.join(dir, 'docs.sqlite');
  const app = composeApp({ dbFile: db });
  const { documents } = app.services;
  const ids: Record<number, string> = {};
  let paragraphs10k: string[] = [];

  console.log('-- import (in process) --');
  for (const n of [10, 10_000, 100_000]) {
    const text = benchText(n);
    const t0 = performance.now();
    const r = await documents.import({ fileName: `bench-${n}.txt`, bytes: text.bytes });
    const importMs = performance.now() - t0;
    const t1 = performance.now();
    const split = splitParagraphs(decodeText(text.bytes, 'bench.txt'));
    const splitMs = performance.now() - t1;
    ids[n] = r.documentId;
    if (n === 10_000) paragraphs10k = split;
    if (n >= 10_000)
      line(
        `import ${n} paragraphs (${mb(text.bytes.length)})`,
        ms(importMs),
        'decode + split',
        ms(splitMs),
        n === 100_000 ? '< 3000 ms' : '-',
      );
  }
  app.close();

  console.log('\n-- exports as whole CLI processes (wall time, peak RSS) --');
  for (const n of [10_000, 100_000]) {
    const txt = exportRun(dir, db, ids[n]!, 'txt');
    for (const format of ['docx', 'xliff', 'tmx']) {
      const r = exportRun(dir, db, ids[n]!, format);
      const goal =
        n === 10_000 && format === 'docx' ? `≤ txt + 1000 ms (${ms(txt.ms + 1000)}), < 300 MB` : 'no out-of-memory';
      line(`${format} ${n} rows`, ms(r.ms), 'txt export', ms(txt.ms), goal);
      line(`  peak memory`, MB(r.peakMb), 'txt export', MB(txt.peakMb), '');
    }
  }

  console.log('\n-- workbench in Chromium (server in its own process) --');
  const f = await browserFigures({ db, small: ids[10]!, doc10k: ids[10_000]!, doc100k: ids[100_000]!, paragraphs10k });
  line('first rows, 10,000 paragraphs', ms(f.first10kMs), 'static page, 10,000 rows', ms(f.staticFirstMs), '< 500 ms');
  line(
    'first rows, 100,000 paragraphs',
    ms(f.first100kMs),
    'static page, 10,000 rows',
    ms(f.staticFirstMs),
    '< 1000 ms',
  );
  line('open at row 5,000 (10,000 paragraphs)', ms(f.at5000Ms), 'first rows at row 1', ms(f.first10kMs), '< 500 ms');
  line(
    'jump to a loaded row (in page, median of 4)',
    ms(f.jumpLoadedMs),
    'same jumps, 10 paragraphs',
    ms(f.jumpSmallMs),
    '< 100 ms',
  );
  line(
    'Ctrl+G to a loaded row, painted in view',
    ms(f.goToLoadedMs),
    'same, 10 paragraphs',
    ms(f.goToSmallMs),
    '< 100 ms',
  );
  line('jump to a row not loaded (row 9,500)', ms(f.jumpFarMs), 'open at row 5,000', ms(f.at5000Ms), '-');
  line('keystroke to frame, 10,000 paragraphs', ms(f.key10kMs), '10-paragraph document', ms(f.keySmallMs), 'no slower');
  line(
    'keystroke to frame, 100,000 paragraphs',
    ms(f.key100kMs),
    '10-paragraph document',
    ms(f.keySmallMs),
    'no slower',
  );
  line('tab JS heap, 100,000 paragraphs open', MB(f.heap100kMb), '-', '-', '< 100 MB');
  line(
    'server memory growth, 100,000 open',
    MB(f.server100kMb - f.serverIdleMb),
    `idle server ${MB(f.serverIdleMb)}`,
    MB(f.serverIdleMb),
    '< 150 MB',
  );
}
