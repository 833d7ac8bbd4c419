/**
 * Sentence splitting for sub-segment units. Arabic sentences end at . ؟ ? ! (and at the line ends of a headline);
 * English ones at . ? ! but not after abbreviations (U.S., Dr., No. …), initials or inside numbers (2.5, 1,250.75).
 * Closing quotes and brackets after the mark belong to the sentence that ends. A split needs white space after it.
 */

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '}', '›']);
const AR_ENDS = new Set(['.', '؟', '?', '!']);
const EN_ENDS = new Set(['.', '?', '!']);

/** Words that end in a full stop without ending the sentence (lower-cased, without the stop). */
const EN_ABBREVIATIONS = new Set([
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'dr',
  'no',
  'nos',
  'mr',
  'mrs',
  'ms',
  'st',
  'jr',
  'sr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'gov',
  'sen',
  'rep',
  'rev',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'dept',
  'est',
  'fig',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'a.m',
  'p.m',
  'vol',
  'pp',
  'art',
  'para',
]);

export interface Sentence {
  text: string;
  /** UTF-16 offsets in the paragraph. */
  start: number;
  end: number;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  if (t) out.push({ text: t, start: start + lead, end: start + lead + t.length });
}

// Module-level functions, no closures per call: this runs on every unit imported.
function split(text: string, isEnd: (text: string, i: number) => boolean): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  // Only the marks and line ends are visited, not every character.
  const marks = /[.?!\u061F\n]/g;
  for (let found = marks.exec(text); found !== null; found = marks.exec(text)) {
    const i = found.index;
    const c = text[i]!;
    if (c === '\n') {
      pushSentence(out, text, start, i);
      start = i;
      continue;
    }
    if (!isEnd(text, i)) continue;
    let j = i + 1;
    while (j < text.length && (CLOSERS.has(text[j]!) || isEndChar(text[j]!))) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    pushSentence(out, text, start, j);
    start = j;
    marks.lastIndex = j;
  }
  pushSentence(out, text, start, text.length);
  return out;
}

function isEndChar(c: string): boolean {
  return c === '.' || c === '?' || c === '!' || c === '؟';
}

function arabicEnd(text: string, i: number): boolean {
  const c = text[i]!;
  if (!AR_ENDS.has(c)) return false;
  // 2.5 and ١.٥: a point between digits is a decimal point.
  return !(c === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
}

export function splitArabicSentences(text: string): Sentence[] {
  return split(text, arabicEnd);
}

function englishEnd(text: string, i: number): boolean {
  const c = text[i]!;
  if (!EN_ENDS.has(c)) return false;
  if (c !== '.') return true;
  if (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  const bare = word.replace(/^\.+/, '').toLowerCase();
  if (EN_ABBREVIATIONS.has(bare)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: J. Smith
  // The next sentence begins with a capital, a digit or a quote; anything else continues this one.
  let j = i + 1;
  while (j < text.length && (CLOSERS.has(text[j]!) || /\s/.test(text[j]!))) j++;
  return j >= text.length || /[\p{Lu}\d"“‘«(]/u.test(text[j]!);
}

export function splitEnglishSentences(text: string): Sentence[] {
  return split(text, englishEnd);
}

/** Sentence pairs of a confirmed paragraph, or none when the two sides split into different numbers of sentences. */
export function sentencePairs(source: string, target: string): Array<{ source: Sentence; target: Sentence }> {
  const a = splitArabicSentences(source);
  const e = splitEnglishSentences(target);
  if (a.length < 2 || a.length !== e.length) return [];
  return a.map((s, k) => ({ source: s, target: e[k]! }));
}
