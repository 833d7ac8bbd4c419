/**
 * Where names are in a paragraph's words: after cue words, in name shapes (X الله, أبو X, عبد الX, name runs),
 * as lexicon names and institution names, or as words the dictionary lacks. Each finder returns word spans;
 * discover.ts turns them into candidates and collects every occurrence afterwards.
 */
import type { LexiconKind } from '../translit/lexicon';
import { judgeOrigin } from '../translit/foreign/origin';
import {
  AMBIGUOUS_NAMES,
  FILIATION,
  GENERIC_PLACES,
  INSTITUTION_HEADS,
  KUNYA,
  NAME_TAILS,
  NOT_THEOPHORIC,
  PLACE_HEADS,
  TITLES,
} from './cues';
import type { Cue, NameKind } from './cues';
import {
  adjectiveShaped,
  bareLength,
  isDefinite,
  isGeoNisba,
  lexKind,
  nameLike,
  startsPhrase,
  unsplit,
  wholeWord,
} from './words';
import type { Word } from './words';
import type { WordList } from './word-list';

export interface Span {
  from: number;
  /** Index of the last word, inclusive. */
  to: number;
  kind: NameKind;
  /** How much this sighting says about the kind: lexicon 3, cue 2, shape 1, a guess less. */
  weight: number;
}

/** Last parts of Persian and Pashto compound surnames that are also Arabic words (خليل زاد). */
const PERSIAN_TAILS: ReadonlySet<string> = new Set(['زاد', 'زاده', 'زي', 'يار', 'وال']);
/** Definite ي-adjectives that describe the person rather than name him (أبو محمد الإرهابي). */
const NOT_SURNAMES: ReadonlySet<string> = new Set([
  'الارهابي',
  'التكفيري',
  'الحالي',
  'الثاني',
  'الاول',
  'الميداني',
  'الامني',
  'العسكري',
  'الشرعي',
  'الاداري',
  'الاعلامي',
  'المالي',
  'السياسي',
  'الدولي',
  'المحلي',
  'الذاتي',
]);

const MAX_PHRASE = 4;
const MAX_PERSON = 5;

export function kindOfLex(l: LexiconKind | undefined): NameKind | undefined {
  if (l === 'place' || l === 'country') return 'place';
  if (l === 'org') return 'org';
  if (l === 'given' || l === 'family') return 'person';
  return undefined;
}

const free = (w: Word | undefined): w is Word => w !== undefined && !w.covered && !w.fn;
/** A word inside a name after its first word: no clitic may start it. */
const inner = (w: Word | undefined): w is Word => free(w) && !w.clitic && w.joined;

/**
 * False for the common word that no finder could start a name on (known, no lexicon kind, no cue, no name
 * shape): lets discovery skip most words of a long document at once.
 */
export function mayStartName(words: readonly Word[], i: number): boolean {
  const w = words[i] as Word;
  if (!w.known || w.lex || w.cue || startsPhrase(w.base) || INSTITUTION_HEADS.has(w.base)) return true;
  return KUNYA.has(w.base) || FILIATION.has(w.base) || w.base === 'عبد' || NAME_TAILS.has(words[i + 1]?.key ?? '');
}

/** A multi-word lexicon entry starting at `i` (دير الزور, الولايات المتحدة, سي آي إيه), longest first. */
export function lexiconPhrase(words: readonly Word[], i: number): { to: number; kind: LexiconKind } | undefined {
  const first = words[i];
  if (!free(first)) return undefined;
  // The word may have been split for a single-word reading (لشكر as ل + شكر) that the phrase (لشكر غاه) undoes.
  for (const head of first.key === first.base ? [first.base] : [first.base, first.key]) {
    if (!startsPhrase(head)) continue;
    for (let n = MAX_PHRASE; n >= 2; n--) {
      const rest = words.slice(i + 1, i + n);
      if (rest.length !== n - 1 || !rest.every((w) => !w.covered && !w.clitic)) continue;
      const kind = lexKind([head, ...rest.map((w) => w.key)].join(' '));
      if (!kind || kind === 'title') continue;
      if (head !== first.base) wholeWord(first);
      return { to: i + n - 1, kind };
    }
  }
  return undefined;
}

/** A single lexicon place or organisation that is not also a frequent common word. */
export function lexiconName(w: Word): NameKind | undefined {
  if (!free(w) || AMBIGUOUS_NAMES.has(w.base)) return undefined;
  return w.lex === 'place' || w.lex === 'country' || w.lex === 'org' ? kindOfLex(w.lex) : undefined;
}

