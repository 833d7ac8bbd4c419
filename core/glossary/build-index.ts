/**
 * The glossary index: a hash map from the normalised first word of each term (and variant) to its candidates,
 * built once per glossary change. The matcher looks up the few clitic readings of each text word in it and never
 * loops over terms.
 */
import { isFunctionWordStripped } from '../arabic/function-words';
import { splitJoinedForm } from '../arabic/joined-names';
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
  /**
   * The first word as written in every spelling of this term with the same key (the source and variants that fold
   * to it: حماة and a variant حماه): the rules that need the letters as written accept any of them.
   */
  spellings: string[];
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

/** What the matcher may ask beyond the glossary, injected so core stays pure. */
export interface GlossaryIndexOptions {
  /**
   * True when `written` (letters as written, marks removed, proclitics و/ف and ب/ل/ك removed, the article kept) is
   * an ordinary word of the language: the homograph guard then refuses or questions a match made through a fold.
   * On Node, the AyaSpell dictionary looked up as written; without it, the list in core/arabic/homographs.ts.
   */
  isCommonWord?: (written: string) => boolean;
}

export interface GlossaryIndex {
  readonly isCommonWord?: (written: string) => boolean;
  readonly byFirstWord: ReadonlyMap<string, readonly IndexEntry[]>;
  /** Number of spellings indexed (terms, variants and kunya case forms; duplicates dropped). */
  readonly size: number;
  /** Terms that can never match: no Arabic word, or digits/Latin inside (words are Arabic letters only). */
  readonly unmatchable: readonly GlossaryTerm[];
}

function isArabicWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (charClass(word.charCodeAt(i)) !== LETTER) return false;
  return word.length > 0;
}

/**
 * The words the matcher compares: `termForms` splits theophoric names (عبدالله), and here عبد and أبو joined to a
 * name are split too (عبدربه, أبوظبي), so joined and spaced spellings meet. Not in `termKey`: the stored keys, and
 * with them duplicate checks and accepted QA flags, stay as they are.
 */
function matchForms(arabic: string): { key: string[]; written: string[] } {
  const forms = termForms(arabic);
  const key: string[] = [];
  const written: string[] = [];
  forms.key.forEach((k, n) => {
    const w = forms.written[n] as string;
    const split = splitJoinedForm(k);
    if (split) {
      key.push(split[0], split[1]);
      written.push(w.slice(0, split[0].length), w.slice(split[0].length));
    } else {
      key.push(k);
      written.push(w);
    }
  });
  return { key, written };
}

/** The case forms of the kunya: أبو (nominative), أبي (genitive), أبا (accusative). */
const KUNYA: readonly string[] = ['ابو', 'ابي', 'ابا'];

/**
 * A multi-word term that begins with a kunya is also indexed under the other two case forms (عن أبي بكر,
 * إن أبا بكر for أبو بكر); the written first word keeps the term's first letter (أ or ا).
 */
function kunyaForms(key: readonly string[], written: readonly string[]): Array<{ key: string[]; written: string[] }> {
  const first = key[0] as string;
  if (key.length < 2 || !KUNYA.includes(first)) return [];
  const head = (written[0] as string).slice(0, 2);
  return KUNYA.filter((k) => k !== first).map((k) => ({
    key: [k, ...key.slice(1)],
    written: [head + k.slice(2), ...written.slice(1)],
  }));
}

function startsWithArticle(written: string): boolean {
  // At least two letters after it: الله is ال + له, but ال alone or الي is not an article reading.
  return written.length >= 4 && (written[0] === 'ا' || written[0] === 'ٱ') && written[1] === 'ل';
}

/**
 * Builds the index. `terms` come in priority order (the caller merges several glossaries); when two spellings
 * share a key the first wins, and a variant with the same key as its own term is dropped.
 */
export function buildGlossaryIndex(terms: readonly GlossaryTerm[], options: GlossaryIndexOptions = {}): GlossaryIndex {
  const byFirstWord = new Map<string, IndexEntry[]>();
  const unmatchable: GlossaryTerm[] = [];
  let size = 0;
  /** Adds one spelling of `term` under its first word. */
  const add = (term: GlossaryTerm, order: number, key: string[], written: string[]): void => {
    const full = key.join(' ');
    const first = key[0] as string;
    const bucket = byFirstWord.get(first);
    const same = bucket?.find((e) => e.key === full);
    // Same key as an earlier spelling: the earlier one (higher priority, or the term itself) wins; a spelling of
    // the same term is remembered, so a variant written as the text writes it still counts as written.
    if (same) {
      if (same.term === term && !same.spellings.includes(written[0] as string))
        same.spellings.push(written[0] as string);
      return;
    }
    const entry: IndexEntry = {
      term,
      key: full,
      words: key,
      written,
      spellings: [written[0] as string],
      hasArticle: startsWithArticle(written[0] as string),
      proper: PROPER_KINDS.has(term.kind),
      functionWord: isFunctionWordStripped(written[0] as string),
      letters: full.length - key.length + 1,
      order,
    };
    if (bucket) bucket.push(entry);
    else byFirstWord.set(first, [entry]);
    size++;
  };
  terms.forEach((term, order) => {
    let indexed = false;
    let sawArabic = false;
    const spellings: Array<{ key: string[]; written: string[] }> = [];
    for (let v = -1; v < term.variants.length; v++) {
      const { key, written } = matchForms(v < 0 ? term.source : (term.variants[v] as string));
      if (key.length === 0) continue;
      sawArabic = true;
      if (!key.every(isArabicWord)) continue;
      spellings.push({ key, written });
      indexed = true;
    }
    // The term's own spellings first, then the kunya case forms, so a written variant always wins over a derived form.
    for (const s of spellings) add(term, order, s.key, s.written);
    for (const s of spellings) for (const k of kunyaForms(s.key, s.written)) add(term, order, k.key, k.written);
    if (!indexed || !sawArabic) unmatchable.push(term);
  });
  return { byFirstWord, size, unmatchable, ...(options.isCommonWord ? { isCommonWord: options.isCommonWord } : {}) };
}
