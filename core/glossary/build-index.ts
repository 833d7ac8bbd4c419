/**
 * The glossary index: a hash map from the normalised first word of each term (and variant) to its candidates,
 * built once per glossary change. The matcher looks up the few clitic readings of each text word in it and never
 * loops over terms.
 */
import { isFunctionWordStripped } from '../arabic/function-words';
import { LETTER, charClass } from '../arabic/letters';
import { termForms } from './term-key';
import { PROPER_KINDS } from './types';
import type { GlossaryTerm } from './types';

export interface IndexEntry {
  term: GlossaryTerm;
  /** Normalised key of this spelling (`termKey`). */
  key: string;
  /** Normalised words of this spelling (the source or one variant). */
  words: string[];
  /** The same words as written, without marks. */
  written: string[];
  /** The spelling begins with the article ال (not أل or آل, which are part of the name: ألمانيا, آل سعود). */
  hasArticle: boolean;
  /** A proper name (person, place, org): never read with an article it does not have. */
  proper: boolean;
  /** The first word is itself a function word (a term على "on"): it then matches only as written, never علي. */
  functionWord: boolean;
  /** Letters of the whole spelling, spaces excluded. */
  letters: number;
  /** Priority: position of the term in the list given to `buildGlossaryIndex`; lower wins. */
  order: number;
}

export interface GlossaryIndex {
  readonly byFirstWord: ReadonlyMap<string, readonly IndexEntry[]>;
  /** Number of spellings indexed (terms plus variants, duplicates dropped). */
  readonly size: number;
  /** Terms that can never match: no Arabic word, or digits/Latin inside (words are Arabic letters only). */
  readonly unmatchable: readonly GlossaryTerm[];
}

function isArabicWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (charClass(word.charCodeAt(i)) !== LETTER) return false;
  return word.length > 0;
}

function startsWithArticle(written: string): boolean {
  // At least two letters after it: الله is ال + له, but ال alone or الي is not an article reading.
  return written.length >= 4 && (written[0] === 'ا' || written[0] === 'ٱ') && written[1] === 'ل';
}

/**
 * Builds the index. `terms` come in priority order (the caller merges several glossaries); when two spellings
 * share a key the first wins, and a variant with the same key as its own term is dropped.
 */
export function buildGlossaryIndex(terms: readonly GlossaryTerm[]): GlossaryIndex {
  const byFirstWord = new Map<string, IndexEntry[]>();
  const unmatchable: GlossaryTerm[] = [];
  let size = 0;
  terms.forEach((term, order) => {
    let indexed = false;
    let sawArabic = false;
    for (let v = -1; v < term.variants.length; v++) {
      const { key, written } = termForms(v < 0 ? term.source : (term.variants[v] as string));
      if (key.length === 0) continue;
      sawArabic = true;
      if (!key.every(isArabicWord)) continue;
      const full = key.join(' ');
      const first = key[0] as string;
      const bucket = byFirstWord.get(first);
      // Same key as an earlier spelling: the earlier one (higher priority, or the term itself) wins.
      if (bucket?.some((e) => e.key === full)) {
        indexed = true;
        continue;
      }
      const entry: IndexEntry = {
        term,
        key: full,
        words: key,
        written,
        hasArticle: startsWithArticle(written[0] as string),
        proper: PROPER_KINDS.has(term.kind),
        functionWord: isFunctionWordStripped(written[0] as string),
        letters: full.length - key.length + 1,
        order,
      };
      if (bucket) bucket.push(entry);
      else byFirstWord.set(first, [entry]);
      size++;
      indexed = true;
    }
    if (!indexed || !sawArabic) unmatchable.push(term);
  });
  return { byFirstWord, size, unmatchable };
}
