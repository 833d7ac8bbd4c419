/**
 * The API between the renderer and the main process, declared once: method name → zod input schema and
 * result type. Each feature declares its slice in `methods/<feature>.ts`; they merge here into the one map
 * that the IPC transport, the HTTP transport and the CLI all run. A name declared twice fails at start-up.
 */
import { mergeMethods } from './merge';
import { documentMethods } from './methods/documents';
import { exportMethods } from './methods/export';
import { glossaryMethods } from './methods/glossary';
import { journalMethods } from './methods/journal';
import { namesMethods } from './methods/names';
import { qaMethods } from './methods/qa';
import { reviewMethods } from './methods/review';
import { searchMethods } from './methods/search';
import { settingsMethods } from './methods/settings';
import { tmMethods } from './methods/tm';
import { teamMethods } from './methods/team';
import type { z } from 'zod';
import type { Message } from '../i18n/message';
import { englishText } from '../i18n/message';

export * from './methods/common';
export * from './methods/documents';
export * from './methods/export';
export * from './methods/glossary';
export * from './methods/journal';
export * from './methods/names';
export * from './methods/qa';
export * from './methods/review';
export * from './methods/search';
export * from './methods/settings';
export * from './methods/tm';
export * from './methods/team';

/** The feature slices, in the order the README lists them. */
export const API_SLICES = [
  settingsMethods,
  documentMethods,
  glossaryMethods,
  qaMethods,
  namesMethods,
  exportMethods,
  reviewMethods,
  journalMethods,
  searchMethods,
  tmMethods,
  teamMethods,
] as const;

export const api = mergeMethods(...API_SLICES);

export type Api = typeof api;
export type Method = keyof Api;
export type Input<M extends Method> = z.input<Api[M]['input']>;
export type Result<M extends Method> = Api[M]['result'];

export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'bad-file',
  'too-large',
  'conflict',
  'busy',
  'unsupported',
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * An error as both transports carry it: the code the client acts on, the English text (the CLI's line, logs) and
 * the same as messages (core/i18n/message.ts, one per line) that the UI shows in its own language.
 */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: Message[];
}

/** What both transports carry back. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

/** An error a handler reports to the user: a code the client can act on and what to tell the user, as messages. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly details: Message[];
  constructor(
    readonly code: ErrorCode,
    detail: Message | readonly Message[],
  ) {
    const details = Array.isArray(detail) ? [...(detail as readonly Message[])] : [detail as Message];
    super(details.map(englishText).join('\n'));
    this.details = details;
  }

  body(): ErrorBody {
    return { code: this.code, message: this.message, details: this.details };
  }
}

/** A client of the API, whatever carries it (IPC or HTTP). */
export type ApiClient = <M extends Method>(method: M, input: Input<M>) => Promise<Result<M>>;