/** Institution names: a head and two or more definite words (المخابرات المركزية الأمريكية, مجلس الأمن الدولي). */
export function institution(words: readonly Word[], i: number): Span | undefined {
  const w = words[i] as Word;
  if (!free(w) || !INSTITUTION_HEADS.has(w.base)) return undefined;
  let to = i;
  while (to - i < MAX_PHRASE && inner(words[to + 1]) && isDefinite(words[to + 1] as Word)) to++;
  return to - i >= 2 ? { from: i, to, kind: 'org', weight: 2 } : undefined;
}

/**
 * The rest of a person's name from `from`: X الله / X الدين tails, بن/ابن X, عبد الX, further names, a family name
 * with the article (بشار الأسد). A nisba of a place (الأوزبكستاني) is left out: it is listed as its own entry.
 */
/** The run so far is a kunya and one name (أبو محمد), whether it starts at the kunya or just after it. */
function afterKunya(words: readonly Word[], from: number, to: number): boolean {
  const at = KUNYA.has((words[from] as Word).base)
    ? from
    : from > 0 && KUNYA.has((words[from - 1] as Word).base)
      ? from - 1
      : -1;
  return at >= 0 && to - at === 1;
}

export function personRun(words: readonly Word[], from: number): number {
  let to = from;
  while (to - from < MAX_PERSON - 1) {
    const next = words[to + 1];
    const after = words[to + 2];
    if (!inner(next) || next.cue) break;
    if ((words[to] as Word).key === 'عبد' && isDefinite(next))
      to++; // عبد الرؤوف
    else if (NAME_TAILS.has(next.key) && !NAME_TAILS.has((words[to] as Word).key)) to++;
    else if (FILIATION.has(next.key) && inner(after) && (nameLike(after) || after.known)) to += 2;
    else if (next.key === 'عبد' && inner(after) && isDefinite(after)) to += 2;
    // A nom de guerre keeps its nisba (أبو محمد الجولاني, أبو بكر البغدادي): one name.
    else if (isGeoNisba(next) && afterKunya(words, from, to)) to++;
    else if (isGeoNisba(next)) break;
    else if (PERSIAN_TAILS.has(next.key) && to > from) to++;
    else if (isDefinite(next) && NAME_TAILS.has(after?.key ?? '') && inner(after))
      to += 2; // خليل العبد الله
    else if (isDefinite(next) && (next.lex === 'family' || (next.key.endsWith('ي') && !NOT_SURNAMES.has(next.key))))
      to++;
    else if (nameLike(next) && !isDefinite(next)) to++;
    else break;
  }
  return to;
}

/** X الله without a cue: X must not be a word that makes a pious phrase with الله (إن شاء الله, رحمه الله). */
function theophoric(words: readonly Word[], i: number): boolean {
  const w = words[i] as Word;
  const next = words[i + 1];
  if (!free(w) || !inner(next) || !NAME_TAILS.has(next.key) || isDefinite(w) || w.cue) return false;
  if (NOT_THEOPHORIC.has(w.written) || NOT_THEOPHORIC.has(w.base) || bareLength(w.base) < 3) return false;
  // A preposition before X is a phrase (بحمد الله), unless X is a known given name (لعبد الله).
  if (w.prep && w.lex !== 'given') return false;
  if (next.key === 'الله') return true;
  // Other tails (الدين, الرحمن, الحق) make common phrases too (رجال الدين): X must itself be a name.
  return w.key === 'عبد' || w.lex === 'given' || (!w.known && !w.derived);
}

/** Name shapes that need no cue, from word `i`: أبو X, عبد الX, ابن X, X الله, a run of two or more names. */
export function shape(words: readonly Word[], i: number): Span | undefined {
  const w = words[i] as Word;
  const next = words[i + 1];
  if (!free(w) || w.cue) return undefined;
  const person = (to: number, weight = 1): Span => ({ from: i, to: personRun(words, to), kind: 'person', weight });
  if (KUNYA.has(w.base) && w.base !== 'ام' && inner(next) && bareLength(next.base) >= 2 && !next.cue) {
    if (next.key === 'عبد' && inner(words[i + 2])) return person(i + 2);
    if (kindOfLex(lexKind(`${w.base} ${next.key}`)) === 'place')
      return { from: i, to: i + 1, kind: 'place', weight: 3 };
    return person(i + 1);
  }
  if (w.base === 'عبد' && inner(next) && isDefinite(next)) return person(i + 1);
  if (FILIATION.has(w.base) && w.base !== 'بن' && nameLike(next)) return person(i + 1);
  if (theophoric(words, i)) return person(i + 1);
  if (w.known && !w.lex) return undefined; // the common case, decided before building anything
  // The first name may follow a conjunction (ومحمد), but a given name after a preposition is a word (لحسن).
  const starts = nameLike(w.clitic ? { ...w, clitic: false } : w) && !(w.lex === 'given' && w.prep);
  if (!starts || isDefinite(w)) return undefined;
  const to = personRun(words, i);
  if (to === i) return undefined;
  const run = words.slice(i, to + 1);
  // Two given names in a row may be ordinary words (أمين عام is not, but سعيد كريم could be): one must be unknown,
  // or the run must have three words.
  const unknown = run.some((x) => !x.known && !x.lex);
  return unknown ||
    run.length >= 3 ||
    run.every((x) => x.lex === 'given' || x.lex === 'family' || NAME_TAILS.has(x.key))
    ? { from: i, to, kind: 'person', weight: 1 }
    : undefined;
}

