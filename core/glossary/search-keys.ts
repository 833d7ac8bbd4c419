/**
 * What a glossary search for an Arabic query looks for: the query's normalised key as typed (found anywhere in
 * a term), and the keys its first word names once a proclitic reading is taken off (found at the start of a
 * term), so بالانبار finds الأنبار and وللعراق finds العراق, by the matcher's own clitic rules
 * (`keyReadings`, `readingBaseKey`). A reading with the article also names the noun without it (بالانبار → انبار),
 * since a search, unlike the matcher, may show a term that lacks the article.
 */
import { keyReadings, readingBaseKey } from '../arabic/clitics';
import { normalizeArabic } from '../arabic/normalize';

export interface SearchKeys {
  /** The query normalised like term keys (marks, tatweel, hamza forms, ة/ه, ى/ي folded), spaces collapsed. */
  key: string;
  /** Keys a term may begin with: the first word without each reading's clitics, the rest of the query after it. */
  prefixes: string[];
}

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

export function searchKeys(query: string): SearchKeys {
  const key = normalizeArabic(query).trim().replace(/\s+/g, ' ');
  const [first = '', ...rest] = key.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const prefixes = new Set<string>();
  if (ARABIC_WORD.test(first)) {
    for (const r of keyReadings(first)) {
      if (r.prefix === 0 && r.article === 'none') continue; // the word as typed: `key` covers it
      prefixes.add(readingBaseKey(first, r) + tail);
      if (r.article !== 'none') prefixes.add(first.slice(r.bare) + tail);
    }
  }
  prefixes.delete(key);
  return { key, prefixes: [...prefixes] };
}
