/** Pieces every slice of the contract shares: the result marker, ids, file bytes, the file-size limit. */
import { z } from 'zod';

/** Phantom marker carrying a method's result type. */
export function returns<T>(): T {
  return undefined as T;
}

/** The largest file Dragoman reads (documents, glossaries, reviews): checked before reading and again by the service. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export const id = z.string().min(1).max(100);
export const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'expected the bytes of a file' });
export const fileName = z.string().min(1).max(500);

export const UI_LANGUAGES = ['en', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** A file handed back to the caller (a download in the browser, a save dialog on the desktop, a file in the CLI). */
export interface ExportedFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

/** One method of the contract: its zod input schema and (as a phantom) its result type. */
export interface MethodSpec {
  readonly input: z.ZodType;
  readonly result: unknown;
}
