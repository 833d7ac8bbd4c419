/**
 * One pass over a paragraph that finds its Arabic words and their comparison keys (the `normalizeArabic` form),
 * without allocating per character: the glossary matcher runs this on every paragraph of a document.
 */
import { HAMZA, INVISIBLE, LETTER, MARK, OTHER, charClass, composeHamza, foldCode, isWordChar } from './letters';

export interface ScannedWords {
  /** UTF-16 offset of each word's first character in the paragraph. */
  starts: number[];
  /** UTF-16 offset just after each word (trailing marks included, trailing invisibles not). */
  ends: number[];
  /** Normalised key of each word: folded letters, no marks, no tatweel. */
  keys: string[];
  /** True when only white space or invisible marks separate the word from the previous one (a term may continue). */
  joined: boolean[];
}

/** Proclitics written apart with a tatweel (`بـ “التحالف”`): they belong to the next word, not a word of their own. */
const DETACHED = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك']);

let buffer = new Uint16Array(256);

function keyFromBuffer(length: number): string {
  let s = '';
  // Chunked so very long "words" (a line of letters with no space) cannot overflow the argument limit.
  for (let i = 0; i < length; i += 4096) {
    s += String.fromCharCode.apply(null, buffer.subarray(i, Math.min(length, i + 4096)) as unknown as number[]);
  }
  return s;
}

/** Marks with a low combining class (harakat, shadda, sukun, superscript alef) do not block NFC's hamza composition. */
function keepsComposition(code: number): boolean {
  return (code >= 0x064b && code <= 0x0652) || code === 0x0670;
}

/** True when the word's last written character (ignoring harakat) is a tatweel. */
function endsWithTatweel(text: string, start: number, end: number): boolean {
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0640) return true;
    if (!keepsComposition(c)) return false;
  }
  return false;
}

/** Finds the Arabic words of `text`: runs of Arabic letters and marks; everything else separates words. */
export function scanWords(text: string): ScannedWords {
  const out: ScannedWords = { starts: [], ends: [], keys: [], joined: [] };
  const n = text.length;
  if (buffer.length < n) buffer = new Uint16Array(n);
  let inWord = false;
  let start = 0;
  let length = 0;
  let clean = true; // every character so far was a letter that folds to itself: the key is a plain slice
  let lastRaw = 0; // the letter a following combining hamza may compose with (0: none)
  let gapClean = false; // only spaces and invisibles since the previous word

  const finish = (end: number): void => {
    inWord = false;
    if (length === 0) {
      gapClean = false; // a lone mark or tatweel is not a word, and not a space either
      return;
    }
    const key = clean ? text.slice(start, end) : keyFromBuffer(length);
    if (length <= 2 && DETACHED.has(key) && endsWithTatweel(text, start, end)) {
      gapClean = false; // the detached proclitic is glued to the next word, and no term runs across it
      return;
    }
    out.starts.push(start);
    out.ends.push(end);
    out.keys.push(key);
    out.joined.push(gapClean && out.keys.length > 1);
    gapClean = true;
  };

  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === LETTER || cls === MARK || cls === HAMZA) {
      if (!inWord) {
        inWord = true;
        start = i;
        length = 0;
        clean = true;
        lastRaw = 0;
      }
      if (cls === LETTER) {
        const folded = foldCode(code);
        if (folded !== code) clean = false;
        buffer[length++] = folded;
        lastRaw = code;
      } else if (cls === MARK) {
        clean = false;
        if (!keepsComposition(code)) lastRaw = 0;
      } else {
        clean = false;
        const composed = lastRaw === 0 ? 0 : composeHamza(lastRaw, code);
        if (composed !== 0) buffer[length - 1] = foldCode(composed);
        lastRaw = 0;
      }
    } else if (cls === INVISIBLE) {
      if (!inWord) continue;
      let j = i + 1;
      while (j < n && charClass(text.charCodeAt(j)) === INVISIBLE) j++;
      if (j < n && isWordChar(text.charCodeAt(j))) {
        // Inside a word (a ZWNJ in a Persian spelling, a stray RLM): ignored.
        clean = false;
        lastRaw = 0;
        i = j - 1;
      } else {
        finish(i);
        i = j - 1;
      }
    } else {
      if (inWord) finish(i);
      if (cls === OTHER) gapClean = false;
    }
  }
  if (inWord) finish(n);
  return out;
}

/**
 * The offset in `text` of each letter of the key of the word `text.slice(start, end)`:
 * maps a position in the key back to the original, which keeps its marks and tatweel.
 */
export function letterOffsets(text: string, start = 0, end = text.length): number[] {
  const offsets: number[] = [];
  for (let i = start; i < end; i++) {
    if (charClass(text.charCodeAt(i)) === LETTER) offsets.push(i);
  }
  return offsets;
}
