/** What the CSV and TBX readers return: valid terms, and one error per bad row (the caller decides what to import). */
import type { GlossaryTerm } from './types';

export type ParsedTerm = Omit<GlossaryTerm, 'id'>;

export interface GlossaryParseError {
  /** 1-based line of the row (or entry) in the file; 0 when the whole file is refused. */
  line: number;
  message: string;
}

export interface GlossaryParseResult {
  terms: ParsedTerm[];
  errors: GlossaryParseError[];
}
