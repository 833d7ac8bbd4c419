/**
 * The foreign part of the lexicon: given names by family (used word by word, in a name of that family only, so
 * محمد is Mehmet in a Turkish name and Muhammad elsewhere), and whole names (people's family names, places,
 * organisations) merged into the main lexicon with their origin by `lexicon.ts`.
 */
import { normalizeArabic } from '../../arabic/normalize';
import { FOREIGN_CITIES_EUROPE } from '../data/foreign-cities-europe';
import { FOREIGN_CITIES_WORLD } from '../data/foreign-cities-world';
import { FOREIGN_GIVEN } from '../data/foreign-given';
import { FOREIGN_GIVEN_ASIA } from '../data/foreign-given-asia';
import { FOREIGN_GIVEN_EXTRA } from '../data/foreign-given-extra';
import { FOREIGN_GIVEN_MORE } from '../data/foreign-given-more';
import { FOREIGN_GIVEN_NEWS } from '../data/foreign-given-news';
import { FOREIGN_ORGS_EXTRA } from '../data/foreign-orgs-extra';
import { FOREIGN_FAMILY } from '../data/foreign-people';
import { FOREIGN_FAMILY_ASIA } from '../data/foreign-people-asia';
import { FOREIGN_FAMILY_EAST } from '../data/foreign-people-east';
import { FOREIGN_FAMILY_EUROPE } from '../data/foreign-people-europe';
import { FOREIGN_KURDISH, FOREIGN_KURDISH_GIVEN } from '../data/foreign-people-kurdish';
import { FOREIGN_FAMILY_MORE } from '../data/foreign-people-more';
import { FOREIGN_FAMILY_NEWS } from '../data/foreign-people-news';
import { FOREIGN_FAMILY_NEWS_EAST } from '../data/foreign-people-news-east';
import { FOREIGN_FAMILY_NEWS_ENVOYS } from '../data/foreign-people-news-envoys';
import { FOREIGN_FAMILY_NEWS_WEST } from '../data/foreign-people-news-west';
import { FOREIGN_FAMILY_NEWS_WORLD } from '../data/foreign-people-news-world';
import { FOREIGN_ORGS, FOREIGN_PLACES } from '../data/foreign-places';
import { FOREIGN_PLACES_EXTRA } from '../data/foreign-places-extra';
import { FOREIGN_PLACES_MORE } from '../data/foreign-places-more';
import { FOREIGN_PLACES_SOUTH } from '../data/foreign-places-south';
import { FOREIGN_PLACES_WORLD } from '../data/foreign-places-world';
import type { Origin } from './origin';

export interface ForeignEntry {
  arabic: string;
  spellings: string[];
  origin: Origin;
  kind: 'given' | 'family' | 'place' | 'org';
}

function entries(
  table: Readonly<Partial<Record<Origin, Readonly<Record<string, string>>>>>,
  kind: ForeignEntry['kind'],
): ForeignEntry[] {
  const out: ForeignEntry[] = [];
  for (const [origin, names] of Object.entries(table) as Array<[Origin, Readonly<Record<string, string>>]>)
    for (const [arabic, english] of Object.entries(names))
      out.push({ arabic, spellings: english.split('|'), origin, kind });
  return out;
}

/** Family names, places and organisations: whole-name entries for the main lexicon. */
export function foreignWholeEntries(): ForeignEntry[] {
  return [
    ...entries(FOREIGN_FAMILY, 'family'),
    ...entries(FOREIGN_FAMILY_MORE, 'family'),
    ...entries(FOREIGN_FAMILY_EUROPE, 'family'),
    ...entries(FOREIGN_FAMILY_EAST, 'family'),
    ...entries(FOREIGN_FAMILY_ASIA, 'family'),
    ...entries(FOREIGN_FAMILY_NEWS, 'family'),
    ...entries(FOREIGN_FAMILY_NEWS_WEST, 'family'),
    ...entries(FOREIGN_FAMILY_NEWS_EAST, 'family'),
    ...entries(FOREIGN_FAMILY_NEWS_WORLD, 'family'),
    ...entries(FOREIGN_FAMILY_NEWS_ENVOYS, 'family'),
    ...entries(FOREIGN_KURDISH, 'family'),
    // Kurdish given names are read in Persian-context names, through the main lexicon.
    ...entries(FOREIGN_KURDISH_GIVEN, 'given'),
    ...entries(FOREIGN_PLACES, 'place'),
    ...entries(FOREIGN_PLACES_MORE, 'place'),
    ...entries(FOREIGN_PLACES_EXTRA, 'place'),
    ...entries(FOREIGN_PLACES_WORLD, 'place'),
    ...entries(FOREIGN_PLACES_SOUTH, 'place'),
    ...entries(FOREIGN_CITIES_EUROPE, 'place'),
    ...entries(FOREIGN_CITIES_WORLD, 'place'),
    ...entries(FOREIGN_ORGS, 'org'),
    ...entries(FOREIGN_ORGS_EXTRA, 'org'),
  ];
}

/** Given names by family, every table. */
export function foreignGivenEntries(): ForeignEntry[] {
  return [FOREIGN_GIVEN, FOREIGN_GIVEN_MORE, FOREIGN_GIVEN_EXTRA, FOREIGN_GIVEN_ASIA, FOREIGN_GIVEN_NEWS].flatMap((t) =>
    entries(t, 'given'),
  );
}

let given: Map<string, ForeignEntry[]> | undefined;

/** Given names by normalised key; one key may be a given name in several families (Ali, David). */
export function foreignGiven(word: string): readonly ForeignEntry[] {
  if (!given) {
    given = new Map();
    for (const e of foreignGivenEntries()) {
      const key = normalizeArabic(e.arabic).trim().replace(/\s+/g, ' ');
      given.set(key, [...(given.get(key) ?? []), e]);
    }
  }
  return given.get(normalizeArabic(word).trim().replace(/\s+/g, ' ')) ?? [];
}
