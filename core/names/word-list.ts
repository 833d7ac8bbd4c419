/**
 * The Arabic word list that tells common words from names. The lookup itself is injected (`wordListFromLookup`):
 * on Node it is the AyaSpell dictionary read from a trie (electron/features/names/arabic-dictionary.ts), in tests a
 * small Set. Keys are normalised with normalizeArabic; the lookup strips proclitics itself.
 */
import { keyReadings, readingBaseKey } from '../arabic/clitics';
import { normalizeArabic } from '../arabic/normalize';

export interface WordList {
  /** True for a listed word (normalised key), as written or after removing proclitics and the article. */
  has(word: string): boolean;
  /** True only when the key itself is listed. */
  hasExact(key: string): boolean;
  readonly size: number;
}

/** A word list over any exact lookup of normalised keys. */
export function wordListFromLookup(hasExact: (key: string) => boolean, size: number): WordList {
  return {
    size,
    hasExact,
    has(word: string): boolean {
      const key = normalizeArabic(word);
      if (hasExact(key)) return true;
      for (const r of keyReadings(key)) {
        if (r.prefix === 0 && r.article === 'none') continue;
        const base = readingBaseKey(key, r);
        if (hasExact(base) || hasExact(key.slice(r.bare))) return true;
      }
      return false;
    },
  };
}

/** A word list from a list of words (tests, small lists). */
export function wordListFrom(words: Iterable<string>, normalised = false): WordList {
  const set = new Set<string>();
  for (const w of words) if (w) set.add(normalised ? w : normalizeArabic(w));
  return wordListFromLookup((key) => set.has(key), set.size);
}
