/** What the CSV and TBX readers return: valid terms, and one error per bad row (the caller decides what to import). */
import type { Message } from '../i18n/message';
import { englishText, msg } from '../i18n/message';
import type { GlossaryTerm } from './types';

export type ParsedTerm = Omit<GlossaryTerm, 'id'>;

export interface GlossaryParseError {
  /** 1-based line of the row (or entry) in the file; 0 when the whole file is refused. */
  line: number;
  /** In English (the CLI prints it). */
  message: string;
  /** The same as a message the UI shows in its language (not enumerated: the CLI's JSON stays `{line, message}`). */
  readonly reason: Message;
}

/** One error of a row; `reason` is carried beside the English without being enumerated (see above). */
export function rowError(line: number, reason: Message): GlossaryParseError {
  const e = { line, message: englishText(reason) } as GlossaryParseError;
  Object.defineProperty(e, 'reason', { value: reason, enumerable: false });
  return e;
}

export interface GlossaryParseResult {
  terms: ParsedTerm[];
  errors: GlossaryParseError[];
}

/** Several problems of one row, "a; b; c" as before. */
export function joinReasons(problems: readonly Message[]): Message {
  return problems.slice(1).reduce<Message>((first, rest) => msg('joined', { first, rest }), problems[0]!);
}