/** The name governed by the cue word at `i`, if the words after it look like one. */
export function cueSpan(words: readonly Word[], i: number, wordList: WordList): Span | undefined {
  const w = words[i] as Word;
  const span = governed(words, i, wordList);
  if (!span) return undefined;
  // Only a one-word name takes a dictionary surname: a longer run is already complete (أشرف غني خلال ...).
  if (span.kind === 'person') return oneName(words, span) ? { ...span, to: surname(words, span.to) } : span;
  // وادي الشاي, جبل الزاوية: a head noun is part of the place name.
  if (span.kind === 'place' && span.from === i + 1 && PLACE_HEADS.has(w.base) && !KUNYA.has(w.base))
    return { ...span, from: i };
  return span;
}

/** A single given name, possibly compound (حكمت الله, عبد الرؤوف), with no surname yet. */
function oneName(words: readonly Word[], span: Span): boolean {
  if (span.from === span.to) return true;
  const [a, b] = [words[span.from] as Word, words[span.to] as Word];
  return span.to === span.from + 1 && (NAME_TAILS.has(b.key) || (a.key === 'عبد' && isDefinite(b)));
}

/**
 * After a person cue the name may go on with dictionary words (اللواء سعد حربية, يدعى عبد الرؤوف خادم) up to a
 * boundary: punctuation, a function word, a cue or the end of the paragraph. Without a boundary in two words the
 * run is not trusted (المدعو أحمد قتل أمس ...).
 */
function surname(words: readonly Word[], to: number): number {
  const boundary = (w: Word | undefined): boolean => !w || !w.joined || w.fn || w.cue !== undefined;
  for (let n = 2; n >= 1; n--) {
    const ext = words.slice(to + 1, to + 1 + n);
    if (ext.length === n && ext.every((x) => inner(x) && !x.cue && !isDefinite(x)) && boundary(words[to + 1 + n]))
      return to + n;
  }
  return to;
}

function governed(words: readonly Word[], i: number, wordList: WordList): Span | undefined {
  const cue = (words[i] as Word).cue;
  if (!cue) return undefined;
  let j = i + 1;
  if (cue.kind === 'person') {
    while (inner(words[j]) && TITLES.has((words[j] as Word).key)) j++;
    // الرئيس الأفغاني أشرف غني: one definite adjective may stand between a role and the name.
    const adj = words[j];
    if (
      j === i + 1 &&
      inner(adj) &&
      (isGeoNisba(adj) || (isDefinite(adj) && adj.known && /ي$/.test(adj.base) && !adj.lex))
    )
      j++;
  }
  if (words[j]) unsplit(words[j] as Word, wordList);
  const first = words[j];
  const foreign = cue.kind === 'person' ? foreignAfterCue(words, j) : undefined;
  if (foreign) return foreign;
  if (!inner(first) || (first.cue && !PLACE_HEADS.has(first.base))) return undefined;
  const phrase = lexiconPhrase(words, j);
  if (phrase) {
    // The lexicon knows better than the cue what the phrase is (رئيس مجلس الأمن: an org after a person cue).
    const kind = kindOfLex(phrase.kind) ?? cue.kind;
    return { from: j, to: kind === 'person' ? personRun(words, phrase.to) : phrase.to, kind, weight: 3 };
  }
  if (kindOfLex(first.lex) === cue.kind) {
    return { from: j, to: cue.kind === 'person' ? personRun(words, j) : j, kind: cue.kind, weight: 2 };
  }
  const s = shape(words, j);
  if (s) return { ...s, kind: cue.kind, weight: 2 };
  if (cue.kind === 'place' && PLACE_HEADS.has(first.base) && inner(words[j + 1])) {
    return { from: j, to: j + 1, kind: 'place', weight: 2 };
  }
  if (!accepts(cue, first)) {
    // منطقة دشت برتشي: a dictionary word followed by an unknown one is a two-word place name.
    const next = words[j + 1];
    const unknownNext = next && nameLike(next) && !next.lex;
    return cue.kind !== 'person' && unknownNext && !isDefinite(first) && !adjectiveShaped(first) && !first.cue
      ? { from: j, to: j + 1, kind: cue.kind, weight: 2 }
      : undefined;
  }
  if (cue.kind === 'person') return { from: j, to: personRun(words, j), kind: 'person', weight: 2 };
  // An org name in construct (حركة أحرار الشام): an indefinite word takes the definite word after it.
  const next = words[j + 1];
  const to =
    cue.kind === 'org' &&
    !isDefinite(first) &&
    inner(next) &&
    isDefinite(next) &&
    !/ي$|يه$/.test(next.base) &&
    !next.cue
      ? j + 1
      : j;
  return { from: j, to, kind: cue.kind, weight: 2 };
}

