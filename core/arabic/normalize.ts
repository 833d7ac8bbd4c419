/**
 * Arabic normalisation for comparison only: the text shown to the user never changes.
 * One function, used by the glossary matcher, search and (registered as an SQL function) the database.
 * `letters.ts` holds the same rules as lookup tables for the one-pass word scanner; a test keeps them in step.
 */

// Diacritics U+064B–U+065F (incl. combining hamza/madda, after NFC has composed what it can), superscript alef,
// Quranic marks, honorific signs U+0610–U+061A, extended marks U+08CA–U+08FF, and tatweel.
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u08CA-\u08FF\u0640]/g;
const INVISIBLES = /[\u200C-\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

const FOLDS: Readonly<Record<string, string>> = {
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0649': '\u064A', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u06A9': '\u0643', // ک → ك
  '\u06CC': '\u064A', // ی → ي
  '\u06C0': '\u0647', // ۀ → ه
};

const FOLD_RE = /[\u0623\u0625\u0622\u0671\u0649\u0629\u06A9\u06CC\u06C0\u0660-\u0669\u06F0-\u06F9]/g;

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(0x30 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(0x30 + code - 0x06f0);
  return FOLDS[c] ?? c;
}

/**
 * The written letters without marks, tatweel or invisibles, but with no letter folded (أ stays أ, ى stays ى).
 * Used where a fold must not be enough for a match (function words, two-letter terms). Same length as the key.
 */
export function stripArabicMarks(text: string): string {
  return text.normalize('NFC').replace(INVISIBLES, '').replace(MARKS, '');
}

/** Normalises Arabic text for comparison (NFC, no marks or tatweel, folded letters and digits). */
export function normalizeArabic(text: string): string {
  return stripArabicMarks(text).replace(FOLD_RE, foldChar);
}
