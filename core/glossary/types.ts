/** Glossary terms and the matches the matcher finds in a paragraph. */

export const TERM_KINDS = ['person', 'place', 'org', 'term', 'date', 'title'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export interface GlossaryTerm {
  id: string;
  /** Arabic as written (shown to the user, never normalised). */
  source: string;
  /** English; alternatives separated by `|`, the first preferred (`ISIS|Daesh`). */
  target: string;
  kind: TermKind;
  /** Other Arabic spellings, each matched like the source. */
  variants: string[];
  note: string;
  glossaryId?: string;
  /** English spellings not to use (`Jawzjan` for Jowzjan): the QA glossary check flags them, offering `target`. */
  deprecated?: string[];
}

export interface GlossaryMatch {
  /** UTF-16 offset into the original paragraph. */
  start: number;
  /** Exclusive end offset. */
  end: number;
  /** The original text of the span. */
  text: string;
  term: GlossaryTerm;
  /**
   * A two-letter term: it matches only as written (آب, not اب or باب), so a spelling the glossary lacks is never
   * found. The UI shows such a match as uncertain and names the spellings it matches (`shortTermSpellings`).
   */
  shortTerm?: true;
}

/** Proper names: never read with an article they do not have (السورية is "Syrian", not ال + سورية). */
export const PROPER_KINDS: ReadonlySet<TermKind> = new Set(['person', 'place', 'org']);

export function isTermKind(value: string): value is TermKind {
  return (TERM_KINDS as readonly string[]).includes(value);
}