/** Whether a word looks foreign by its letters and shape (بيدرسون, لافروف), not Arabic or Persian. */
export function looksForeign(w: Word): boolean {
  const origin = judgeOrigin([w.base]).origin;
  return origin !== 'arabic' && origin !== 'persian';
}

/**
 * After a person cue, a short word that reads as an Arabic one (غير "other", بين) followed by a foreign-looking
 * name is a foreign given name (المبعوث الأممي غير بيدرسون: Geir Pedersen), one name with what follows.
 */
function foreignAfterCue(words: readonly Word[], j: number): Span | undefined {
  const first = words[j];
  const next = words[j + 1];
  if (!first || first.covered || !first.joined || first.clitic || isDefinite(first) || bareLength(first.base) > 4)
    return undefined;
  if (!first.fn && !first.known) return undefined;
  if (!inner(next) || !nameLike(next) || (next.lex !== undefined && next.lex !== 'family') || !looksForeign(next))
    return undefined;
  return { from: j, to: personRun(words, j + 1), kind: 'person', weight: 2 };
}

function accepts({ kind, strength }: Cue, w: Word): boolean {
  // A given name after a place or org cue is an ordinary word there (منطقة آمنة "a safe area", not Amina).
  if (nameLike(w) && (kind === 'person' || !w.lex)) return true;
  if (strength === 'name' || w.cue) return false;
  if (!isDefinite(w)) return w.known && bareLength(w.base) >= 3 && !adjectiveShaped(w);
  // A definite word after an indefinite place noun is its genitive, not an adjective (بلدة الشعفة, وادي الشاي).
  return strength === 'place' && !GENERIC_PLACES.has(w.base);
}

/**
 * A dateline paragraph, "CITY-AGENCY" (طهران-سانا, كابول-وكالات): the city is a place, the agency an org when
 * it looks like a name.
 */
const GENERIC_SOURCES: ReadonlySet<string> = new Set([
  'وكالات',
  'متابعات',
  'خاص',
  'مراسلون',
  'مراسلنا',
  'الوكالات',
  'رويترز',
]);

export function dateline(text: string, words: readonly Word[]): Span[] {
  if (words.length !== 2 || text.length > 40 || !/^[^-–—]+[-–—][^-–—]+$/.test(text.trim())) return [];
  const [city, agency] = words as [Word, Word];
  const spans: Span[] = free(city) && !city.cue ? [{ from: 0, to: 0, kind: 'place', weight: 2 }] : [];
  if (free(agency) && !agency.cue && !GENERIC_SOURCES.has(agency.base))
    spans.push({ from: 1, to: 1, kind: 'org', weight: 2 });
  return spans;
}

/** A single word the dictionary lacks, long enough and not an inflection: likely a name (جوزجان, درزاب). */
export function unknownWord(w: Word): NameKind | undefined {
  if (!free(w) || w.known || w.cue || w.lex === 'title' || bareLength(w.base) < 3) return undefined;
  if (w.derived) return undefined;
  if (/(ستان|اباد)$/.test(w.base)) return 'place';
  return kindOfLex(lexKind(w.base)) ?? 'person';
}

/** A place nisba right after a person's name (أمين الله الأوزبكستاني): a person entry of its own (al-Uzbekistani). */
export function isolatedNisba(words: readonly Word[], span: Span): Span | undefined {
  const next = words[span.to + 1];
  if (span.kind !== 'person' || !inner(next) || !isGeoNisba(next)) return undefined;
  return { from: span.to + 1, to: span.to + 1, kind: 'person', weight: 1 };
}
