/**
 * What `synchronous = FULL` costs per save (db/open.ts chose it): the same 400 autosaves of one seed row through
 * the documents service on a real workspace file, with FULL and with NORMAL (the baseline), in one run.
 * Also the cost of opening: `quick_check` and a backup of a workspace holding 200 copies of the seed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { composeApp } from '../electron/app/compose';
import { makeBackup } from '../db/backup';
import { readSample } from '../scripts/shared-samples';

const SEED = readSample('seed-ar.txt');
const SAVES = 400;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function savesWith(mode: 'FULL' | 'NORMAL', dir: string): Promise<{ p50: number; p95: number; mean: number }> {
  const app = composeApp({ dbFile: path.join(dir, `${mode}.sqlite`) });
  try {
    app.db.pragma(`synchronous = ${mode}`);
    const { documentId } = await app.services.documents.import({ fileName: 'seed-ar.txt', bytes: SEED });
    const times: number[] = [];
    let text = 'Tasnim';
    for (let i = 0; i < SAVES; i++) {
      text += i % 7 === 0 ? ' ' : 'a';
      const t0 = performance.now();
      await app.dispatch('paragraph.update', { documentId, index: 0, target: text });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return {
      p50: quantile(times, 0.5),
      p95: quantile(times, 0.95),
      mean: times.reduce((a, b) => a + b, 0) / times.length,
    };
  } finally {
    app.close();
  }
}

export async function runWorkspaceBench(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-bench-ws-'));
  try {
    const normal = await savesWith('NORMAL', dir);
    const full = await savesWith('FULL', dir);
    const f = (x: number): string => `${x.toFixed(2)} ms`;
    console.log(
      `autosave of one row, ${SAVES} saves: synchronous=FULL p50 ${f(full.p50)}, p95 ${f(full.p95)}, mean ${f(full.mean)}`,
    );
    console.log(
      `  baseline synchronous=NORMAL:          p50 ${f(normal.p50)}, p95 ${f(normal.p95)}, mean ${f(normal.mean)}`,
    );
    console.log(
      `  FULL costs ${f(full.mean - normal.mean)} more per save (saves come at most every 500 ms while typing)`,
    );

    const file = path.join(dir, 'big.sqlite');
    const app = composeApp({ dbFile: file });
    for (let i = 0; i < 200; i++) await app.services.documents.import({ fileName: `seed-${i}.txt`, bytes: SEED });
    app.close();
    const t0 = performance.now();
    const reopened = composeApp({ dbFile: file });
    const openMs = performance.now() - t0;
    const t1 = performance.now();
    makeBackup(reopened.db, file, 'bench');
    const backupMs = performance.now() - t1;
    const t2 = performance.now();
    reopened.db.pragma('user_version');
    const baseline = performance.now() - t2;
    reopened.close();
    console.log(
      `open of a workspace with 200 articles (quick_check included): ${f(openMs)}; a backup of it: ${f(backupMs)} (baseline: one pragma ${f(baseline)})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
