/**
 * The comparison form of a term: its words, normalised (`normalizeArabic`), joined theophoric names split
 * (عبدالله → عبد الله), punctuation and runs of space reduced to one space. Alongside, the same words with
 * their letters as written (marks removed, no folds) for the rules where a fold is not enough.
 */
import { LETTER, charClass, foldCode } from '../arabic/letters';
import { splitJoinedName } from '../arabic/joined-names';
import { stripArabicMarks } from '../arabic/normalize';

export interface TermForms {
  /** Normalised words. */
  key: string[];
  /** The same words as written, letter for letter aligned with `key`. */
  written: string[];
}

const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;
const FOLDABLE = /[\u0622\u0623\u0625\u0629\u0649\u0671\u06A9\u06C0\u06CC\u0660-\u0669\u06F0-\u06F9]/;

function fold(s: string): string {
  if (!FOLDABLE.test(s)) return s;
  const codes: number[] = [];
  for (let i = 0; i < s.length; i++) codes.push(foldCode(s.charCodeAt(i)));
  return String.fromCharCode(...codes);
}

/** The words of a term written with bare Arabic letters and single spaces (most terms), without regex work. */
function plainWords(arabic: string): string[] | null {
  for (let i = 0; i < arabic.length; i++) {
    const c = arabic.charCodeAt(i);
    if (c === 0x20 ? i === 0 || arabic.charCodeAt(i - 1) === 0x20 : charClass(c) !== LETTER) return null;
  }
  return arabic.split(' ');
}

/** Key and written words of an Arabic term. */
export function termForms(arabic: string): TermForms {
  const key: string[] = [];
  const written: string[] = [];
  for (const w of plainWords(arabic) ?? stripArabicMarks(arabic).split(SEPARATORS)) {
    if (w === '') continue;
    const k = fold(w);
    const split = splitJoinedName(k);
    if (split) {
      key.push(split[0], split[1]);
      written.push(w.slice(0, split[0].length), w.slice(split[0].length));
    } else {
      key.push(k);
      written.push(w);
    }
  }
  return { key, written };
}

/** Normalised key of a term: equal keys are the same term for the matcher and for duplicate checks. */
export function termKey(arabic: string): string {
  return termForms(arabic).key.join(' ');
}
