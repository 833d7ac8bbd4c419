/**
 * The words of a paragraph as name discovery sees them: the key, the proclitics split off (guided by the word list,
 * so a listed word is never split), whether the dictionary knows the word, its lexicon kind and cue.
 * Analyses are memoised per key for one document: a long document repeats its words.
 */
import { keyReadings, readingBaseKey } from '../arabic/clitics';
import type { ArticleForm, KeyReading } from '../arabic/clitics';
import { isFunctionWordStripped } from '../arabic/function-words';
import { stripArabicMarks } from '../arabic/normalize';
import { letterOffsets } from '../arabic/scan';
import type { ScannedWords } from '../arabic/scan';
import { foreignGiven } from '../translit/foreign/lexicon';
import { lexicon } from '../translit/lexicon';
import type { LexiconKind } from '../translit/lexicon';
import { CUES, STOP_WORDS } from './cues';
import type { Cue } from './cues';
import type { WordList } from './word-list';

export interface Word {
  /** Normalised key as written, proclitics included. */
  key: string;
  /** Letters as written, marks removed (function words are told apart on these: على is not علي). */
  written: string;
  start: number;
  end: number;
  /** Key without conjunction and preposition; the article kept, or restored when ل swallowed it (للعراق → العراق). */
  base: string;
  /** Offset in the paragraph where the base begins, and what to put back before it when the article was merged. */
  baseStart: number;
  restore: string;
  /** A conjunction or preposition was split off; `prep`: a preposition (ب ل ك) was. */
  clitic: boolean;
  prep: boolean;
  /** The dictionary lists the word (as written or once its proclitics are removed). */
  known: boolean;
  /** Unknown, but an inflection rather than a name (see isDerived). */
  derived: boolean;
  fn: boolean;
  lex?: LexiconKind;
  cue?: Cue;
  covered: boolean;
  /** Only white space separates the word from the previous one: a name never runs across punctuation. */
  joined: boolean;
}

interface KeyInfo {
  reading?: KeyReading;
  base: string;
  known: boolean;
  derived?: boolean;
  lex?: LexiconKind;
  cue?: Cue;
}

export interface Analyser {
  words(text: string, scanned: ScannedWords, covered: ReadonlyArray<readonly [number, number]>): Word[];
  wordList: WordList;
}

const RESTORE: Record<ArticleForm, string> = { none: '', explicit: '', contracted: 'ا', elided: 'ال' };

/** The lexicon kind of a normalised key (or phrase of keys joined by one space): keys need no normalising again. */
export function lexKind(key: string): LexiconKind | undefined {
  return lexicon().get(key)?.kind;
}

let firstWords: Set<string> | undefined;

/** True when some multi-word lexicon entry begins with this key: most words begin none, and skip the phrase test. */
export function startsPhrase(key: string): boolean {
  if (!firstWords) {
    firstWords = new Set();
    for (const k of lexicon().keys()) if (k.includes(' ')) firstWords.add(k.slice(0, k.indexOf(' ')));
  }
  return firstWords.has(key);
}

/** Readings that split off a conjunction or preposition, the longest prefix first. */
function splitReadings(key: string): KeyReading[] {
  return keyReadings(key)
    .filter((r) => r.prefix > 0)
    .sort((a, b) => b.prefix - a.prefix);
}

/**
 * `docKeys` holds every key of the document: an unknown word is split only when the document also writes the
 * remainder bare (ودرزاب next to درزاب), or when the split is a conjunction; بهسود stays بهسود.
 */
export function analyser(wordList: WordList, docKeys: ReadonlySet<string>): Analyser {
  const memo = new Map<string, KeyInfo>();
  const writtenMemo = new Map<string, string>();
  const info = (key: string): KeyInfo => {
    let hit = memo.get(key);
    if (!hit) {
      hit = analyseKey(key, wordList, docKeys);
      if (!hit.known) hit.derived = isDerived(hit.base, wordList);
      memo.set(key, hit);
    }
    return hit;
  };
  return {
    wordList,
    words(text, scanned, covered) {
      return scanned.keys.map((key, i) => {
        const start = scanned.starts[i] as number;
        const end = scanned.ends[i] as number;
        const k = info(key);
        const raw = text.slice(start, end);
        let written = writtenMemo.get(raw);
        if (written === undefined) {
          written = stripArabicMarks(raw);
          writtenMemo.set(raw, written);
        }
        const fn = isFunctionWordStripped(written) || STOP_WORDS.has(key);
        const prefix = k.reading?.prefix ?? 0;
        return {
          key,
          written,
          start,
          end,
          base: k.base,
          // Without marks or tatweel the key's letters are the written characters: no need to map offsets.
          baseStart:
            prefix === 0
              ? start
              : raw.length === key.length
                ? start + prefix
                : (letterOffsets(text, start, end)[prefix] ?? start),
          restore: k.reading ? RESTORE[k.reading.article] : '',
          clitic: prefix > 0,
          prep: (k.reading?.preposition ?? '') !== '',
          known: k.known || fn,
          derived: k.derived === true,
          fn,
          lex: fn ? undefined : k.lex,
          cue: k.cue,
          covered: covered.length > 0 && covered.some(([s, e]) => start < e && end > s),
          joined: scanned.joined[i] === true,
        };
      });
    },
  };
}

