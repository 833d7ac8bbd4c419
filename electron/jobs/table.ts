/**
 * The heavy, pure work that runs off the main event loop: reading an imported file into paragraphs. Each job
 * is a function of plain data (bytes, strings, objects) that structured clone can carry both ways.
 */
import { importDocument } from '../../core/formats';

export const JOBS = {
  importDocument: (bytes: Uint8Array, fileName: string) => importDocument(bytes, fileName),
} as const;

export type JobName = keyof typeof JOBS;
export type JobArgs<J extends JobName> = Parameters<(typeof JOBS)[J]>;
export type JobResult<J extends JobName> = Awaited<ReturnType<(typeof JOBS)[J]>>;
