/**
 * Translation-memory benchmark. Corpus: 100,000 synthetic Arabic–English paragraph units (named in the output):
 * words drawn Zipf-wise half from the seed article's vocabulary and half from 40,000 generated plausible Arabic
 * words, one number in a third of them, a third with two sentences (so sentence units are stored too). Queries:
 * units with one or two words changed, a clitic added, a number changed, diacritics added, and new paragraphs.
 * Each figure is printed beside a baseline measured in the same run: brute-force scoring of every unit with the
 * same scorer (lookup), a DOM parse of the same TMX (import), a scan of every unit's normalised Arabic (concordance).
 * Run alone with `npx tsx bench/tm.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { XMLParser } from 'fast-xml-parser';
import { tokenize } from '../core/tm/tokens';
import type { Token } from '../core/tm/tokens';
import { writeTmx } from '../core/tm/tmx-write';
import { unitsByRowids } from '../db/tm-repo';
import { composeApp } from '../electron/app/compose';
import { bruteForceBest } from '../electron/features/tm/lookup';
import { SEED } from '../scripts/shared-samples';

const UNITS = Number(process.env.TM_BENCH_UNITS ?? 100_000);
const QUERIES = 200;
const BRUTE_QUERIES = Number(process.env.TM_BENCH_BRUTE ?? 100);
const DOC_PARAGRAPHS = 1000;
const ROOT = path.resolve(import.meta.dirname, '..');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}
const rand = rng(7);
const LETTERS = 'اااااللللليييييمممموووونننهههررررتتتببببعععددسسفففكككققحججشصطزخضثذغظءأإآةى';
const LATIN = 'etaoinshrdlucmfwypvbgk';
const zipf = <T>(list: readonly T[]): T =>
  list[Math.min(list.length - 1, Math.floor(Math.exp(rand() * Math.log(list.length + 1))) - 1)]!;
const gen = (alphabet: string, min: number, spread: number): string => {
  let w = '';
  const n = min + Math.floor(rand() * spread);
  for (let i = 0; i < n; i++) w += alphabet[Math.floor(rand() * alphabet.length)];
  return w;
};

const seedWords = [...new Set(readFileSync(SEED, 'utf8').match(/\p{Script=Arabic}+/gu) ?? [])].filter(
  (w) => !/\d/.test(w),
);
const synthetic = Array.from({ length: 40_000 }, () => gen(LETTERS, 3, 6));
const english = Array.from({ length: 20_000 }, () => gen(LATIN, 2, 8));

function arabicWord(): string {
  return rand() < 0.5 ? zipf(seedWords) : zipf(synthetic);
}
function sentence(words: number, withNumber: boolean): { ar: string; en: string } {
  const ar: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < words; i++) {
    ar.push(arabicWord());
    en.push(zipf(english));
  }
  if (withNumber) {
    const n = String(1 + Math.floor(rand() * 5000));
    const at = Math.floor(rand() * ar.length);
    ar.splice(at, 0, n);
    en.splice(at, 0, n);
  }
  en[0] = en[0]!.charAt(0).toUpperCase() + en[0]!.slice(1);
  return { ar: `${ar.join(' ')}.`, en: `${en.join(' ')}.` };
}
function unit(): { source: string; target: string } {
  const num = rand() < 0.33;
  if (rand() < 0.33) {
    const a = sentence(5 + Math.floor(rand() * 15), num);
    const b = sentence(5 + Math.floor(rand() * 15), false);
    return { source: `${a.ar} ${b.ar}`, target: `${a.en} ${b.en}` };
  }
  const s = sentence(8 + Math.floor(rand() * 32), num);
  return { source: s.ar, target: s.en };
}

function mutate(src: string, kind: number): string {
  const words = src.split(' ');
  const at = Math.floor(rand() * words.length);
  switch (kind % 5) {
    case 0:
      words[at] = arabicWord();
      if (words.length > 12) words[(at + 5) % words.length] = arabicWord();
      return words.join(' ');
    case 1:
      words[at] = `و${words[at]}`;
      return words.join(' ');
    case 2: {
      const n = words.findIndex((w) => /^\d+\.?$/.test(w));
      if (n >= 0) words[n] = words[n]!.replace(/\d+/, (d) => String(Number(d) + 1));
      else words.splice(at, 0, '17');
      return words.join(' ');
    }
    case 3:
      return src.replace(/([\u0628-\u064A])/g, (c, _x, i: number) => (i % 7 === 0 ? `${c}\u064E` : c));
    default:
      return sentence(10 + Math.floor(rand() * 20), false).ar;
  }
}

const pct = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const f1 = (x: number): string => x.toFixed(1);
/** CPU time since `from`: on a shared machine wall time also counts other processes. */
const cpuMs = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

