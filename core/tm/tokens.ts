/**
 * Tokens of a memory unit's Arabic, as the matcher sees them: the glossary's normalisation (diacritics, hamza and
 * alef forms, ya, ta marbuta, tatweel, Persian letters, digits) applied once to the whole text, then split into
 * words, numbers and inline codes. Punctuation is not a token: it never changes a score (only the 100 → 99 step).
 */
import { keyReadings } from '../arabic/clitics';
import { normalizeArabic } from '../arabic/normalize';

export type TokenKind = 'word' | 'number' | 'code';

export interface Token {
  /** The normalised form (Latin letters lower-cased). */
  norm: string;
  kind: TokenKind;
  /** For numbers: the value as plain ASCII digits, thousands separators dropped, decimal point '.'. */
  value: string;
}

// Numbers keep their separators (١٬٢٥٠, 1,250, 2.5); words are letters and marks; each inline code is one char.
export const TOKEN_RE =
  /[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*|[\p{L}\p{M}\u0640]+|[\uE000-\uF8FF]/gu;
export const INVISIBLES = /[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/g;
/** After normalisation every digit is ASCII. */
const DIGITS_ONLY = /^[0-9]/;

/** The value of a number as written in either script: ١٬٢٥٠ and 1,250 are both 1250, ٢٫٥ and 2.5 are 2.5. */
export function numberValue(written: string): string {
  if (/^[0-9]+$/.test(written)) return written;
  const ascii = normalizeArabic(written)
    .replace(/\u066C/g, ',')
    .replace(/\u066B/g, '.');
  // A comma followed by exactly three digits is a thousands separator; any other comma is a decimal mark.
  return ascii.replace(/,(?=\d{3}(?!\d))/g, '').replace(/,/g, '.');
}

export function tokenize(text: string): Token[] {
  const norm = normalizeArabic(text.replace(INVISIBLES, '')).toLowerCase();
  const out: Token[] = [];
  for (const m of norm.matchAll(TOKEN_RE)) {
    const t = m[0];
    const code = t.charCodeAt(0);
    if (t.length === 1 && code >= 0xe000 && code <= 0xf8ff) out.push({ norm: t, kind: 'code', value: '' });
    else if (DIGITS_ONLY.test(t)) {
      const value = numberValue(t);
      out.push({ norm: value, kind: 'number', value });
    } else out.push({ norm: t, kind: 'word', value: '' });
  }
  return out;
}

/** A stem is never shorter than this (a shorter bare form is kept whole). */
const MIN_STEM = 3;

/**
 * Every bare form a normalised word may be read as (itself, without و/ف, ب/ل/ك, ال, in each legal order):
 * two words are the same word with other clitics when their sets meet (هجين, وهجين, بهجين; الولايه, والولايه).
 */
export function bareForms(norm: string): string[] {
  const out = [norm];
  for (const r of keyReadings(norm)) {
    if (r.bare === 0) continue;
    const bare = norm.slice(r.bare);
    if (bare.length >= MIN_STEM && !out.includes(bare)) out.push(bare);
  }
  return out;
}

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;
const ALEF = 0x0627;

/**
 * The one stem a word is indexed under: its shortest bare form (the same as the shortest of `bareForms`, computed
 * without building the readings: this runs on every word of every unit imported). A lookup asks for every bare
 * form of its words, so هجين, وهجين and بهجين meet under هجين.
 */
export function indexStem(norm: string): string {
  // Straight-line on purpose (no closures): it runs on every word of every unit imported.
  const n = norm.length;
  if (n < 2) return norm;
  let best = 0;
  const first = norm.charCodeAt(0);
  const conjunctions = (first === WAW || first === FA) && n - 1 >= 2 ? 2 : 1;
  for (let c = 0; c < conjunctions; c++) {
    const p = norm.charCodeAt(c);
    const prepositions = (p === BA || p === LAM || p === KAF) && n - c - 1 >= 2 ? 2 : 1;
    for (let k = 0; k < prepositions; k++) {
      const prefix = c + k;
      if (n - prefix >= MIN_STEM && prefix > best) best = prefix;
      if (
        norm.charCodeAt(prefix) === ALEF &&
        norm.charCodeAt(prefix + 1) === LAM &&
        n - prefix - 2 >= 2 &&
        n - prefix - 2 >= MIN_STEM &&
        prefix + 2 > best
      )
        best = prefix + 2;
      const afterLam = k === 1 && p === LAM;
      if (afterLam && norm.charCodeAt(prefix) === LAM && n - prefix - 1 >= MIN_STEM && prefix + 1 > best)
        best = prefix + 1;
    }
  }
  return best === 0 ? norm : norm.slice(best);
}

/** The index terms of a unit's Arabic: the distinct stems of its words (numbers and codes are placeables). */
export function arabicTerms(tokens: readonly Token[]): string[] {
  const out = new Set<string>();
  for (const t of tokens) if (t.kind === 'word') out.add(indexStem(t.norm));
  return [...out];
}

/**
 * The index terms of a unit's English, for the concordance: its lower-cased words, prefixed `e:` (a word may come
 * more than once; the index counts a unit once per term). ASCII text, the usual case, is split without a regular
 * expression: this runs on every unit imported.
 */
export function englishTerms(text: string): string[] {
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) >= 0x80)
      return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].map((w) => `e:${w}`);
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0x20;
    const word = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push(`e:${lower.slice(start, i)}`);
      start = -1;
    }
  }
  return out;
}

/**
 * The key of a text for exact and repetition lookups: a 52-bit hash (two FNV-1a passes) of its normalised tokens,
 * numbers included. Texts that differ only in orthography or punctuation share a key. Fits an SQLite INTEGER and a
 * JavaScript number exactly.
 */
export function sourceKey(tokens: readonly Token[]): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const t of tokens) {
    const s = t.norm;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193) >>> 0;
      b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    }
    a = Math.imul(a ^ 32, 0x01000193) >>> 0;
    b = Math.imul(b ^ 32, 0x5bd1e995) >>> 0;
  }
  return (a >>> 0) * 0x100000 + (b >>> 12);
}

/** Key of a raw text (a neighbouring paragraph, for context matches). */
export function textKey(text: string): number {
  return sourceKey(tokenize(text));
}
