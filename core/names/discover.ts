/**
 * Name discovery: the likely proper names of a document that no glossary term covers. Three signals: a cue word
 * before the name (مدينة درزاب, المدعو أمين الله), a word missing from the Arabic word list (جوزجان), and
 * name shapes (X الله, أبو X, دير X). Clitics are removed with the glossary's proclitic rules, but a word that is
 * itself listed is never split.
 */
import { keyReadings, readingBaseKey } from '../arabic/clitics';
import { isFunctionWord } from '../arabic/function-words';
import { scanWords } from '../arabic/scan';
import { matchText } from '../glossary/matcher';
import type { GlossaryIndex } from '../glossary/build-index';
import { transliterate } from '../translit';
import type { GlossaryLookup } from '../translit';
import { lookupLexicon } from '../translit/lexicon';
import { CUES, NAME_TAILS, PLACE_HEADS, WEAK_CUES } from './cues';
import type { NameKind } from './cues';
import type { WordList } from './word-list';

export interface NameOccurrence {
  paragraph: number;
  start: number;
  end: number;
}

export interface NameCandidate {
  /** The name in its dictionary form (clitics removed, article kept as written: الشعفة). */
  text: string;
  occurrences: NameOccurrence[];
  /** First English candidate of the transliteration engine. */
  suggestion: string;
  kind: NameKind;
}

export interface DiscoverOptions {
  glossaryIndex?: GlossaryIndex;
  wordList: WordList;
  /** The team's glossary prepared for the transliterator: suggestions reuse its spellings. */
  glossary?: GlossaryLookup;
  /** Names the user dismissed (as written or normalised): never listed again. */
  dismissed?: readonly string[];
}

interface Word {
  key: string;
  /** Key without proclitics (article kept), and where it starts in the paragraph. */
  base: string;
  start: number;
  end: number;
  covered: boolean;
  known: boolean;
}

const MIN_NAME_LETTERS = 3;

/** The proclitic reading to use: none when the word is listed as is; else the first whose base is listed or unknown. */
function analyse(key: string, wordList: WordList): { base: string; offset: number; known: boolean } {
  if (wordList.hasExact(key) || isFunctionWord(key)) return { base: key, offset: 0, known: true };
  const readings = keyReadings(key).filter((r) => r.prefix > 0);
  for (const r of readings) {
    const base = readingBaseKey(key, r);
    const bare = key.slice(r.bare);
    if (wordList.hasExact(base) || wordList.hasExact(bare)) return { base, offset: r.prefix, known: true };
  }
  // Unknown: strip the longest proclitic run whose remainder is still a plausible word (بأفغانستان → أفغانستان).
  const r = readings.filter((x) => x.article === 'none' || x.article === 'explicit').pop();
  if (r && key.length - r.prefix >= MIN_NAME_LETTERS + 1 && !lookupLexicon(key)) {
    return { base: readingBaseKey(key, r), offset: r.prefix, known: false };
  }
  return { base: key, offset: 0, known: false };
}

function coveredRanges(text: string, index?: GlossaryIndex): Array<[number, number]> {
  if (!index) return [];
  return matchText(index, text).map((m) => [m.start, m.end]);
}

