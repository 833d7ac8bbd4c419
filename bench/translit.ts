/**
 * Transliteration benchmark: the cost of judging a name's family and spelling foreign names by their family's rules.
 * Names from the check sets eval/data/names-extra.tsv (Arabic, Afghan, Iranian) and eval/data/foreign-extra.tsv
 * (foreign), each spelled many times, with the lexicon and without; the baseline in the same run is the Arabic
 * reading alone (`origin: 'arabic'`: no judgement, no family rules). The family rules memoise their spellings per
 * word, as a document repeats its names: the first pass over the names is reported apart.
 * Run alone with `npx tsx bench/translit.ts`.
 */
import { readFileSync } from 'node:fs';
import { transliterate } from '../core/translit';

const ROUNDS = 20;

function names(file: string): string[] {
  return readFileSync(new URL(`../eval/data/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t')[0] ?? '')
    .filter(Boolean);
}

function perName(list: readonly string[], rounds: number, spell: (name: string, lexicon: boolean) => unknown): number {
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const n of list) spell(n, r % 2 === 0);
  return (performance.now() - t0) / (rounds * list.length);
}

export function runTranslitBench(): void {
  const sets: Array<[string, string[]]> = [
    ['Arabic and Persian names', names('names-extra.tsv')],
    ['foreign names', names('foreign-extra.tsv')],
  ];
  const full = (n: string, lexicon: boolean): unknown => transliterate(n, { lexicon });
  const arabicOnly = (n: string, lexicon: boolean): unknown => transliterate(n, { lexicon, origin: 'arabic' });
  const cold = perName(sets[1]?.[1] ?? [], 1, full);
  for (const [label, list] of sets) {
    // Interleaved, best of three each: the two share the CPU with whatever else runs.
    let base = Infinity;
    let mine = Infinity;
    for (let i = 0; i < 3; i++) {
      base = Math.min(base, perName(list, ROUNDS, arabicOnly));
      mine = Math.min(mine, perName(list, ROUNDS, full));
    }
    console.log(
      `${label} (${list.length}): ${mine.toFixed(2)} ms per name with the family judgement and rules; baseline, Arabic reading only: ${base.toFixed(2)} ms`,
    );
  }
  console.log(`foreign names, first pass (nothing memoised yet, JIT cold): ${cold.toFixed(2)} ms per name`);
}

if (import.meta.url === `file://${process.argv[1]}`) runTranslitBench();
