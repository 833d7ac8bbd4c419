/**
 * Scores the transliteration engine: top-1 and top-3 on names-dev.tsv (transliterations and exonyms apart) and on
 * the check set eval/data/names-extra.tsv (Afghan, Syrian, Iraqi and Iranian people and places). Each set is scored
 * twice: with the lexicon (the engine as shipped) and rules only (lexicon off), the honest figure for names the
 * lexicon has never seen. Spellings are compared ignoring case, accents, spaces and punctuation.
 */
import { transliterate } from '../core/translit';
import { evalForeignNames } from './foreign-names';
import { comparable, pct, readLocal, readShared } from './shared';

interface Stats {
  n: number;
  top1: number;
  top3: number;
}

export interface TranslitEvalOptions {
  verbose: boolean;
  /** Only the rules-only passes. */
  rulesOnly?: boolean;
}

interface Row {
  arabic: string;
  accepted: string;
  rendering: string;
}

/** Rows of a TSV with a header naming the columns arabic, accepted and (optionally) rendering. */
export function parseNameRows(text: string): Row[] {
  const lines = text.split('\n').filter((l) => l.trim());
  const header = (lines.shift() ?? '').split('\t').map((h) => h.trim());
  const col = (name: string): number => header.indexOf(name);
  return lines.map((line) => {
    const cells = line.split('\t').map((c) => c.trim());
    const rendering = col('rendering') >= 0 ? cells[col('rendering')] : undefined;
    return {
      arabic: cells[col('arabic')] ?? '',
      accepted: cells[col('accepted')] ?? '',
      rendering: rendering || 'transliteration',
    };
  });
}

function score(rows: readonly Row[], lexicon: boolean, verbose: boolean): Map<string, Stats> {
  const stats = new Map<string, Stats>();
  for (const row of rows) {
    const accepted = new Set(row.accepted.split('|').map(comparable));
    const got = transliterate(row.arabic, { lexicon }).map((c) => c.text);
    const hit = got.findIndex((t) => accepted.has(comparable(t)));
    const s = stats.get(row.rendering) ?? { n: 0, top1: 0, top3: 0 };
    s.n++;
    if (hit === 0) s.top1++;
    if (hit >= 0 && hit < 3) s.top3++;
    stats.set(row.rendering, s);
    if (verbose && hit !== 0)
      console.log(
        `${hit < 0 ? 'MISS' : `#${hit + 1}`}\t${row.arabic}\t${row.accepted}\t${got.slice(0, 4).join(' | ')}`,
      );
  }
  return stats;
}

function report(label: string, rows: readonly Row[], opts: TranslitEvalOptions, byRendering: boolean): void {
  const passes: Array<[string, boolean]> = opts.rulesOnly
    ? [['rules only', false]]
    : [
        ['with lexicon', true],
        ['rules only', false],
      ];
  for (const [title, lexicon] of passes) {
    if (opts.verbose) console.log(`-- ${label}, ${title}: misses`);
    const stats = score(rows, lexicon, opts.verbose);
    if (!byRendering) {
      const all = [...stats.values()].reduce(
        (a, s) => ({ n: a.n + s.n, top1: a.top1 + s.top1, top3: a.top3 + s.top3 }),
        { n: 0, top1: 0, top3: 0 },
      );
      console.log(`${label}, ${title}: top-1 ${pct(all.top1, all.n)}, top-3 ${pct(all.top3, all.n)}`);
      continue;
    }
    for (const [rendering, s] of stats) {
      // Exonyms (Aleppo, Mosul) cannot come from rules: rules-only reports transliterations only.
      if (!lexicon && rendering !== 'transliteration') continue;
      console.log(`${rendering} (${title}): top-1 ${pct(s.top1, s.n)}, top-3 ${pct(s.top3, s.n)}`);
    }
  }
}

export function evalTranslit(opts: TranslitEvalOptions): void {
  report('dev set', parseNameRows(readShared('eval/names-dev.tsv')), opts, true);
  report('extra set', parseNameRows(readLocal('data/names-extra.tsv')), opts, false);
  evalForeignNames(opts);
}