function analyseKey(key: string, wordList: WordList, docKeys: ReadonlySet<string>): KeyInfo {
  const split = splitReadings(key);
  let cue = CUES.get(key);
  if (!cue) {
    // A cue keeps its force behind a conjunction or preposition (وتنظيم داعش, بولاية جوزجان), not behind the article.
    for (const r of split) {
      if (r.article !== 'none') continue;
      cue = CUES.get(readingBaseKey(key, r));
      if (cue) break;
    }
  }
  const withCue = cue ? { cue } : {};
  const exact = wordList.hasExact(key);
  // Foreign given names (سيرغي, أولاف, رجب طيب in a Turkish name) count as given names, listed or not.
  const lex = lexKind(key) ?? (key.length >= 3 && foreignGiven(key).length > 0 ? 'given' : undefined);
  if (lex) return { base: key, known: exact, lex, ...withCue };
  for (const r of split) {
    const base = readingBaseKey(key, r);
    const l = lexKind(base);
    if (l) return { reading: r, base, known: wordList.hasExact(base), lex: l, ...withCue };
  }
  if (exact) return { base: key, known: true, ...withCue };
  for (const r of split) {
    const base = readingBaseKey(key, r);
    // A preposition never takes a verb: ب + يدرسون is بيدرسون (Pedersen), not "with they study".
    if (r.preposition !== '' && /^[يت].{2,}(?:ون|ان)$/.test(base)) continue;
    if (wordList.hasExact(base) || wordList.hasExact(key.slice(r.bare)))
      return { reading: r, base, known: true, ...withCue };
  }
  for (const r of split) {
    const base = readingBaseKey(key, r);
    if (base.length >= 3 && docKeys.has(base)) return { reading: r, base, known: false, ...withCue };
  }
  const conj = split.find((r) => r.preposition === '' && (r.article === 'none' || r.article === 'explicit'));
  // ف before ر or ل starting an unknown word is more often a foreign fr-, fl-, vl- (فرانك, فلوريدا, فلاديمير) than
  // the conjunction: such a word stays whole unless the document writes the rest bare (checked above).
  if (conj && /^ف[رل]/.test(key) && key.length >= 5) return { base: key, known: false, ...withCue };
  if (conj && key.length - conj.prefix >= 4)
    return { reading: conj, base: readingBaseKey(key, conj), known: false, ...withCue };
  return { base: key, known: false, ...withCue };
}

/**
 * After a cue a name takes no preposition (مدينة بلخمري is not "city for my wine"): a word the dictionary knows
 * only once split is read whole again. Words listed whole (سجن لحركة) keep their split.
 */
export function unsplit(w: Word, wordList: WordList): void {
  if (!w.clitic || w.lex || wordList.hasExact(w.key)) return;
  wholeWord(w);
  Object.assign(w, { known: false, derived: isDerived(w.key, wordList) });
}

/** Reads the word whole, its first letters no longer a clitic. */
export function wholeWord(w: Word): void {
  Object.assign(w, { base: w.key, baseStart: w.start, restore: '', clitic: false, prep: false, lex: undefined });
}

/** Letters of a key without its article. */
export function bareLength(key: string): number {
  return key.startsWith('ال') ? key.length - 2 : key.length;
}

export const isDefinite = (w: Word): boolean => w.base.startsWith('ال') && w.base.length > 3;

/**
 * Unknown words that are inflections the dictionary lacks rather than names: participles of derived verb forms
 * (متزعم, متزعمين, مستهدفين) and a known stem with a plural or pronoun suffix.
 */
export function isDerived(base: string, wordList: WordList): boolean {
  const bare = base.startsWith('ال') ? base.slice(2) : base;
  if (/^(مت|مست)/.test(bare) && bare.length >= 5) return true;
  const m = /^(.{3,})(ين|ون|ات|ها|هم|هما|كم|نا)$/.exec(bare);
  return m !== null && wordList.hasExact(m[1] as string);
}

/** An indefinite dictionary word shaped like an adjective agreeing with the cue (منطقة آمنة, تنظيم إرهابي, حركة مسلحة). */
export function adjectiveShaped(w: Word): boolean {
  return /(ة|ي|ية)$/.test(w.written) || (w.base.startsWith('م') && w.base.length >= 4);
}

/**
 * A nisba of a lexicon place (الأوزبكستاني ← أوزبكستان, العراقي ← العراق, الأمريكي ← أمريكا): after a person's
 * name it is an epithet the glossary keeps as its own entry, unlike a family name (الأسد, الجبوري, الدوبرداني).
 */
export function isGeoNisba(w: Word): boolean {
  if (!isDefinite(w) || !w.base.endsWith('ي') || w.base.length < 6) return false;
  const stem = w.base.slice(2, -1);
  const placeLike = (k: string): boolean => {
    const l = lexKind(k);
    return l === 'place' || l === 'country';
  };
  return [stem, `ال${stem}`, `${stem}ستان`, `${stem}يا`, `${stem}يه`, `${stem}ا`].some(placeLike);
}

/** A word that can stand in a run of names: absent from the dictionary or a lexicon personal name, with no clitic. */
export function nameLike(w: Word | undefined): boolean {
  if (!w || w.covered || w.fn || w.clitic || w.cue) return false;
  if (w.lex === 'given' || w.lex === 'family') return true;
  // Persian and Pashto surnames: a given name with the nisba ي (إبراهيمي, محمدي), written without the article.
  if (w.base.length >= 5 && w.base.endsWith('ي') && lexKind(w.base.slice(0, -1)) === 'given') return true;
  return !w.known && !w.lex && bareLength(w.base) >= 3 && !w.derived;
}
