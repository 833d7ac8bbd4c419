/**
 * Finds glossary terms in a paragraph. For each word: the whole word first (when it is itself a term it wins over
 * any clitic reading: ولاية, بغداد, وردك), else every proclitic reading (و/ف, ب/ل/ك, ال) looked up in the index.
 * Multi-word terms take clitics on their first word only and must be contiguous; the longest match wins and
 * overlaps resolve leftmost-longest. Spans are offsets into the original paragraph.
 * A single-word name found only through a letter fold goes through the homograph guard (homograph-guard.ts).
 */
import { keyReadings } from '../arabic/clitics';
import type { KeyReading } from '../arabic/clitics';
import { FUNCTION_WORD_KEYS, isFunctionWordStripped } from '../arabic/function-words';
import { splitJoinedForm } from '../arabic/joined-names';
import { stripArabicMarks } from '../arabic/normalize';
import { letterOffsets, scanWords } from '../arabic/scan';
import type { ScannedWords } from '../arabic/scan';
import type { GlossaryIndex, IndexEntry } from './build-index';
import { contextSaysName, foldVerdict } from './homograph-guard';
import type { GlossaryMatch } from './types';

const ARTICLE = 'ال';
/** The reading of a word without any clitic. */
const WHOLE: KeyReading = { conjunction: '', preposition: '', prefix: 0, article: 'none', bare: 0 };
/** First letters of words that have other readings: و ف ب ل ك, and ا of the article. Most words have none. */
const CLITIC_START: ReadonlySet<number> = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643, 0x0627]);

/** Which entries a lookup may reach, given how the article was read. */
type Need = 0 | 1 | 2;
/** No article split off: the looked-up letters are the entry's own. */
const ANY: Need = 0;
/** The text has a contracted or elided article: only entries that have it. */
const ARTICLE_TERM: Need = 1;
/** The text has an article the entry lacks: only common terms (term, date, title). */
const COMMON_WITHOUT_ARTICLE: Need = 2;

interface Candidate {
  entry: IndexEntry;
  /** Index of the key letter of the first word where the span starts. */
  spanLetter: number;
  /** Index of the text word where the match starts, and of the last one covered. */
  firstWord: number;
  lastWord: number;
  start: number;
  end: number;
  /** A homograph with no cue around it: kept only when a name stands next to it (checked once all are found). */
  tentative: boolean;
}

/** Per-paragraph state: the scanned words and, computed only for words with candidates, their written forms. */
class Paragraph {
  readonly words: ScannedWords;
  private readonly written: Array<string | undefined> = [];
  constructor(readonly text: string) {
    this.words = scanWords(text);
  }
  /** The word as written without marks: aligned letter for letter with its key. */
  writtenAt(i: number): string {
    let w = this.written[i];
    if (w === undefined) {
      w = stripArabicMarks(this.text.slice(this.words.starts[i], this.words.ends[i]));
      this.written[i] = w;
    }
    return w;
  }
  /** True when letters `from..` of word i (key `key`) spell a function word as written. */
  isFunctionWordAt(i: number, key: string, from: number): boolean {
    if (!FUNCTION_WORD_KEYS.has(from === 0 ? key : key.slice(from))) return false; // cheap filter on the key
    return isFunctionWordStripped(this.writtenAt(i).slice(from));
  }
}

/** Whether `entry` may be read at word i through reading `r`, the span starting at key letter `spanLetter`. */
function allowed(
  p: Paragraph,
  i: number,
  key: string,
  r: KeyReading,
  need: Need,
  entry: IndexEntry,
  spanLetter: number,
): boolean {
  if (need === ARTICLE_TERM && !entry.hasArticle) return false;
  if (need === COMMON_WITHOUT_ARTICLE && (entry.hasArticle || entry.proper)) return false;
  // Short person names take only و/ف: بعمر is "at the age of", not "with Omar".
  if (r.preposition !== '' && entry.term.kind === 'person' && entry.letters <= 3) return false;
  // ك attaches only to article terms or long ones: كامل is "complete", not ك + أمل.
  if (r.preposition === 'ك' && !entry.hasArticle && r.article === 'none' && entry.letters < 4) return false;
  // Two-letter terms match only as written, hamza and madda included: باب is not ب + آب. A variant counts as
  // written: a glossary that lists اب beside إب finds both.
  if (entry.letters === 2 && !entry.spellings.includes(p.writtenAt(i).slice(spanLetter))) return false;
  // A multi-word name whose first word differs from the text only by a hamza folds to a function word (ام قصر for
  // أم قصر, أم درمان written ام): the words after it decide, as they do for سي اي ايه. ى/ي is no such case: على
  // حسن is "on Hassan" whatever names follow.
  const pastFunctionWord =
    entry.words.length > 1 && hamzaOnly(p.writtenAt(i).slice(spanLetter), entry.written[0] as string);
  // A function word is never split into clitic + fragment (لدى is not ل + دى) ...
  if (p.isFunctionWordAt(i, key, 0) && r.prefix > 0) return false;
  if (r.conjunction !== '' && r.preposition !== '' && p.isFunctionWordAt(i, key, 1)) return false;
  // ... and never matched through a fold (على is not علي). After a contracted or elided article the letters are
  // article + noun fused (لله), not a word of their own, so they are not compared with the list.
  const fused = r.article === 'contracted' || r.article === 'elided';
  if (!fused && !pastFunctionWord && p.isFunctionWordAt(i, key, r.prefix)) {
    if (need !== ANY || p.writtenAt(i).slice(r.prefix) !== entry.written[0]) return false;
  }
  if (entry.functionWord && !pastFunctionWord && p.writtenAt(i).slice(spanLetter) !== entry.written[0]) return false;
  return true;
}

