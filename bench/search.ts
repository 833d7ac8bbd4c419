/**
 * Search benchmark: `search.find` over a stored 10,000-paragraph document (the seed's paragraphs repeated,
 * about 450,000 Arabic words, every one with an English draft), through the real service and SQLite, beside a
 * baseline measured in the same run: a plain `String.includes` scan of the same paragraphs (no normalisation,
 * no clitics), which finds only the exact spelling. Also replace-all as a dry run, and a status filter.
 * Run alone with `npx tsx bench/search.ts`.
 */
import { composeApp } from '../electron/app/compose';
import { readShared } from '../scripts/shared-samples';

const PARAGRAPHS = 10_000;
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(f: () => unknown): { ms: number; value: unknown } {
  const times: number[] = [];
  let value: unknown;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    value = f();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), value };
}

async function timeAsync(f: () => Promise<unknown>): Promise<{ ms: number; value: unknown }> {
  const times: number[] = [];
  let value: unknown;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    value = await f();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), value };
}

export async function runSearchBench(): Promise<void> {
  const seed = readShared('samples/seed-ar.txt')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const text = Array.from({ length: PARAGRAPHS }, (_, i) => seed[i % seed.length]).join('\n\n');
  const app = composeApp({ dbFile: ':memory:' });
  try {
    const s = app.services;
    const { documentId } = await s.documents.import({ fileName: 'bench.txt', bytes: new TextEncoder().encode(text) });
    const rows = s.documents.paragraphs(documentId);
    s.documents.writeTargets(
      documentId,
      rows.map((p) => ({
        index: p.index,
        target: `Draft ${p.index}: clashes in Jowzjan province, Afghanistan.`,
        status: 'draft' as const,
      })),
    );
    const paragraphs = s.documents.paragraphs(documentId);

    const base = time(() =>
      paragraphs.reduce(
        (n, p) => n + (p.source.includes('أفغانستان') ? 1 : 0) + (p.target.includes('أفغانستان') ? 1 : 0),
        0,
      ),
    );
    const read = time(() => s.documents.paragraphs(documentId).length);
    const first = time(
      () => composeApp({ db: app.db }).services.search.find({ documentId, query: 'أفغانستان', side: 'both' }).total,
    );
    const ar = time(() => s.search.find({ documentId, query: 'أفغانستان', side: 'both' }).total);
    const rare = time(() => s.search.find({ documentId, query: 'قندوز', side: 'ar' }).total);
    const partial = time(() => s.search.find({ documentId, query: 'جوز', side: 'ar', partial: true }).total);
    const en = time(() => s.search.find({ documentId, query: 'jowzjan', side: 'en', wholeWord: true }).total);
    const dry = time(
      () => s.search.replace({ documentId, find: 'Jowzjan', with: 'Jawzjan', dryRun: true }).changed.length,
    );
    const filter = await timeAsync(async () => (await s.search.filter(documentId, 'draft')).paragraphs.length);
    console.log(`document: ${PARAGRAPHS} paragraphs, median of ${RUNS} runs`);
    console.log(
      `baseline String.includes scan (exact spelling only): ${base.ms.toFixed(1)} ms, ${String(base.value)} paragraphs`,
    );
    console.log(`reading the paragraphs from SQLite (replace reads them afresh): ${read.ms.toFixed(1)} ms`);
    console.log(
      `search.find أفغانستان, first search of the document (reads it): ${first.ms.toFixed(1)} ms, ${String(first.value)} hits`,
    );
    console.log(
      `search.find أفغانستان, both sides, clitics and variants (texts kept): ${ar.ms.toFixed(1)} ms, ${String(ar.value)} hits`,
    );
    console.log(`search.find قندوز (in no paragraph), Arabic: ${rare.ms.toFixed(1)} ms, ${String(rare.value)} hits`);
    console.log(`search.find جوز, any part of a word: ${partial.ms.toFixed(1)} ms, ${String(partial.value)} hits`);
    console.log(`search.find jowzjan, English whole word: ${en.ms.toFixed(1)} ms, ${String(en.value)} hits`);
    console.log(`search.replace dry run (all rows change): ${dry.ms.toFixed(1)} ms, ${String(dry.value)} rows`);
    console.log(`search.filter draft: ${filter.ms.toFixed(1)} ms, ${String(filter.value)} rows`);
  } finally {
    app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void runSearchBench();
