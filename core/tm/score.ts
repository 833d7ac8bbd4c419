/**
 * The memory's score: 0–100 from a weighted token edit distance over normalised tokens, 101 for a context match.
 *
 *   D     = the cheapest alignment of the two token sequences (Levenshtein), where
 *           inserting or deleting a word or number costs 1, an inline code 0.5;
 *           substituting equal normalised tokens costs 0 (orthography only: diacritics, hamza, alef, ya, tatweel…),
 *           a number for a number costs 0 (numbers are placeables; a changed value is penalised below),
 *           a word for the same word with other proclitics (هجين/وهجين/بهجين) costs CLITIC_COST,
 *           anything else costs 1;
 *   W     = the total insert cost of each sequence;
 *   score = floor(100 × (1 − D / max(W_a, W_b)))
 *           capped at 99 unless the two texts are identical as written (so orthography or punctuation alone → 99),
 *           minus NUMBER_PENALTY when some number differs (a unit differing only in its numbers → 97–98),
 *           never below 0.
 *   101   when the texts are identical and the paragraphs before and after match too (decided by the caller).
 */
import type { Token } from './tokens';
import { bareForms } from './tokens';

export const CLITIC_COST = 0.3;
export const CODE_COST = 0.5;
export const NUMBER_PENALTY = 2;

/** A number of the unit whose value differs from the one at the same place in the text looked up. */
export interface NumberSwap {
  from: string;
  to: string;
}

export interface Scored {
  score: number;
  /** Numbers that differ, aligned by the edit distance (unit's value → the looked-up text's value). */
  swaps: NumberSwap[];
}

const weight = (t: Token): number => (t.kind === 'code' ? CODE_COST : 1);

/** Per-lookup cache of bare forms, so the inner loop compares strings only once per pair of words. */
export class BareCache {
  private readonly map = new Map<string, string[]>();
  of(norm: string): string[] {
    let v = this.map.get(norm);
    if (!v) {
      v = bareForms(norm);
      this.map.set(norm, v);
    }
    return v;
  }
}

function substitution(a: Token, b: Token, cache: BareCache): number {
  if (a.norm === b.norm) return 0;
  if (a.kind === 'number' && b.kind === 'number') return 0;
  if (a.kind !== 'word' || b.kind !== 'word') return 1;
  const fa = cache.of(a.norm);
  const fb = cache.of(b.norm);
  for (const x of fa) if (fb.includes(x)) return CLITIC_COST;
  return 1;
}

export function totalWeight(tokens: readonly Token[]): number {
  let w = 0;
  for (const t of tokens) w += weight(t);
  return w;
}

/**
 * Scores a unit's tokens `u` against the looked-up tokens `q`. `identical`: the two texts are equal as written.
 * `floor`: a score the caller needs at least; pairs that cannot reach it return null without the full alignment.
 */
export function scoreTokens(
  q: readonly Token[],
  u: readonly Token[],
  identical: boolean,
  cache: BareCache = new BareCache(),
  floor = 0,
): Scored | null {
  if (identical) return { score: 100, swaps: [] };
  const wq = totalWeight(q);
  const wu = totalWeight(u);
  const max = Math.max(wq, wu);
  if (max === 0) return { score: 99, swaps: [] };
  // Length alone bounds D from below: |W_q − W_u| must be inserted or deleted.
  if (floor > 0 && 100 * (1 - Math.abs(wq - wu) / max) < floor) return null;
  const n = q.length;
  const m = u.length;
  // Full matrix (n+1)×(m+1): paragraphs are short, and the backtrace aligns the numbers.
  const d = new Float64Array((n + 1) * (m + 1));
  const w = m + 1;
  for (let j = 1; j <= m; j++) d[j] = d[j - 1]! + weight(u[j - 1]!);
  for (let i = 1; i <= n; i++) {
    const qi = q[i - 1]!;
    const wi = weight(qi);
    d[i * w] = d[(i - 1) * w]! + wi;
    let rowMin = d[i * w]!;
    for (let j = 1; j <= m; j++) {
      const uj = u[j - 1]!;
      const sub = d[(i - 1) * w + j - 1]! + substitution(qi, uj, cache);
      const del = d[(i - 1) * w + j]! + wi;
      const ins = d[i * w + j - 1]! + weight(uj);
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      d[i * w + j] = v;
      if (v < rowMin) rowMin = v;
    }
    // Every later row costs at least this row's minimum: stop as soon as the floor is out of reach.
    if (floor > 0 && 100 * (1 - rowMin / max) < floor) return null;
  }
  const dist = d[n * w + m]!;
  const swaps: NumberSwap[] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const qi = q[i - 1]!;
    const uj = u[j - 1]!;
    const here = d[i * w + j]!;
    if (Math.abs(here - (d[(i - 1) * w + j - 1]! + substitution(qi, uj, cache))) < 1e-9) {
      if (qi.kind === 'number' && uj.kind === 'number' && qi.value !== uj.value)
        swaps.unshift({ from: uj.value, to: qi.value });
      i--;
      j--;
    } else if (Math.abs(here - (d[(i - 1) * w + j]! + weight(qi))) < 1e-9) i--;
    else j--;
  }
  let score = Math.min(99, Math.floor(100 * (1 - dist / max) + 1e-9));
  if (swaps.length > 0) score -= NUMBER_PENALTY;
  return { score: Math.max(0, score), swaps };
}

/** Bands of the analysis and of pre-translation, best first. */
export const BANDS = ['context', '100', '95-99', '85-94', '75-84', '50-74', 'none', 'repetition'] as const;
export type Band = (typeof BANDS)[number];

export function bandOf(score: number | undefined): Band {
  if (score === undefined) return 'none';
  if (score >= 101) return 'context';
  if (score >= 100) return '100';
  if (score >= 95) return '95-99';
  if (score >= 85) return '85-94';
  if (score >= 75) return '75-84';
  if (score >= 50) return '50-74';
  return 'none';
}
