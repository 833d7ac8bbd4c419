/**
 * The built-in lexicon: conventional English spellings of frequent names (people, places, organisations, titles),
 * keyed by normalizeArabic. Built once, on first use. Sources: see README.md and the head of each data file.
 */
import { normalizeArabic } from '../arabic/normalize';
import { countryEntries } from './data/countries';
import { FAMILY_NAMES } from './data/family-names';
import { GIVEN_NAMES } from './data/given-names';
import { ORGS } from './data/orgs';
import { FA_SPELLINGS, PERSIAN_FAMILY, PERSIAN_GIVEN } from './data/persian-names';
import { PLACES } from './data/places';
import { PLACES_AFGHANISTAN } from './data/places-afghanistan';
import { PLACES_IRAN_PAKISTAN } from './data/places-iran-pakistan';
import { PLACES_IRAQ } from './data/places-iraq';
import { PLACES_LEVANT } from './data/places-levant';
import { TITLES } from './data/titles';
import { foreignWholeEntries } from './foreign/lexicon';
import type { Origin } from './foreign/origin';

export type LexiconKind = 'given' | 'family' | 'title' | 'place' | 'org' | 'country';

export interface LexiconEntry {
  spellings: string[];
  kind: LexiconKind;
  /** A Persian, Dari or Pashto name not shared with Arabic: the whole name is read with Persian-context spellings. */
  persian?: boolean;
  /** The spelling Afghan and Iranian usage prefers for a name shared with Arabic (Mohammad), one of `spellings`. */
  fa?: string;
  /** The family of a foreign name (foreign-people.ts, foreign-places.ts); absent for the Arabic and Persian tables. */
  origin?: Origin;
}

let cache: Map<string, LexiconEntry> | undefined;

/** Collapses spaces so that أبو ظبي and أبوظبي-style spacing variants of a phrase share a key only when spaced alike. */
export function lexiconKey(text: string): string {
  return normalizeArabic(text).trim().replace(/\s+/g, ' ');
}

function build(): Map<string, LexiconEntry> {
  const map = new Map<string, LexiconEntry>();
  const add = (arabic: string, spellings: readonly string[], kind: LexiconKind): void => {
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
  for (const t of [PLACES_AFGHANISTAN, PLACES_LEVANT, PLACES_IRAQ, PLACES_IRAN_PAKISTAN, PLACES]) addAll(t, 'place');
  for (const [arabic, english] of countryEntries()) add(arabic, english, 'country');
  addAll(GIVEN_NAMES, 'given');
  addAll(FAMILY_NAMES, 'family');
  // Persian-context names: those of the Persian tables that no Arabic table has.
  const arabic = new Set([...map.keys()]);
  addAll(PERSIAN_GIVEN, 'given');
  addAll(PERSIAN_FAMILY, 'family');
  for (const table of [PERSIAN_GIVEN, PERSIAN_FAMILY]) {
    for (const k of Object.keys(table)) {
      const key = lexiconKey(k);
      const entry = map.get(key);
      if (entry && !arabic.has(key) && (entry.kind === 'given' || entry.kind === 'family')) entry.persian = true;
    }
  }
  // Foreign names last: where an Arabic table has the key (موسكو), its spellings stay first.
  for (const e of foreignWholeEntries()) {
    const key = lexiconKey(e.arabic);
    const old = map.get(key);
    if (old) {
      for (const s of e.spellings) if (!old.spellings.includes(s)) old.spellings.push(s);
      old.origin ??= e.origin;
    } else map.set(key, { spellings: [...e.spellings], kind: e.kind, origin: e.origin });
  }
  for (const [k, spelling] of Object.entries(FA_SPELLINGS)) {
    const entry = map.get(lexiconKey(k));
    if (!entry) continue;
    if (!entry.spellings.includes(spelling)) entry.spellings.push(spelling);
    entry.fa = spelling;
  }
  return map;
}

export function lexicon(): ReadonlyMap<string, LexiconEntry> {
  cache ??= build();
  return cache;
}

export function lookupLexicon(text: string): LexiconEntry | undefined {
  return lexicon().get(lexiconKey(text));
}
