/**
 * Proclitic readings of an Arabic word. Each is optional, in this order: the conjunction و or ف, then the
 * preposition ب, ل or ك, then the article ال. ل followed by ال is written لل (للعراق = ل + العراق), and when the
 * noun itself begins with ل the article's lam merges too (للاذقية = ل + اللاذقية, لله = ل + الله).
 * A word has few readings (at most a dozen), so a matcher can try each one against a hash map.
 */
import { normalizeArabic } from './normalize';
import { letterOffsets, scanWords } from './scan';

/**
 * How the article appears in a reading:
 * - `none`: no article split off (the stem may still begin with ال, as the term العراق does);
 * - `explicit`: ال written (بالعراق, والولاية);
 * - `contracted`: after ل the article is written as one ل (للعراق: the second ل is the article);
 * - `elided`: after ل, before a noun beginning with ل, the article is not written at all (للاذقية, لله).
 */
export type ArticleForm = 'none' | 'explicit' | 'contracted' | 'elided';

/** A reading on the normalised key: letter indices into the key. */
export interface KeyReading {
  conjunction: string; // '' | 'و' | 'ف'
  preposition: string; // '' | 'ب' | 'ل' | 'ك'
  /** Letters of conjunction + preposition. */
  prefix: number;
  article: ArticleForm;
  /** Index of the first letter of the noun without its article. */
  bare: number;
}

/** A reading on the word as written: UTF-16 offsets into it, original letters kept. */
export interface CliticReading {
  /** Length of the conjunction and preposition as written (with their marks): where a match of an article term starts. */
  prefixLength: number;
  article: boolean;
  /** The noun without clitics or article, as written (for `elided`, it begins with the noun's own ل). */
  stem: string;
  /** Offset of `stem` in the word. */
  stemStart: number;
  conjunction: string;
  preposition: string;
  articleForm: ArticleForm;
  /** The dictionary form: the article restored when the reading has one (للعراق → العراق, لله → الله). */
  base: string;
}

const ALEF = 'ا';
const LAM = 'ل';
/** A stem shorter than this is never split off: one letter is not a noun. */
const MIN_STEM = 2;

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const LAM_CODE = 0x0644;
const KAF = 0x0643;
const ALEF_CODE = 0x0627;

/** All proclitic readings of a normalised word key, the bare word first. Hot path: no intermediate arrays. */
export function keyReadings(key: string): KeyReading[] {
  const out: KeyReading[] = [];
  if (key.length < MIN_STEM) return out;
  withPreposition(out, key, '', 0);
  const first = key.charCodeAt(0);
  if ((first === WAW || first === FA) && key.length - 1 >= MIN_STEM) withPreposition(out, key, key[0] as string, 1);
  return out;
}

function withPreposition(out: KeyReading[], key: string, conjunction: string, c: number): void {
  withArticle(out, key, conjunction, '', c);
  const p = key.charCodeAt(c);
  if ((p === BA || p === LAM_CODE || p === KAF) && key.length - c - 1 >= MIN_STEM) {
    withArticle(out, key, conjunction, key[c] as string, c + 1);
  }
}

function withArticle(out: KeyReading[], key: string, conjunction: string, preposition: string, prefix: number): void {
  const n = key.length;
  out.push({ conjunction, preposition, prefix, article: 'none', bare: prefix });
  if (key.charCodeAt(prefix) === ALEF_CODE && key.charCodeAt(prefix + 1) === LAM_CODE && n - prefix - 2 >= MIN_STEM) {
    out.push({ conjunction, preposition, prefix, article: 'explicit', bare: prefix + 2 });
  }
  if (preposition === LAM && key.charCodeAt(prefix) === LAM_CODE) {
    if (n - prefix - 1 >= MIN_STEM)
      out.push({ conjunction, preposition, prefix, article: 'contracted', bare: prefix + 1 });
    out.push({ conjunction, preposition, prefix, article: 'elided', bare: prefix });
  }
}

/** The form a reading names, on the key: the article put back when it was contracted or elided. */
export function readingBaseKey(key: string, r: KeyReading): string {
  switch (r.article) {
    case 'none':
    case 'explicit':
      return key.slice(r.prefix);
    case 'contracted':
      return ALEF + key.slice(r.prefix);
    case 'elided':
      return ALEF + LAM + key.slice(r.prefix);
  }
}

/**
 * All readings of the proclitics of one written word (the bare word first), with offsets into it.
 * Marks and tatweel after a clitic letter belong to that clitic.
 */
export function cliticReadings(word: string): CliticReading[] {
  const scanned = scanWords(word);
  const key = scanned.keys[0];
  if (key === undefined) return [];
  const offsets = letterOffsets(word, scanned.starts[0], scanned.ends[0]);
  return keyReadings(key).map((r) => {
    const prefixLength = r.prefix === 0 ? 0 : (offsets[r.prefix] as number);
    const stemStart = r.bare === 0 ? 0 : (offsets[r.bare] as number);
    const stem = word.slice(stemStart);
    const afterPrefix = word.slice(prefixLength);
    const base =
      r.article === 'contracted' ? ALEF + afterPrefix : r.article === 'elided' ? ALEF + LAM + afterPrefix : afterPrefix;
    return {
      prefixLength,
      article: r.article !== 'none',
      stem,
      stemStart,
      conjunction: r.conjunction,
      preposition: r.preposition,
      articleForm: r.article,
      base,
    };
  });
}

const HAMZA_ALEFS = new Set(['أ', 'إ', 'آ']);
/** A clitic is only stripped when what remains is a plausible noun: at least three letters. */
const MIN_BASE_STEM = 3;

/**
 * The base form the "add term" dialog proposes for a word met in the text, keeping its letters as written:
 * the conjunction and preposition are dropped, the article kept (والولاية → الولاية, للعراق → العراق,
 * وبأفغانستان → أفغانستان). Without a glossary the split is a guess, so only the safe cases are stripped:
 * a reading with an article, or a clitic before a hamza-alef (no native word starts وأ، بأ، لإ... with a long stem).
 * Anything else (ودرزاب, ولاية) is returned as written: the translator edits the proposal.
 */
export function stripClitics(word: string): string {
  const trimmed = word.trim();
  const readings = cliticReadings(trimmed);
  let best: CliticReading | undefined;
  let bestPrefix = -1;
  for (const r of readings) {
    if (r.prefixLength === 0) continue;
    // An elided article's stem carries the noun's own ل (لله → الله), so it may be one letter shorter.
    const minStem = r.articleForm === 'elided' ? MIN_BASE_STEM - 1 : MIN_BASE_STEM;
    if (normalizeArabic(r.stem).length < minStem) continue;
    const withArticle = r.article;
    const beforeHamza = r.articleForm === 'none' && HAMZA_ALEFS.has(firstLetter(trimmed.slice(r.prefixLength)));
    if (!withArticle && !beforeHamza) continue;
    // Prefer the longest prefix; among equal prefixes the contracted article over the elided one.
    if (r.prefixLength > bestPrefix || (r.prefixLength === bestPrefix && best?.articleForm === 'elided')) {
      best = r;
      bestPrefix = r.prefixLength;
    }
  }
  return best ? best.base : trimmed;
}

function firstLetter(s: string): string {
  const m = /[\u0620-\u064A\u0671-\u06D3]/.exec(s);
  return m ? m[0] : '';
}
