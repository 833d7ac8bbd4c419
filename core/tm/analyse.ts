/**
 * What storing a unit needs of its Arabic, without building tokens: the key (as `sourceKey(tokenize(text))`), the
 * token count and the index stems, for a paragraph and, in the same pass, for its sentences. The import runs this on
 * every unit, so the usual text (ASCII, the Arabic block, general punctuation, inline-code placeholders) is
 * normalised and split in one pass over char codes with the rules of `normalizeArabic` and TOKEN_RE as tables; a
 * text with anything else (combining hamza, which NFC composes; other scripts; letters with case beyond ASCII) goes
 * the regular-expression way of `tokenize`. A test keeps the two in step.
 */
import { charClass, LETTER as ARABIC_LETTER } from '../arabic/letters';
import { normalizeArabic } from '../arabic/normalize';
import { INVISIBLES, indexStem, numberValue, TOKEN_RE } from './tokens';

export interface TextAnalysis {
  key: number;
  count: number;
  /** The index stems of its words (a stem may come more than once: the index counts a unit once per stem). */
  stems: string[];
}

// Classes of a source code unit (pass 1) and of a normalised one (pass 2).
const SLOW = 0; // not handled here: the whole text goes the regular-expression way
const DROP = 1; // removed before splitting (marks, tatweel, invisibles)
const OTHER = 2; // a separator
const LETTER = 3;
const DIGIT = 4;
const NUM_SEP = 5; // . , ٫ ٬: inside a number when digits follow
const CODE = 6; // an inline code placeholder: a token of its own

const IN = new Uint8Array(0x10000);
const OUT = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) OUT[c] = c;
const range = (from: number, to: number, cls: number): void => {
  for (let c = from; c <= to; c++) IN[c] = cls;
};
range(0x00, 0x7f, OTHER);
range(0x30, 0x39, DIGIT);
range(0x41, 0x5a, LETTER);
range(0x61, 0x7a, LETTER);
for (let c = 0x41; c <= 0x5a; c++) OUT[c] = c + 32;
IN[0x2e] = NUM_SEP;
IN[0x2c] = NUM_SEP;
range(0x80, 0xbf, OTHER);
for (const c of [0xaa, 0xb5, 0xba]) IN[c] = SLOW; // letters
range(0x0600, 0x06ff, OTHER);
// The Arabic block's letters are the letter table's (core/arabic/letters), not a second list.
for (let c = 0x0600; c <= 0x06ff; c++) if (charClass(c) === ARABIC_LETTER) IN[c] = LETTER;
range(0x0610, 0x061a, DROP);
range(0x064b, 0x065f, DROP);
IN[0x0670] = DROP;
range(0x06d6, 0x06ed, DROP);
IN[0x0640] = DROP;
IN[0x061c] = DROP;
range(0x0653, 0x0655, SLOW); // NFC composes them with the letter before
range(0x0660, 0x0669, DIGIT);
range(0x06f0, 0x06f9, DIGIT);
for (let d = 0; d < 10; d++) {
  OUT[0x0660 + d] = 0x30 + d;
  OUT[0x06f0 + d] = 0x30 + d;
}
IN[0x066b] = NUM_SEP;
IN[0x066c] = NUM_SEP;
for (const [from, to] of [
  [0x0623, 0x0627],
  [0x0625, 0x0627],
  [0x0622, 0x0627],
  [0x0671, 0x0627],
  [0x0649, 0x064a],
  [0x0629, 0x0647],
  [0x06a9, 0x0643],
  [0x06cc, 0x064a],
  [0x06c0, 0x0647],
] as const)
  OUT[from] = to;
range(0x2002, 0x206f, OTHER); // U+2000 and U+2001 are not NFC (they become U+2002, U+2003)
range(0x200b, 0x200f, DROP);
range(0x202a, 0x202e, DROP);
range(0x2066, 0x2069, DROP);
IN[0xfeff] = DROP;
range(0xe000, 0xf8ff, CODE);

// A normalised code unit has the class of what it was folded from (digits, lower-case letters, Arabic letters).

/** Normalised text (code units), reused: one analysis at a time, synchronously. */
let buf = new Uint16Array(4096);

const SENTENCE_BOUNDS: number[] = [];

/**
 * Pass 1: the normalised code units of `text` into `buf`; returns their number, or -1 when the text needs the
 * regular-expression way. `bounds` (offsets in `text`, ascending) are rewritten as offsets in `buf`.
 */
function normalise(text: string, bounds: number[]): number {
  if (buf.length < text.length) buf = new Uint16Array(text.length * 2);
  let n = 0;
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    while (b < bounds.length && bounds[b]! <= i) bounds[b++] = n;
    const c = text.charCodeAt(i);
    const cls = IN[c]!;
    if (cls === SLOW) return -1;
    if (cls !== DROP) buf[n++] = OUT[c]!;
  }
  while (b < bounds.length) bounds[b++] = n;
  return n;
}

