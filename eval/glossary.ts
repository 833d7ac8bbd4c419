/**
 * `npm run eval -- glossary`: the glossary matcher on the dev sets in ../shared/eval (clitic cases, the seed
 * article) and on our own new-region set eval/data/glossary-new-region.tsv (Yemen, Libya, Sudan, the Gulf:
 * names in careless spellings, homographs made by folds, joined and kunya forms). Each set is scored with the
 * dictionary the app ships (AyaSpell, looked up as written) and without it.
 */
import { buildGlossaryIndex, matchText, parseGlossaryCsv, termKey } from '../core/glossary';
import type { GlossaryIndexOptions, GlossaryTerm } from '../core/glossary';
import { pct, readLocal, readShared } from './shared';
import { writtenWordTest } from '../electron/features/names/arabic-dictionary';

interface Score {
  expected: number;
  found: number;
  correct: number;
  rows: number;
  exactRows: number;
  misses: string[];
}

function glossary(text: string, name: string): GlossaryTerm[] {
  const { terms, errors } = parseGlossaryCsv(text, name);
  if (errors.length > 0) throw new Error(`${name}: ${errors.map((e) => e.message).join('; ')}`);
  return terms.map((t, i) => ({ ...t, id: `t${i}` }));
}

function tsvRows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(1)
    .map((l) => l.split('\t'));
}

/** Paragraphs of the seed article: blocks separated by blank lines. */
function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) =>
      b
        .split('\n')
        .map((l) => l.trim())
        .join(' ')
        .trim(),
    )
    .filter(Boolean);
}

/** Adds one paragraph: expected and found term keys compared as multisets, in any order. */
function add(s: Score, label: string, expected: string[], found: string[]): void {
  const left = [...found];
  let correct = 0;
  for (const e of expected) {
    const at = left.indexOf(e);
    if (at >= 0) {
      left.splice(at, 1);
      correct++;
    }
  }
  s.expected += expected.length;
  s.found += found.length;
  s.correct += correct;
  s.rows++;
  if (correct === expected.length && left.length === 0) s.exactRows++;
  else s.misses.push(`${label}\texpected [${expected.join(' | ')}]\tfound [${found.join(' | ')}]`);
}

const empty = (): Score => ({ expected: 0, found: 0, correct: 0, rows: 0, exactRows: 0, misses: [] });

function scoreSets(options: GlossaryIndexOptions): Record<string, Score> {
  const out: Record<string, Score> = {};
  const keysOf =
    (terms: GlossaryTerm[]) =>
    (text: string): string[] =>
      matchText(buildGlossaryIndex(terms, options), text).map((m) => termKey(m.term.source));

  const clitics = empty();
  const cliticTerms = glossary(readShared('eval/clitics-glossary.csv'), 'clitics-glossary.csv');
  const cliticMatch = keysOf(cliticTerms);
  for (const [surface = '', expected = ''] of tsvRows(readShared('eval/clitics-dev.tsv'))) {
    add(clitics, surface, expected === 'NONE' ? [] : [termKey(expected)], cliticMatch(surface));
  }
  out['clitics-dev'] = clitics;

  const seed = empty();
  const seedTerms = glossary(readShared('samples/seed-glossary.csv'), 'seed-glossary.csv');
  const seedIndex = buildGlossaryIndex(seedTerms, options);
  const byTarget = new Map(seedTerms.map((t) => [t.target, termKey(t.source)]));
  const rows = tsvRows(readShared('eval/seed-expected-matches.tsv'));
  paragraphs(readShared('samples/seed-ar.txt')).forEach((p, pi) => {
    const want = rows.filter((r) => Number(r[0]) === pi).map((r) => byTarget.get(r[2] ?? '') ?? `?${r[2] ?? ''}`);
    add(
      seed,
      `paragraph ${pi}`,
      want,
      matchText(seedIndex, p).map((m) => termKey(m.term.source)),
    );
  });
  out['seed article'] = seed;

  const region = empty();
  const regionMatch = keysOf(glossary(readLocal('data/glossary-new-region.csv'), 'glossary-new-region.csv'));
  for (const [text = '', expected = '', note = ''] of tsvRows(readLocal('data/glossary-new-region.tsv'))) {
    const want = expected === 'NONE' ? [] : expected.split('|').map((e) => termKey(e.trim()));
    add(region, note ? `${text} (${note})` : text, want, regionMatch(text));
  }
  out['new-region'] = region;
  return out;
}

function print(title: string, scores: Record<string, Score>, verbose: boolean): void {
  console.log(title);
  for (const [name, s] of Object.entries(scores)) {
    console.log(
      `  ${name}: recall ${pct(s.correct, s.expected)}, precision ${pct(s.correct, s.found)}, ` +
        `paragraphs exactly right ${pct(s.exactRows, s.rows)}`,
    );
    if (verbose) for (const m of s.misses) console.log(`    ${m}`);
  }
}

export function evalGlossary(verbose: boolean): void {
  print('glossary matcher, no dictionary:', scoreSets({}), verbose);
  const t0 = Date.now();
  const isCommonWord = writtenWordTest();
  console.log(`(AyaSpell loaded in ${Date.now() - t0} ms)`);
  print('glossary matcher with the AyaSpell homograph guard:', scoreSets({ isCommonWord }), verbose);
}