export async function runTmBench(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-tm-bench-'));
  const dbFile = path.join(dir, 'bench.sqlite');
  try {
    const units = Array.from({ length: UNITS }, unit);
    const now = new Date().toISOString();
    // Files of 25,000 units: a file may not exceed 50 MB (MAX_FILE_BYTES), and a 100,000-unit TMX is larger.
    const files: string[] = [];
    for (let i = 0; i < units.length; i += 25_000) {
      files.push(
        writeTmx(
          units.slice(i, i + 25_000).map((u, k) => ({
            id: `u${i + k}`,
            tuid: `bench-${i + k}`,
            source: u.source,
            target: u.target,
            created: now,
            changed: now,
          })),
          now,
        ),
      );
    }
    const fileBytes = files.map((f) => new TextEncoder().encode(f));
    const total = fileBytes.reduce((n, b) => n + b.length, 0);
    console.log(
      `tm bench: corpus "synthetic-zipf-seed" — ${UNITS.toLocaleString('en')} units (seed-article vocabulary + 40,000 generated words), ${files.length} TMX files, ${(total / 1e6).toFixed(1)} MB`,
    );

    const app = composeApp({ dbFile });
    const tm = app.services.tm;
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    const sizeOf = (): number =>
      statSync(dbFile).size +
      (() => {
        try {
          return statSync(`${dbFile}-wal`).size;
        } catch {
          return 0;
        }
      })();
    const before = sizeOf();

    let t0 = performance.now();
    let cpu = process.cpuUsage();
    let added = 0;
    fileBytes.forEach((bytes, i) => (added += tm.import({ fileName: `bench-${i + 1}.tmx`, bytes }).added));
    const importMs = performance.now() - t0;
    const importCpu = cpuMs(cpu);
    t0 = performance.now();
    cpu = process.cpuUsage();
    for (const f of files) new XMLParser({ ignoreAttributes: false, processEntities: false }).parse(f);
    const domMs = performance.now() - t0;
    const domCpu = cpuMs(cpu);
    console.log(
      `  import:        ${Math.round(UNITS / (importMs / 1000)).toLocaleString('en')} units/s wall, ${Math.round(UNITS / (importCpu / 1000)).toLocaleString('en')} units/s CPU ` +
        `(${f1(importMs / 1000)} s, ${added.toLocaleString('en')} added, sentences and index included)   baseline (fast-xml-parser DOM parse only, nothing stored) ${f1(domMs / 1000)} s wall, ${f1(domCpu / 1000)} s CPU`,
    );

    app.db.pragma('wal_checkpoint(TRUNCATE)');
    const grown = sizeOf() - before;
    const text = app.db
      .prepare(
        'SELECT SUM(length(CAST(source AS BLOB)) + length(CAST(target AS BLOB))) AS b, COUNT(*) AS n FROM tm_units',
      )
      .get() as { b: number; n: number };
    if (process.env.TM_BENCH_DBSTAT)
      console.log(
        app.db.prepare('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 8').all(),
      );
    console.log(
      `  size:          workspace grew ${(grown / 1e6).toFixed(1)} MB for ${(text.b / 1e6).toFixed(1)} MB of unit text (${text.n.toLocaleString('en')} units with sentences): ×${(grown / text.b).toFixed(2)} (limit ×2.5)`,
    );

    const queries = Array.from({ length: QUERIES }, (_, i) =>
      mutate(units[Math.floor(rand() * units.length)]!.source, i),
    );
    tm.lookup({ text: queries[0]!, min: 70 }); // warm the statements
    const times: number[] = [];
    const cpuTimes: number[] = [];
    const best: Array<number | undefined> = [];
    for (const q of queries) {
      t0 = performance.now();
      cpu = process.cpuUsage();
      const m = tm.lookup({ text: q, min: 70, limit: 5 });
      cpuTimes.push(cpuMs(cpu));
      times.push(performance.now() - t0);
      best.push(m[0]?.score);
    }
    console.log(
      `  lookup:        p50 ${f1(pct(times, 50))} ms, p95 ${f1(pct(times, 95))} ms wall; CPU p50 ${f1(pct(cpuTimes, 50))} ms, p95 ${f1(pct(cpuTimes, 95))} ms ` +
        `over ${QUERIES} paragraphs (${best.filter((b) => b !== undefined).length} with a match ≥ 70)`,
    );

    // Brute force over every paragraph and sentence unit, pre-tokenised (its tokenising is not timed).
    const rowids = app.db.prepare('SELECT rowid FROM tm_units').pluck().all() as number[];
    const all = unitsByRowids(app.db, rowids).map((u) => ({
      rowid: u.rowid,
      source: u.source,
      tokens: tokenize(u.source) as Token[],
    }));
    const bruteTimes: number[] = [];
    const bruteCpu: number[] = [];
    let agree = 0;
    let withMatch = 0;
    for (let i = 0; i < BRUTE_QUERIES; i++) {
      const q = queries[i]!;
      t0 = performance.now();
      cpu = process.cpuUsage();
      const b = bruteForceBest(tokenize(q), q, all, 70);
      bruteCpu.push(cpuMs(cpu));
      bruteTimes.push(performance.now() - t0);
      if (b === undefined && best[i] === undefined) agree++;
      if (b !== undefined) {
        withMatch++;
        if (best[i] === b.score) agree++;
      }
    }
    console.log(
      `  brute force:   p50 ${f1(pct(bruteTimes, 50))} ms, p95 ${f1(pct(bruteTimes, 95))} ms wall; CPU p50 ${f1(pct(bruteCpu, 50))} ms (every unit scored)   the index found the brute-force best score in ${agree}/${BRUTE_QUERIES} lookups (${withMatch} had a match ≥ 70)`,
    );

    const concQueries = seedWords
      .filter((w) => w.length >= 5)
      .slice(0, 20)
      .map((w, i) => (i % 2 ? `و${w}` : w));
    const concTimes: number[] = [];
    const concCpu: number[] = [];
    tm.concordance({ query: 'تنظيم', limit: 20 }); // warm the statements
    for (const q of concQueries) {
      t0 = performance.now();
      cpu = process.cpuUsage();
      tm.concordance({ query: q, limit: 20 });
      concCpu.push(cpuMs(cpu));
      concTimes.push(performance.now() - t0);
    }
    const scanTimes: number[] = [];
    for (const q of concQueries.slice(0, 5)) {
      t0 = performance.now();
      app.db
        .prepare(
          "SELECT source FROM tm_units WHERE instr(' ' || ar_norm(source), ' ' || ar_norm(?)) > 0 ORDER BY changed_at DESC LIMIT 20",
        )
        .all(q);
      scanTimes.push(performance.now() - t0);
    }
    console.log(
      `  concordance:   p50 ${f1(pct(concTimes, 50))} ms, max ${f1(Math.max(...concTimes))} ms wall; CPU p50 ${f1(pct(concCpu, 50))} ms, max ${f1(Math.max(...concCpu))} ms over ${concQueries.length} words (half with a clitic)   baseline (normalised scan of every unit) p50 ${f1(pct(scanTimes, 50))} ms`,
    );

    // A 1,000-paragraph document looked up by one CLI process.
    const docText = Array.from({ length: DOC_PARAGRAPHS }, (_, i) =>
      mutate(units[Math.floor(rand() * units.length)]!.source, i),
    ).join('\n\n');
    const docFile = path.join(dir, 'doc.txt');
    writeFileSync(docFile, docText);
    const doc = await app.services.documents.import({
      fileName: 'doc.txt',
      bytes: new Uint8Array(readFileSync(docFile)),
    });
    app.close();
    t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'electron/cli.ts'), 'tm', 'lookup', '--db', dbFile, '--doc', doc.documentId],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    const cliMs = performance.now() - t0;
    if (r.status !== 0) throw new Error(r.stderr);
    const rows = JSON.parse(r.stdout) as Array<{ matches: unknown[] }>;
    console.log(
      `  tm lookup --doc: ${DOC_PARAGRAPHS} paragraphs in ${f1(cliMs / 1000)} s in one CLI process (start-up included), ${rows.filter((x) => x.matches.length > 0).length} with matches`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) void runTmBench();