const ALEFS: ReadonlySet<string> = new Set(['ا', 'أ', 'إ', 'آ', 'ٱ']);

/** True when `a` and `b` differ only in alef forms (ام / أم), letter for letter. */
function hamzaOnly(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++)
    if (a[k] !== b[k] && !(ALEFS.has(a[k] as string) && ALEFS.has(b[k] as string))) return false;
  return true;
}

/** The word as a dictionary lists it: conjunction and preposition removed, a contracted or elided article restored. */
function dictionaryForm(p: Paragraph, i: number, r: KeyReading): string {
  const rest = p.writtenAt(i).slice(r.prefix);
  if (r.article === 'contracted') return 'ا' + rest;
  if (r.article === 'elided') return 'ال' + rest;
  return rest;
}

/**
 * The homograph guard for a single-word name: undefined when it may not match here, else whether it is tentative
 * (a homograph with no cue around it). Multi-word names are not guarded: the next word decides.
 */
function guard(
  index: GlossaryIndex,
  p: Paragraph,
  i: number,
  r: KeyReading,
  entry: IndexEntry,
  spanLetter: number,
): boolean | undefined {
  if (!entry.proper || entry.words.length > 1) return false;
  const verdict = foldVerdict(
    p.writtenAt(i).slice(spanLetter),
    entry.spellings,
    dictionaryForm(p, i, r),
    index.isCommonWord,
  );
  if (verdict === 'match') return false;
  if (verdict === 'refuse') return undefined;
  return !contextSaysName(p.words, i, entry.term.kind);
}

/**
 * Matches `entry.words[from..]` against the text words from `next` on (contiguous only; a joined name in the text
 * may stand for two term words). Returns the index of the last text word covered, or -1.
 */
function matchRest(p: Paragraph, entry: IndexEntry, from: number, next: number, firstWord: number): number {
  const { keys, joined } = p.words;
  const words = entry.words;
  let k = from;
  let j = next;
  let last = firstWord;
  while (k < words.length) {
    if (j >= keys.length || !joined[j]) return -1;
    const key = keys[j] as string;
    if (key === words[k]) {
      // No function-word check here: after the first word the phrase itself disambiguates (سي اي ايه is the CIA).
      k += 1;
    } else {
      const split = splitJoinedForm(key);
      if (!split || split[0] !== words[k] || split[1] !== words[k + 1]) return -1;
      k += 2;
    }
    last = j;
    j++;
  }
  return last;
}

function better(a: Candidate, b: Candidate | undefined): boolean {
  if (!b) return true;
  if (a.end !== b.end) return a.end > b.end;
  if (a.start !== b.start) return a.start < b.start;
  if (a.tentative !== b.tentative) return !a.tentative;
  return a.entry.order < b.entry.order;
}

/** Tries one lookup key at word i; keeps the best candidate in `best`. */
function tryLookup(
  index: GlossaryIndex,
  p: Paragraph,
  i: number,
  key: string,
  r: KeyReading,
  lookup: string,
  need: Need,
  spanLetter: number,
  best: { c: Candidate | undefined },
): void {
  tryBucket(index, p, i, key, r, lookup, undefined, need, spanLetter, best);
  const split = splitJoinedForm(lookup);
  if (split) tryBucket(index, p, i, key, r, split[0], split[1], need, spanLetter, best);
}

