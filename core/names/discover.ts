/**
 * Name discovery: the likely proper names of a document that no glossary term covers. Signals, strongest first:
 * lexicon names (countries, cities, organisations, multi-word entries), institution names, cue words before a
 * name (مدينة درزاب, المدعو أمين الله, وكالة تسنيم), name shapes (X الله, أبو X, عبد الX, runs of names) and words
 * the Arabic dictionary lacks (جوزجان). Clitics are removed with the glossary's proclitic rules, guided by the
 * dictionary. A first pass finds the names; a second collects every occurrence, clitic forms included.
 */
import { normalizeArabic } from '../arabic/normalize';
import { scanWords } from '../arabic/scan';
import type { ScannedWords } from '../arabic/scan';
import { matchText } from '../glossary/matcher';
import type { GlossaryIndex } from '../glossary/build-index';
import { transliterate } from '../translit';
import type { GlossaryLookup, Origin } from '../translit';
import type { NameKind } from './cues';
import { byFirstWord, collect } from './occurrences';
import type { Found, NameOccurrence } from './occurrences';
import {
  cueSpan,
  dateline,
  institution,
  isolatedNisba,
  kindOfLex,
  lexiconName,
  lexiconPhrase,
  mayStartName,
  personRun,
  shape,
  unknownWord,
} from './spans';
import type { Span } from './spans';
import { analyser, lexKind } from './words';
import type { Word } from './words';
import type { WordList } from './word-list';

export type { NameOccurrence } from './occurrences';

export interface NameCandidate {
  /** The name as the document writes it most often (clitics removed, article kept: الشعفة). */
  text: string;
  occurrences: NameOccurrence[];
  /** First English candidate of the transliteration engine. */
  suggestion: string;
  kind: NameKind;
  /** The family the name is judged to come from (its letters, the lexicon and the words around it). */
  origin: Origin;
}

export interface DiscoverOptions {
  glossaryIndex?: GlossaryIndex;
  wordList: WordList;
  /** The team's glossary prepared for the transliterator: suggestions reuse its spellings. */
  glossary?: GlossaryLookup;
  /** Names the user dismissed (as written or normalised): never listed again. */
  dismissed?: readonly string[];
}

/** How many occurrences, and how many characters either side, give the words around a name. */
const CONTEXT_OCCURRENCES = 3;
const CONTEXT_CHARS = 60;

/** A pasted book is not a paragraph: skipped rather than stall the UI. */
const MAX_PARAGRAPH = 200_000;

const nameKey = (text: string): string => normalizeArabic(text).trim().replace(/\s+/g, ' ');

function coveredRanges(text: string, index?: GlossaryIndex): Array<[number, number]> {
  if (!index) return [];
  return matchText(index, text).map((m) => [m.start, m.end]);
}

/** The spans of names in one paragraph's words, left to right; a word belongs to one span at most. */
function findSpans(text: string, words: readonly Word[], wordList: WordList): Span[] {
  const spans = dateline(text, words);
  if (spans.length > 0) return spans;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.covered || w.fn || !mayStartName(words, i)) continue;
    const phrase = lexiconPhrase(words, i);
    // حركة طالبان: the cue is not part of the name when the rest is itself a lexicon name.
    const cueOwns =
      phrase &&
      w.cue &&
      lexKind(
        words
          .slice(i + 1, phrase.to + 1)
          .map((x) => x.key)
          .join(' '),
      );
    const phraseKind = phrase && kindOfLex(phrase.kind);
    let span: Span | undefined =
      phrase && phraseKind && !cueOwns
        ? {
            from: i,
            to: phraseKind === 'person' ? personRun(words, phrase.to) : phrase.to,
            kind: phraseKind,
            weight: 3,
          }
        : undefined;
    span ??= institution(words, i) ?? cueSpan(words, i, wordList) ?? shape(words, i);
    if (!span && !w.cue) {
      const lex = lexiconName(w);
      const kind = lex ?? unknownWord(w);
      if (kind) span = { from: i, to: i, kind, weight: lex ? 3 : /(ستان|اباد)$/.test(w.base) ? 1 : 0.5 };
    }
    if (!span) continue;
    spans.push(span);
    const nisba = isolatedNisba(words, span);
    if (nisba) spans.push(nisba);
    i = (nisba ?? span).to;
  }
  return spans;
}

