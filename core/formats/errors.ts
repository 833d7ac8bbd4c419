/**
 * The one error every importer/exporter throws for bad input. It always names the file, the place in it (line,
 * part, unit) and what is wrong, as a message (core/i18n/message.ts): the UI shows it in its own language, the
 * CLI in English (`message`).
 */
import type { Message } from '../i18n/message';
import { englishText, msg } from '../i18n/message';

export class FormatError extends Error {
  override readonly name = 'FormatError';
  readonly fileName: string;
  /** What is wrong. */
  readonly problem: Message;
  /** Where in the file: "line 12", "word/document.xml", "unit p3"… when known. */
  readonly where: Message | undefined;

  constructor(fileName: string, problem: Message, where?: Message) {
    super(englishText(formatErrorMessage(fileName, problem, where)));
    this.fileName = fileName;
    this.problem = problem;
    this.where = where;
  }

  /** "FILE (PLACE): PROBLEM" as a message. */
  get detail(): Message {
    return formatErrorMessage(this.fileName, this.problem, this.where);
  }

  /** The same error about another file name (a reader that only knew a placeholder name). */
  withFileName(fileName: string): FormatError {
    return new FormatError(fileName, this.problem, this.where);
  }
}

function formatErrorMessage(file: string, reason: Message, location?: Message): Message {
  return location ? msg('fileAt', { file, location, reason }) : msg('file', { file, reason });
}

/** The usual places. */
export const atLine = (line: number, part?: string): Message =>
  part ? msg('atPartLine', { part, line }) : msg('atLine', { line });
export const atPart = (part: string): Message => msg('atPart', { part });
