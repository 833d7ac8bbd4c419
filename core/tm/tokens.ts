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
const TOKEN_RE = /[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*|[\p{L}\p{M}\u0640]+|[\uE000-\uF8FF]/gu;
const INVISIBLES = /[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/g;
/** After normalisation every digit is ASCII. */
const DIGITS_ONLY = /^[0-9]/;

/** The value of a number as written in either script: ١٬٢٥٠ and 1,250 are both 1250, ٢٫٥ and 2.5 are 2.5. */
export function numberValue(written: string): string {
  const ascii = normalizeArabic(written).replace(/\u066C/g, ',').replace(/\u066B/g, '.');
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

/** The one stem a word is indexed under: its shortest bare form. A lookup asks for every bare form of its words. */
export function indexStem(norm: string): string {
  let best = norm;
  for (const b of bareForms(norm)) if (b.length < best.length) best = b;
  return best;
}

/** The text handed to the FTS5 index: the stems of the words (numbers and codes are placeables, not indexed). */
export function indexText(tokens: readonly Token[]): string {
  let s = '';
  for (const t of tokens) if (t.kind === 'word') s += (s ? ' ' : '') + indexStem(t.norm);
  return s;
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
