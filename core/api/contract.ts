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

export const ERROR_CODES = ['invalid-input', 'not-found', 'bad-file', 'too-large', 'conflict', 'busy', 'unsupported', 'forbidden', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What both transports carry back. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** An error a handler reports to the user, with a code the client can act on. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A client of the API, whatever carries it (IPC or HTTP). */
export type ApiClient = <M extends Method>(method: M, input: Input<M>) => Promise<Result<M>>;
