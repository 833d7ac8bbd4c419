/**
 * Glossary matcher benchmark: a 100,000-term glossary (synthetic plausible Arabic plus the seed glossary) against a
 * 10,000-paragraph document (the seed's paragraphs repeated, about 450,000 words), compared in the same run with a
 * naive per-term whole-word scan. The naive scan is far too slow for the whole document, so it runs on a sample of
 * paragraphs and is extrapolated (the output says so).
 * Run alone with `npx tsx bench/glossary.ts`.
 */
import { fileURLToPath } from 'node:url';
import { normalizeArabic } from '../core/arabic/normalize';
import { countWords } from '../core/text/words';
import { buildGlossaryIndex, matchText, parseGlossaryCsv, termKey } from '../core/glossary';
import type { GlossaryTerm, TermKind } from '../core/glossary';
import { readShared } from '../scripts/shared-samples';

const TERM_COUNT = 100_000;
const PARAGRAPHS = 10_000;
const NAIVE_SAMPLE = 20;

const read = readShared;

/** A small deterministic generator, so every run measures the same glossary. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

// Letters weighted roughly by their frequency in Arabic text, so keys collide with real words as they would.
const LETTERS = 'اااااللللليييييمممموووونننهههررررتتتببببعععددسسفففكككققحججشصطزخضثذغظءأإآةى';
const KINDS: TermKind[] = ['person', 'place', 'org', 'term', 'date', 'title'];

function syntheticTerms(count: number): GlossaryTerm[] {
  const rand = rng(42);
  const pick = (s: string): string => s[Math.floor(rand() * s.length)] as string;
  const word = (): string => {
    const len = 3 + Math.floor(rand() * 6);
    let w = '';
    for (let i = 0; i < len; i++) w += pick(LETTERS);
    return w;
  };
  const terms: GlossaryTerm[] = [];
  for (let i = 0; i < count; i++) {
    const words = 1 + Math.floor(rand() * rand() * 3);
    const parts = Array.from({ length: words }, word);
    if (rand() < 0.25) parts[0] = `ال${parts[0]}`;
    terms.push({
      id: `s${i}`,
      source: parts.join(' '),
      target: `Term ${i}`,
      kind: KINDS[i % KINDS.length] as TermKind,
      variants: rand() < 0.1 ? [word()] : [],
      note: '',
    });
  }
  return terms;
}

function seedParagraphs(): string[] {
  return read('samples/seed-ar.txt')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) =>
      b
        .split('\n')
        .map((l) => l.trim())
        .join(' ')
        .trim(),
    )
    .filter((b) => b !== '');
}

/** The naive approach: for every term key, every occurrence in the normalised paragraph, checked for word edges. */
function naiveScan(keys: readonly string[], paragraph: string): number {
  const text = normalizeArabic(paragraph);
  const isLetter = (c: string | undefined): boolean => c !== undefined && /[\u0621-\u064A\u0671-\u06D3]/.test(c);
  let found = 0;
  for (const key of keys) {
    let at = text.indexOf(key);
    while (at >= 0) {
      if (!isLetter(text[at - 1]) && !isLetter(text[at + key.length])) found++;
      at = text.indexOf(key, at + 1);
    }
  }
  return found;
}

const ms = (t: number): string => `${t.toFixed(1)} ms`;
/** CPU time since `from`: on a shared machine wall time also counts other processes. */
const cpuMs = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

export async function runGlossaryBench(): Promise<void> {
  const seed = parseGlossaryCsv(read('samples/seed-glossary.csv'), 'seed-glossary.csv').terms.map((t, i) => ({
    ...t,
    id: `seed${i}`,
  }));
  const terms: GlossaryTerm[] = [...seed, ...syntheticTerms(TERM_COUNT - seed.length)];
  const base = seedParagraphs();
  const doc = Array.from({ length: PARAGRAPHS }, (_, i) => base[i % base.length] as string);
  const words = doc.reduce((n, p) => n + countWords(p), 0);
  console.log(
    `glossary bench: ${terms.length.toLocaleString('en')} terms, ${doc.length.toLocaleString('en')} paragraphs, ${words.toLocaleString('en')} words`,
  );

  let t0 = performance.now();
  let cpu = process.cpuUsage();
  const index = buildGlossaryIndex(terms);
  const buildTime = performance.now() - t0;
  console.log(
    `  index build:   ${ms(buildTime)} wall, ${ms(cpuMs(cpu))} CPU (${index.size.toLocaleString('en')} spellings)`,
  );

  let best = Infinity;
  let matches = 0;
  for (let run = 0; run < 3; run++) {
    t0 = performance.now();
    cpu = process.cpuUsage();
    matches = 0;
    for (const p of doc) matches += matchText(index, p).length;
    const t = performance.now() - t0;
    console.log(
      `  match run ${run + 1}:   ${ms(t)} wall, ${ms(cpuMs(cpu))} CPU (${matches.toLocaleString('en')} matches, ` +
        `${Math.round(words / (t / 1000)).toLocaleString('en')} words/s)`,
    );
    best = Math.min(best, t);
  }

  t0 = performance.now();
  const keys = terms.flatMap((t) => [t.source, ...t.variants].map(termKey));
  console.log(`  naive prepare: ${ms(performance.now() - t0)} (normalised keys of every spelling, no index)`);
  const sample = doc.slice(0, NAIVE_SAMPLE);
  const sampleWords = sample.reduce((n, p) => n + countWords(p), 0);
  t0 = performance.now();
  let naiveFound = 0;
  for (const p of sample) naiveFound += naiveScan(keys, p);
  const naiveSample = performance.now() - t0;
  const naiveWhole = naiveSample * (words / sampleWords);
  console.log(
    `  naive scan:    ${ms(naiveSample)} on ${NAIVE_SAMPLE} paragraphs (${sampleWords} words, ${naiveFound} hits, no clitic rules), ` +
      `extrapolated to the whole document: ${(naiveWhole / 1000).toFixed(1)} s, ${Math.round(sampleWords / (naiveSample / 1000)).toLocaleString('en')} words/s`,
  );
  console.log(
    `  index vs naive: ${(naiveWhole / best).toFixed(0)}x faster (best match run ${ms(best)}, ${best < 1000 ? 'under' : 'OVER'} the 1 s budget)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runGlossaryBench();
}
