/**
 * A message for the user as data: a key of `errors` in the UI strings and the values it names. The main process
 * and the CLI format it in English (`englishText`); the renderer formats the same key through i18next in the UI's
 * language, so an Arabic UI shows an Arabic error. A value may itself be a message (the reason inside "FILE (line
 * 3): REASON", the place "line 3"), formatted first; text that is not ours (a file name, a parser's own words)
 * travels as a plain string.
 */
import { errorsEn } from './errors-en';

export type ErrorKey = keyof typeof errorsEn;
export type MessageValue = string | number | Message;

export interface Message {
  readonly key: ErrorKey;
  readonly values?: Readonly<Record<string, MessageValue>>;
}

export function msg(key: ErrorKey, values?: Readonly<Record<string, MessageValue>>): Message {
  return values ? { key, values } : { key };
}

export function isMessage(v: unknown): v is Message {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Message).key === 'string' &&
    Object.hasOwn(errorsEn, (v as Message).key)
  );
}

/** Fills `{{name}}` with the values, each message among them formatted by `format` first. */
export function fillMessage(template: string, values: Message['values'], format: (m: Message) => string): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const v = values?.[name];
    if (v === undefined) return whole;
    return typeof v === 'object' ? format(v) : String(v);
  });
}

/** The message in English: what the CLI prints and what `Error.message` holds on the main side. */
export function englishText(m: Message): string {
  return fillMessage(errorsEn[m.key], m.values, englishText);
}