/** Tries the entries whose first word is `first`; `pending` is the second half of a joined name, to be consumed. */
function tryBucket(
  index: GlossaryIndex,
  p: Paragraph,
  i: number,
  key: string,
  r: KeyReading,
  first: string,
  pending: string | undefined,
  need: Need,
  spanLetter: number,
  best: { c: Candidate | undefined },
): void {
  const bucket = index.byFirstWord.get(first);
  if (!bucket) return;
  for (const entry of bucket) {
    let rest = 1;
    if (pending !== undefined) {
      // A joined name must be consumed whole: the term's second word is its second half.
      if (entry.words[1] !== pending) continue;
      rest = 2;
    }
    if (!allowed(p, i, key, r, need, entry, spanLetter)) continue;
    const last = rest >= entry.words.length ? i : matchRest(p, entry, rest, i + 1, i);
    if (last < 0) continue;
    const tentative = pending === undefined ? guard(index, p, i, r, entry, spanLetter) : false;
    if (tentative === undefined) continue;
    const { starts, ends } = p.words;
    const start =
      spanLetter === 0 ? (starts[i] as number) : (letterOffsets(p.text, starts[i], ends[i])[spanLetter] as number);
    const c: Candidate = {
      entry,
      spanLetter,
      firstWord: i,
      lastWord: last,
      start,
      end: ends[last] as number,
      tentative,
    };
    if (better(c, best.c)) best.c = c;
  }
}

/** The best match starting in word i, or undefined. */
function bestAt(index: GlossaryIndex, p: Paragraph, i: number): Candidate | undefined {
  const key = p.words.keys[i] as string;
  if (key.length < 2) return undefined;
  const best: { c: Candidate | undefined } = { c: undefined };
  // The whole word first: when it is itself a term, no clitic reading is tried.
  tryLookup(index, p, i, key, WHOLE, key, ANY, 0, best);
  if (best.c || !CLITIC_START.has(key.charCodeAt(0))) return best.c;
  const readings = keyReadings(key);
  for (let n = 0; n < readings.length; n++) {
    const r = readings[n] as KeyReading;
    switch (r.article) {
      case 'none':
        if (n > 0) tryLookup(index, p, i, key, r, key.slice(r.prefix), ANY, r.prefix, best);
        break;
      case 'explicit':
        // With the article written, an article term was already found by the 'none' reading (same letters);
        // what is new is a common term without the article: والولاية → ولاية.
        tryLookup(index, p, i, key, r, key.slice(r.bare), COMMON_WITHOUT_ARTICLE, r.bare, best);
        break;
      case 'contracted':
        tryLookup(index, p, i, key, r, ARTICLE + key.slice(r.bare), ARTICLE_TERM, r.prefix, best);
        tryLookup(index, p, i, key, r, key.slice(r.bare), COMMON_WITHOUT_ARTICLE, r.bare, best);
        break;
      case 'elided':
        tryLookup(index, p, i, key, r, ARTICLE + key.slice(r.bare), ARTICLE_TERM, r.prefix, best);
        break;
    }
  }
  return best.c;
}

/** All glossary matches in `text`, sorted by start, none overlapping. */
export function matchText(index: GlossaryIndex, text: string): GlossaryMatch[] {
  if (index.size === 0) return [];
  const p = new Paragraph(text);
  const n = p.words.keys.length;
  const found: Candidate[] = [];
  let i = 0;
  while (i < n) {
    const c = bestAt(index, p, i);
    if (c) {
      found.push(c);
      i = c.lastWord + 1;
    } else {
      i++;
    }
  }
  const matches: GlossaryMatch[] = [];
  found.forEach((c, k) => {
    // A homograph with no cue stands only beside another name: «بين جده والرياض», «حمص وحماه».
    if (c.tentative && !besideName(p, found, k)) return;
    const m: GlossaryMatch = { start: c.start, end: c.end, text: text.slice(c.start, c.end), term: c.entry.term };
    if (c.entry.letters === 2) m.shortTerm = true;
    matches.push(m);
  });
  return matches;
}

/** True when a sure match ends on the word before candidate k or starts on the word after it, space between. */
function besideName(p: Paragraph, found: readonly Candidate[], k: number): boolean {
  const c = found[k] as Candidate;
  const prev = found[k - 1];
  const next = found[k + 1];
  const { joined } = p.words;
  if (prev && !prev.tentative && prev.lastWord === c.firstWord - 1 && joined[c.firstWord]) return true;
  return Boolean(next && !next.tentative && next.firstWord === c.lastWord + 1 && joined[next.firstWord]);
}
