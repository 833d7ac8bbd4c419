/**
 * Two-letter terms match only as written (آب, never اب or باب): a bare spelling would meet too many words.
 * The glossary panel and the match tooltip say so, and which spellings do match, so the translator adds the bare
 * spelling as a variant where the press uses it (إب with a variant اب finds both).
 */
import { termForms } from './term-key';
import type { GlossaryTerm } from './types';

/** The spellings of `term` (source, then variants) that are two letters long and so match only as written. */
export function shortTermSpellings(term: Pick<GlossaryTerm, 'source' | 'variants'>): string[] {
  const out: string[] = [];
  for (const spelling of [term.source, ...term.variants]) {
    const { key, written } = termForms(spelling);
    if (key.length === 1 && (key[0] as string).length === 2 && !out.includes(written[0] as string))
      out.push(written[0] as string);
  }
  return out;
}
