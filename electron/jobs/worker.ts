/** The worker thread's side: runs one job of table.ts per message and answers with its value or its error. */
import { parentPort } from 'node:worker_threads';
import { FormatError } from '../../core/formats/errors';
import type { Message } from '../../core/i18n/message';
import type { JobName } from './table';
import { JOBS } from './table';

export interface JobRequest {
  id: number;
  job: JobName;
  args: unknown[];
}

export type JobReply =
  | { id: number; ok: true; value: unknown }
  | {
      id: number;
      ok: false;
      error:
        | { format: true; fileName: string; problem: Message; where: Message | undefined }
        | { format: false; message: string };
    };

// Loaded and compiled: the runner starts a job's clock only now.
parentPort?.postMessage({ ready: true });

parentPort?.on('message', (req: JobRequest) => {
  void (async () => {
    try {
      const run = JOBS[req.job] as (...a: unknown[]) => unknown;
      parentPort?.postMessage({ id: req.id, ok: true, value: await run(...req.args) } satisfies JobReply);
    } catch (e) {
      // A FormatError crosses as its parts (plain data), so it is the same error, messages and all, on the other side.
      const error =
        e instanceof FormatError
          ? { format: true as const, fileName: e.fileName, problem: e.problem, where: e.where }
          : { format: false as const, message: e instanceof Error ? e.message : String(e) };
      parentPort?.postMessage({ id: req.id, ok: false, error } satisfies JobReply);
    }
  })();
});