export function discoverNames(paragraphs: readonly string[], opts: DiscoverOptions): NameCandidate[] {
  const { wordList } = opts;
  const dismissed = new Set((opts.dismissed ?? []).map(nameKey));
  const texts = paragraphs.map((p) => (p.length > MAX_PARAGRAPH ? '' : p));
  const scans = texts.map((t) => scanWords(t));
  const docKeys = new Set<string>();
  for (const s of scans) for (const k of s.keys) docKeys.add(k);
  const analyse = analyser(wordList, docKeys);
  const paraWords = texts.map((t, p) =>
    analyse.words(t, scans[p] as ScannedWords, coveredRanges(t, opts.glossaryIndex)),
  );

  const votes = new Map<string, Map<NameKind, number>>();
  paraWords.forEach((words, p) => {
    for (const s of findSpans(texts[p] as string, words, wordList)) {
      const key = [(words[s.from] as Word).base, ...words.slice(s.from + 1, s.to + 1).map((w) => w.key)].join(' ');
      if (dismissed.has(key) || coveredByGlossary(key, opts.glossaryIndex)) continue;
      const v = votes.get(key) ?? new Map<NameKind, number>();
      v.set(s.kind, (v.get(s.kind) ?? 0) + s.weight);
      votes.set(key, v);
    }
  });

  const first = byFirstWord(votes.keys());
  const found = new Map<string, Found>();
  paraWords.forEach((words, p) => collect(texts[p] as string, p, words, first, found));

  return [...found]
    .map(([key, f]) => ({ key, f, kind: bestKind(votes.get(key)) }))
    .sort((a, b) => b.f.occurrences.length - a.f.occurrences.length || firstSeen(a.f) - firstSeen(b.f))
    .map(({ f, kind }) => {
      const text = [...f.forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
      const context = contextWords(texts, f.occurrences);
      const best = transliterate(text, { limit: 1, context, ...(opts.glossary ? { glossary: opts.glossary } : {}) })[0];
      return { text, occurrences: f.occurrences, suggestion: best?.text ?? '', kind, origin: best?.origin ?? 'arabic' };
    });
}

/** Words just before and after the first occurrences (وزير الخارجية الروسي X): they help judge a name's family. */
function contextWords(texts: readonly string[], occurrences: readonly NameOccurrence[]): string[] {
  const out: string[] = [];
  for (const o of occurrences.slice(0, CONTEXT_OCCURRENCES)) {
    const text = texts[o.paragraph] ?? '';
    out.push(
      ...text
        .slice(Math.max(0, o.start - CONTEXT_CHARS), o.start)
        .split(/[\s\p{P}]+/u)
        .slice(-3),
    );
    out.push(
      ...text
        .slice(o.end, o.end + CONTEXT_CHARS)
        .split(/[\s\p{P}]+/u)
        .slice(0, 2),
    );
  }
  return out.filter(Boolean);
}

/** A name the glossary already has (as a whole) is not listed, wherever it occurs. */
function coveredByGlossary(key: string, index?: GlossaryIndex): boolean {
  if (!index) return false;
  return matchText(index, key).some((m) => m.start === 0 && m.end === key.length);
}

function bestKind(v: ReadonlyMap<NameKind, number> | undefined): NameKind {
  return [...(v ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'person';
}

function firstSeen(f: Found): number {
  const o = f.occurrences[0];
  return o ? o.paragraph * 1e7 + o.start : 0;
}
