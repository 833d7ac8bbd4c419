/**
 * The heavy, pure work that runs off the main event loop: reading an imported file into paragraphs. Each job
 * is a function of plain data (bytes, strings, objects) that structured clone can carry both ways. Writing an
 * export (a 10,000-row DOCX) is one too.
 */
import { exportDocument, importDocument } from '../../core/formats';
import { NATIVE_ZIP } from '../features/export/native-zip';

/** Export options as they cross to the worker: everything but the compressor, which the worker has itself. */
export type PlainExportOptions = Omit<Parameters<typeof exportDocument>[2], 'compressor'>;

export const JOBS = {
  importDocument: (bytes: Uint8Array, fileName: string) => importDocument(bytes, fileName),
  exportDocument: (
    doc: Parameters<typeof exportDocument>[0],
    format: Parameters<typeof exportDocument>[1],
    options: PlainExportOptions,
  ) => exportDocument(doc, format, { ...options, compressor: NATIVE_ZIP }),
} as const;

export type JobName = keyof typeof JOBS;
export type JobArgs<J extends JobName> = Parameters<(typeof JOBS)[J]>;
export type JobResult<J extends JobName> = Awaited<ReturnType<(typeof JOBS)[J]>>;
