/**
 * Scores the transliteration engine on names-dev.tsv: top-1 and top-3, transliterations and exonyms apart.
 * Two passes: with the lexicon (the engine as shipped) and rules only (lexicon off), the honest figure for names
 * the lexicon has never seen, since the lexicon overlaps the dev rows.
 */
import { transliterate } from '../core/translit';
import { comparable, pct, readShared } from './shared';

interface Stats {
  n: number;
  top1: number;
  top3: number;
}

export interface TranslitEvalOptions {
  verbose: boolean;
  /** Only the rules-only pass. */
  rulesOnly?: boolean;
}

interface Row {
  arabic: string;
  accepted: string;
  rendering: string;
}

function readRows(): Row[] {
  const lines = readShared('eval/names-dev.tsv').split('\n').filter((l) => l.trim());
  const header = (lines.shift() ?? '').split('\t');
  const col = (name: string): number => header.indexOf(name);
  return lines.map((line) => {
    const cells = line.split('\t');
    return { arabic: cells[col('arabic')] ?? '', accepted: cells[col('accepted')] ?? '', rendering: cells[col('rendering')] ?? 'transliteration' };
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
    if (verbose && hit !== 0) console.log(`${hit < 0 ? 'MISS' : `#${hit + 1}`}\t${row.arabic}\t${row.accepted}\t${got.slice(0, 4).join(' | ')}`);
  }
  return stats;
}

export function evalTranslit(opts: TranslitEvalOptions): void {
  const rows = readRows();
  const passes: Array<[string, boolean]> = opts.rulesOnly ? [['rules only', false]] : [['with lexicon', true], ['rules only', false]];
  for (const [title, lexicon] of passes) {
    if (opts.verbose) console.log(`-- ${title}: misses`);
    const stats = score(rows, lexicon, opts.verbose);
    for (const [rendering, s] of stats) {
      // Exonyms (Aleppo, Mosul) cannot come from rules: rules-only reports transliterations and all rows.
      if (!lexicon && rendering !== 'transliteration') continue;
      console.log(`${rendering} (${title}): top-1 ${pct(s.top1, s.n)}, top-3 ${pct(s.top3, s.n)}`);
    }
  }
}
