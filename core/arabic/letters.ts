/**
 * Character classes and letter folds as lookup tables, so the word scanner can normalise a paragraph in one pass over
 * char codes (regex replacement per word would be far too slow for a 450,000-word document).
 * The tables implement exactly what `normalizeArabic` does; a test checks both agree.
 */

/** Separates words: digits, Latin, punctuation. */
export const OTHER = 0;
/** An Arabic letter, kept in the comparison key (maybe folded). */
export const LETTER = 1;
/** Diacritic, Quranic mark or tatweel: part of the word, dropped from the key. */
export const MARK = 2;
/** Combining madda/hamza above/below: dropped, but may compose with the letter before (as NFC does). */
export const HAMZA = 3;
/** Direction and joining marks: ignored inside a word, a separator at its edges. */
export const INVISIBLE = 4;
/** White space: separates words, and with invisibles the only gap allowed inside a multi-word term. */
export const SPACE = 5;

export type CharClass = 0 | 1 | 2 | 3 | 4 | 5;

const CLASS = new Uint8Array(0x10000);
const FOLD = new Uint16Array(0x10000);

function setRange(from: number, to: number, cls: CharClass): void {
  for (let c = from; c <= to; c++) CLASS[c] = cls;
}

for (let c = 0; c < 0x10000; c++) FOLD[c] = c;

setRange(0x0620, 0x063f, LETTER);
setRange(0x0641, 0x064a, LETTER);
setRange(0x066e, 0x066f, LETTER);
setRange(0x0671, 0x06d3, LETTER);
CLASS[0x06d5] = LETTER;
setRange(0x06ee, 0x06ef, LETTER);
setRange(0x06fa, 0x06fc, LETTER);
CLASS[0x06ff] = LETTER;
setRange(0x0750, 0x077f, LETTER);
setRange(0x08a0, 0x08c9, LETTER);
setRange(0xfb50, 0xfdfb, LETTER); // presentation forms: rare in real text, kept as word letters
CLASS[0xfd3e] = OTHER; // ornate parentheses are punctuation
CLASS[0xfd3f] = OTHER;
setRange(0xfe70, 0xfefc, LETTER);

setRange(0x0610, 0x061a, MARK); // honorific signs, small high marks
setRange(0x064b, 0x065f, MARK);
CLASS[0x0670] = MARK;
setRange(0x06d6, 0x06ed, MARK);
setRange(0x08ca, 0x08ff, MARK);
CLASS[0x0640] = MARK; // tatweel
setRange(0x0653, 0x0655, HAMZA);

setRange(0x200c, 0x200f, INVISIBLE);
CLASS[0x061c] = INVISIBLE;
setRange(0x202a, 0x202e, INVISIBLE);
setRange(0x2066, 0x2069, INVISIBLE);

for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) {
  CLASS[c] = SPACE;
}
setRange(0x2000, 0x200a, SPACE);

const FOLDS: Array<[number, number]> = [
  [0x0623, 0x0627], // أ → ا
  [0x0625, 0x0627], // إ → ا
  [0x0622, 0x0627], // آ → ا
  [0x0671, 0x0627], // ٱ → ا
  [0x0649, 0x064a], // ى → ي
  [0x0629, 0x0647], // ة → ه
  [0x06a9, 0x0643], // ک → ك
  [0x06cc, 0x064a], // ی → ي
  [0x06c0, 0x0647], // ۀ → ه
];
for (const [from, to] of FOLDS) FOLD[from] = to;
for (let d = 0; d < 10; d++) {
  FOLD[0x0660 + d] = 0x30 + d;
  FOLD[0x06f0 + d] = 0x30 + d;
}

/** The class of a UTF-16 code unit. */
export function charClass(code: number): CharClass {
  return CLASS[code] as CharClass;
}

/** The comparison form of one letter (or digit): the folds of `normalizeArabic`. */
export function foldCode(code: number): number {
  return FOLD[code] as number;
}

/**
 * The letter NFC makes of `base` followed by a combining madda (U+0653), hamza above (U+0654) or below (U+0655),
 * or 0 when they do not compose. Only Arabic compositions exist in this range.
 */
export function composeHamza(base: number, mark: number): number {
  if (mark === 0x0653) return base === 0x0627 ? 0x0622 : 0;
  if (mark === 0x0655) return base === 0x0627 ? 0x0625 : 0;
  switch (base) {
    case 0x0627:
      return 0x0623;
    case 0x0648:
      return 0x0624;
    case 0x064a:
      return 0x0626;
    case 0x06d5:
      return 0x06c0;
    case 0x06c1:
      return 0x06c2;
    case 0x06d2:
      return 0x06d3;
    default:
      return 0;
  }
}

/** True for a code unit that can be part of an Arabic word (letter, mark, tatweel or combining hamza). */
export function isWordChar(code: number): boolean {
  const c = CLASS[code] as CharClass;
  return c === LETTER || c === MARK || c === HAMZA;
}

/** True for white space and invisible marks: the only characters allowed between the words of one term. */
export function isTermGap(code: number): boolean {
  const c = CLASS[code] as CharClass;
  return c === SPACE || c === INVISIBLE;
}
