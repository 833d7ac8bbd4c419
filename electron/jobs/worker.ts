/** The worker thread's side: runs one job of table.ts per message and answers with its value or its error. */
import { parentPort } from 'node:worker_threads';
import { FormatError } from '../../core/formats/errors';
import type { JobName } from './table';
import { JOBS } from './table';

export interface JobRequest {
  id: number;
  job: JobName;
  args: unknown[];
}

export type JobReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { format: boolean; fileName?: string; location?: string | undefined; problem?: string; message: string } };

// Loaded and compiled: the runner starts a job's clock only now.
parentPort?.postMessage({ ready: true });

parentPort?.on('message', (req: JobRequest) => {
  void (async () => {
    try {
      const run = JOBS[req.job] as (...a: unknown[]) => unknown;
      parentPort?.postMessage({ id: req.id, ok: true, value: await run(...req.args) } satisfies JobReply);
    } catch (e) {
      const format = e instanceof FormatError;
      const error = format
        ? { format, fileName: e.fileName, location: e.location, problem: e.message.slice(e.message.indexOf(': ') + 2), message: e.message }
        : { format, message: e instanceof Error ? e.message : String(e) };
      parentPort?.postMessage({ id: req.id, ok: false, error } satisfies JobReply);
    }
  })();
});
