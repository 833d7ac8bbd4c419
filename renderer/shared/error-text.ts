/**
 * What the UI says about a failed call, in the UI's language: the server's messages (core/i18n/message.ts) go
 * through i18next as `errors.<key>`, each value that is itself a message translated first, so the Arabic UI
 * shows "الملف (السطر 3): …" with the file name and line kept. Anything else (a bug) shows its own text.
 */
import type { Message } from '../../core/i18n/message';
import { fillMessage } from '../../core/i18n/message';
import { ClientError } from '../api/client-error';
import { i18n } from '../i18n';

/** One message in the UI's language. */
export function messageText(m: Message): string {
  // The values are filled here, not by i18next, so a nested message is translated before it is inserted.
  const template = (i18n.getResource(i18n.language, 'translation', `errors.${m.key}`) ??
    i18n.getResource('en', 'translation', `errors.${m.key}`)) as string | undefined;
  return fillMessage(template ?? m.key, m.values, messageText);
}

/** The messages of an error, one per line (a glossary file refused for several rows has several). */
export function errorLines(e: unknown): string[] {
  if (e instanceof ClientError && e.details.length) return e.details.map(messageText);
  return [e instanceof Error ? e.message : String(e)];
}

export function errorText(e: unknown): string {
  return errorLines(e).join('\n');
}
