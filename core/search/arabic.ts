/**
 * Arabic search, normalised and clitic-aware the way the glossary matches names: the query's words are
 * compared on their `normalizeArabic` keys (hamza, alef, ya, ta marbuta, diacritics and tatweel folded), and
 * the first word may carry the proclitics و/ف, ب/ل/ك and the article (جوزجان finds وجوزجان, لجوزجان,
 * الجوزجان). Whole words only: a suffix (جوزجانية) is another word unless "any part of a word" is on.
 */
import { keyReadings, normalizeArabic, readingBaseKey } from '../arabic';
import { letterOffsets, scanWords } from '../arabic/scan';
import type { Span } from './types';

export interface ArabicQuery {
  /** The query's words as comparison keys; empty when the query has no Arabic letters. */
  keys: readonly string[];
  partial: boolean;
}

const ARTICLE = 'ال';

export function arabicQuery(query: string, partial = false): ArabicQuery {
  return { keys: scanWords(query).keys, partial };
}

/** The first query word against a text word: the word itself, or one of its proclitic readings. */
function firstWordMatches(wordKey: string, queryKey: string): boolean {
  if (wordKey === queryKey) return true;
  if (wordKey.length <= queryKey.length - ARTICLE.length) return false;
  for (const r of keyReadings(wordKey)) {
    // The dictionary form (للعراق → العراق) or the noun without its article (الجوزجان → جوزجان).
    if (
      readingBaseKey(wordKey, r) === queryKey ||
      (r.bare > 0 && wordKey.length - r.bare === queryKey.length && wordKey.endsWith(queryKey))
    )
      return true;
  }
  return false;
}

/**
 * Normalised texts of the paragraphs searched lately: a translator searches the same document again at every
 * pause in typing, and normalising every paragraph is most of the cost when the word is rare. Bounded; the
 * oldest half is dropped when it fills.
 */
const NORMALISED = new Map<string, string>();
const MAX_NORMALISED = 50_000;

function normalisedText(text: string): string {
  let n = NORMALISED.get(text);
  if (n === undefined) {
    if (NORMALISED.size >= MAX_NORMALISED) {
      let drop = MAX_NORMALISED / 2;
      for (const k of NORMALISED.keys()) {
        NORMALISED.delete(k);
        if (--drop === 0) break;
      }
    }
    n = normalizeArabic(text);
    NORMALISED.set(text, n);
  }
  return n;
}

/** A cheap test that rules out most paragraphs before they are scanned word by word. */
function mayContain(text: string, keys: readonly string[]): boolean {
  const first = keys[0]!;
  // للعراق holds "لعراق", not "العراق": test the noun without its article.
  const probe = first.startsWith(ARTICLE) && first.length > 3 ? first.slice(ARTICLE.length) : first;
  return normalisedText(text).includes(probe);
}

const isTrailingMark = (c: number): boolean => (c >= 0x064b && c <= 0x065f) || c === 0x0670;

/** The hits of an Arabic query in one text, as offsets into the text as written (marks and clitics included). */
export function findArabic(text: string, q: ArabicQuery): Span[] {
  const { keys } = q;
  if (keys.length === 0 || !mayContain(text, keys)) return [];
  const words = scanWords(text);
  return q.partial ? partialSpans(text, words, keys) : wholeWordSpans(words, keys);
}

function wholeWordSpans(words: ReturnType<typeof scanWords>, keys: readonly string[]): Span[] {
  const out: Span[] = [];
  const n = words.keys.length;
  const k = keys.length;
  for (let i = 0; i + k <= n; i++) {
    if (!firstWordMatches(words.keys[i]!, keys[0]!)) continue;
    let ok = true;
    for (let j = 1; j < k && ok; j++) ok = words.joined[i + j] === true && words.keys[i + j] === keys[j];
    if (!ok) continue;
    out.push({ start: words.starts[i]!, end: words.ends[i + k - 1]! });
    i += k - 1;
  }
  return out;
}

/** "Any part of a word": the keys joined by one space, found anywhere in the words' keys joined the same way. */
function partialSpans(text: string, words: ReturnType<typeof scanWords>, keys: readonly string[]): Span[] {
  let flat = '';
  const at: number[] = []; // offset in `text` of each character of `flat` (-1 for the joining spaces)
  for (let w = 0; w < words.keys.length; w++) {
    if (w > 0) {
      flat += ' ';
      at.push(-1);
    }
    const key = words.keys[w]!;
    const offsets = letterOffsets(text, words.starts[w], words.ends[w]);
    flat += key;
    for (let c = 0; c < key.length; c++) at.push(offsets[c] ?? words.ends[w]! - 1);
  }
  const needle = keys.join(' ');
  const out: Span[] = [];
  for (let i = flat.indexOf(needle); i !== -1; i = flat.indexOf(needle, i + needle.length)) {
    const start = at[i]!;
    let end = at[i + needle.length - 1]! + 1;
    while (end < text.length && isTrailingMark(text.charCodeAt(end))) end++;
    out.push({ start, end });
  }
  return out;
}