class Acc {
  a = 0x811c9dc5;
  b = 0x01000193 ^ 0x5bd1e995;
  count = 0;
  readonly stems: string[] = [];
  result(): TextAnalysis {
    return { key: (this.a >>> 0) * 0x100000 + (this.b >>> 12), count: this.count, stems: this.stems };
  }
}

function hashCodes(acc: Acc, from: number, to: number): void {
  let a = acc.a;
  let b = acc.b;
  for (let i = from; i < to; i++) {
    const c = buf[i]!;
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  acc.a = Math.imul(a ^ 32, 0x01000193) >>> 0;
  acc.b = Math.imul(b ^ 32, 0x5bd1e995) >>> 0;
}

function hashString(acc: Acc, s: string): void {
  let a = acc.a;
  let b = acc.b;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  acc.a = Math.imul(a ^ 32, 0x01000193) >>> 0;
  acc.b = Math.imul(b ^ 32, 0x5bd1e995) >>> 0;
}

function codesToString(from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i += 4096)
    s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(to, i + 4096)) as unknown as number[]);
  return s;
}

/**
 * Pass 2: the tokens of `buf[0, n)` into `whole`, and into `parts[k]` those inside `bounds[2k], bounds[2k+1]`;
 * false when a token is not inside one part (the parts are then analysed on their own).
 */
function tokens(n: number, whole: Acc, parts: Acc[], bounds: readonly number[]): boolean {
  const text = codesToString(0, n);
  let inside = true;
  let k = 0;
  let i = 0;
  while (i < n) {
    const cls = IN[buf[i]!]!;
    if (cls !== LETTER && cls !== DIGIT && cls !== CODE) {
      i++;
      continue;
    }
    const start = i;
    let word: string | undefined;
    let number: string | undefined;
    if (cls === CODE) i++;
    else if (cls === LETTER) {
      while (i < n && IN[buf[i]!]! === LETTER) i++;
      word = text.slice(start, i);
    } else {
      let plain = true;
      while (i < n && IN[buf[i]!]! === DIGIT) i++;
      while (i + 1 < n && IN[buf[i]!]! === NUM_SEP && IN[buf[i + 1]!]! === DIGIT) {
        plain = false;
        i++;
        while (i < n && IN[buf[i]!]! === DIGIT) i++;
      }
      if (!plain) number = numberValue(text.slice(start, i));
    }
    const stem = word === undefined ? undefined : indexStem(word);
    whole.count++;
    if (number === undefined) hashCodes(whole, start, i);
    else hashString(whole, number);
    if (stem !== undefined) whole.stems.push(stem);
    if (parts.length === 0) continue;
    while (k < parts.length && bounds[2 * k + 1]! <= start) k++;
    if (k === parts.length || bounds[2 * k]! > start || bounds[2 * k + 1]! < i) {
      inside = false;
      continue;
    }
    const p = parts[k]!;
    p.count++;
    if (number === undefined) hashCodes(p, start, i);
    else hashString(p, number);
    if (stem !== undefined) p.stems.push(stem);
  }
  return inside;
}

/** The regular-expression way (what `tokenize` does), for any text. */
function analyseSlowly(text: string): TextAnalysis {
  const acc = new Acc();
  const normalised = normalizeArabic(text.replace(INVISIBLES, '')).toLowerCase();
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(normalised); m !== null; m = TOKEN_RE.exec(normalised)) {
    acc.count++;
    const t = m[0];
    const code = t.charCodeAt(0);
    let s = t;
    if (code >= 0x30 && code <= 0x39) s = numberValue(t);
    else if (!(t.length === 1 && code >= 0xe000 && code <= 0xf8ff)) acc.stems.push(indexStem(t));
    hashString(acc, s);
  }
  return acc.result();
}

export function analyseText(text: string): TextAnalysis {
  return analyseWithParts(text, []).whole;
}

/**
 * A paragraph and its sentences (`parts`: offsets in the paragraph, ascending, white space between them) analysed
 * in one pass; each part's analysis is what `analyseText` gives for its text alone.
 */
export function analyseWithParts(
  text: string,
  parts: ReadonlyArray<{ start: number; end: number }>,
): { whole: TextAnalysis; parts: TextAnalysis[] } {
  SENTENCE_BOUNDS.length = 0;
  for (const p of parts) SENTENCE_BOUNDS.push(p.start, p.end);
  const n = normalise(text, SENTENCE_BOUNDS);
  if (n < 0) {
    return {
      whole: analyseSlowly(text),
      parts: parts.map((p) => analyseSlowly(text.slice(p.start, p.end))),
    };
  }
  const whole = new Acc();
  const accs = parts.map(() => new Acc());
  const inside = tokens(n, whole, accs, SENTENCE_BOUNDS);
  return {
    whole: whole.result(),
    parts: inside ? accs.map((a) => a.result()) : parts.map((p) => analyseText(text.slice(p.start, p.end))),
  };
}
