/**
 * The built-in lexicon: conventional English spellings of frequent names (people, places, organisations, titles),
 * keyed by normalizeArabic. Built once, on first use.
 */
import { normalizeArabic } from '../arabic/normalize';
import { countryEntries } from './data/countries';
import { FAMILY_NAMES, GIVEN_NAMES, TITLES } from './data/given-names';
import { ORGS, PLACES } from './data/places';

export type LexiconKind = 'given' | 'family' | 'title' | 'place' | 'org' | 'country';

export interface LexiconEntry {
  spellings: string[];
  kind: LexiconKind;
}

let cache: Map<string, LexiconEntry> | undefined;

/** Collapses spaces so that أبو ظبي and أبوظبي-style spacing variants of a phrase share a key only when spaced alike. */
export function lexiconKey(text: string): string {
  return normalizeArabic(text).trim().replace(/\s+/g, ' ');
}

function build(): Map<string, LexiconEntry> {
  const map = new Map<string, LexiconEntry>();
  const add = (arabic: string, spellings: string[], kind: LexiconKind): void => {
    const key = lexiconKey(arabic);
    const old = map.get(key);
    if (old) {
      for (const s of spellings) if (!old.spellings.includes(s)) old.spellings.push(s);
      return;
    }
    map.set(key, { spellings: [...spellings], kind });
  };
  const addAll = (table: Readonly<Record<string, string>>, kind: LexiconKind): void => {
    for (const [arabic, english] of Object.entries(table)) add(arabic, english.split('|'), kind);
  };
  // Order matters where a key is in two tables: the earlier table's spellings come first.
  addAll(TITLES, 'title');
  addAll(ORGS, 'org');
  addAll(PLACES, 'place');
  for (const [arabic, english] of countryEntries()) add(arabic, english, 'country');
  addAll(GIVEN_NAMES, 'given');
  addAll(FAMILY_NAMES, 'family');
  return map;
}

export function lexicon(): ReadonlyMap<string, LexiconEntry> {
  cache ??= build();
  return cache;
}

export function lookupLexicon(text: string): LexiconEntry | undefined {
  return lexicon().get(lexiconKey(text));
}