export function discoverNames(paragraphs: readonly string[], opts: DiscoverOptions): NameCandidate[] {
  const dismissed = new Set((opts.dismissed ?? []).map((d) => d.trim()).concat((opts.dismissed ?? []).map((d) => normKey(d))));
  const found = new Map<string, { text: string; occ: NameOccurrence[]; kinds: Map<NameKind, number>; cued: boolean }>();
  const add = (text: string, occ: NameOccurrence, kind: NameKind, cued: boolean): void => {
    const key = normKey(text);
    if (dismissed.has(key) || dismissed.has(text)) return;
    const entry = found.get(key) ?? { text, occ: [] as NameOccurrence[], kinds: new Map<NameKind, number>(), cued: false };
    if (!entry.occ.some((o) => o.paragraph === occ.paragraph && o.start === occ.start)) entry.occ.push(occ);
    entry.kinds.set(kind, (entry.kinds.get(kind) ?? 0) + (cued ? 2 : 1));
    entry.cued ||= cued;
    found.set(key, entry);
  };

  paragraphs.forEach((text, paragraph) => {
    if (text.length > 200_000) return; // a pasted book is not a paragraph: skip rather than stall the UI
    const covered = coveredRanges(text, opts.glossaryIndex);
    const scanned = scanWords(text);
    const words: Word[] = scanned.keys.map((key, i) => {
      const start = scanned.starts[i] as number;
      const end = scanned.ends[i] as number;
      const a = analyse(key, opts.wordList);
      return {
        key,
        base: a.base,
        start: start + a.offset,
        end,
        covered: covered.some(([s, e]) => start < e && end > s),
        known: a.known,
      };
    });
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as Word;
      if (w.covered) continue;
      const cue = CUES.get(w.base) ?? CUES.get(w.key);
      if (cue) {
        const span = nameAfter(words, i + 1, cue);
        if (span && (!WEAK_CUES.has(w.base) || !span.allKnown)) add(span.text, { paragraph, start: span.start, end: span.end }, cue, true);
        continue;
      }
      const shape = nameShape(words, i);
      if (shape) {
        add(shape.text, { paragraph, start: shape.start, end: shape.end }, 'person', false);
        i = shape.last;
        continue;
      }
      if (!w.known && w.base.replace(/^ال/, '').length >= MIN_NAME_LETTERS && !isFunctionWord(w.key) && !CUES.has(w.base)) {
        add(w.base, { paragraph, start: w.start, end: w.end }, guessKind(w.base), false);
      }
    }
  });

  return [...found.values()]
    .sort((a, b) => b.occ.length - a.occ.length || Number(b.cued) - Number(a.cued))
    .map((e) => ({
      text: e.text,
      occurrences: e.occ.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start),
      suggestion: transliterate(e.text, opts.glossary ? { glossary: opts.glossary } : {})[0]?.text ?? '',
      kind: [...e.kinds].sort((x, y) => y[1] - x[1])[0]?.[0] ?? 'person',
    }));
}

function normKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
}

/** The name after a cue: one word, or two for X الله, دير الزور and the like; other cues are skipped (المدعو مولوي X). */
function nameAfter(words: readonly Word[], at: number, kind: NameKind): { text: string; start: number; end: number; allKnown: boolean } | undefined {
  let i = at;
  while (words[i] && CUES.get(words[i]?.base ?? '') === 'person' && kind === 'person') i++;
  const first = words[i];
  if (!first || first.covered || isFunctionWord(first.key) || first.base.length < 2) return undefined;
  let last = i;
  const next = words[i + 1];
  if (next && !next.covered && (NAME_TAILS.has(next.key) || (PLACE_HEADS.has(first.base) && next.key.startsWith('ال')))) last = i + 1;
  else if (kind === 'person' && next && !next.covered && !next.known && !isFunctionWord(next.key)) last = i + 1;
  const end = (words[last] as Word).end;
  const text = words.slice(i, last + 1).map((w, k) => (k === 0 ? w.base : w.key)).join(' ');
  return { text, start: first.start, end, allKnown: words.slice(i, last + 1).every((w) => w.known) };
}

/** Name shapes that need no cue: X الله (X not a clitic), أبو X. */
function nameShape(words: readonly Word[], i: number): { text: string; start: number; end: number; last: number } | undefined {
  const w = words[i] as Word;
  const next = words[i + 1];
  if (!next || next.covered) return undefined;
  if (NAME_TAILS.has(next.key) && w.base.length >= 3 && !isFunctionWord(w.key) && !w.base.startsWith('ال')) {
    return { text: `${w.base} ${next.key}`, start: w.start, end: next.end, last: i + 1 };
  }
  if (w.base === 'ابو' && next.base.length >= 3) return { text: `${w.base} ${next.key}`, start: w.start, end: next.end, last: i + 1 };
  return undefined;
}

function guessKind(base: string): NameKind {
  const entry = lookupLexicon(base);
  if (entry) return entry.kind === 'org' ? 'org' : entry.kind === 'place' || entry.kind === 'country' ? 'place' : 'person';
  if (/(ستان|اباد|ية|يه)$/.test(base)) return 'place';
  return 'person';
}
