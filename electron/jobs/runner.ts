/**
 * Runs the jobs of table.ts in a worker thread, so a large or hostile file never stops the server from
 * answering (an HTML file of 200,000 nested elements once blocked it for minutes). One worker, kept warm and
 * restarted after a failure; jobs queue behind each other. Each job has a time limit and the worker a heap
 * limit: past either the job fails with a clear message and the worker is replaced.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { FormatError } from '../../core/formats/errors';
import type { Message } from '../../core/i18n/message';
import { englishText, msg } from '../../core/i18n/message';
import type { JobArgs, JobName, JobResult } from './table';
import type { JobReply, JobRequest } from './worker';

export interface JobLimits {
  /** A job running longer is stopped (its worker terminated). */
  timeoutMs: number;
  /** The worker's heap; a job needing more fails as too large. */
  maxHeapMb: number;
}

export const DEFAULT_LIMITS: JobLimits = { timeoutMs: 60_000, maxHeapMb: 1536 };

export class JobError extends Error {
  override readonly name = 'JobError';
  constructor(
    readonly reason: 'timeout' | 'memory' | 'crash',
    /** What happened, as a message the UI shows in its language. */
    readonly detail: Message,
  ) {
    super(englishText(detail));
  }
}

export interface JobRunner {
  run<J extends JobName>(job: J, ...args: JobArgs<J>): Promise<JobResult<J>>;
  close(): Promise<void>;
}

/** The worker's entry: the bundled .cjs beside the packaged main process, else the TypeScript source via tsx. */
function workerEntry(): { file: string; execArgv: string[] } {
  const here = import.meta.dirname;
  if (here.includes(`${path.sep}dist${path.sep}`)) return { file: path.join(here, 'job-worker.cjs'), execArgv: [] };
  return { file: path.join(here, 'worker-dev.mjs'), execArgv: [] };
}

export function createJobRunner(limits: JobLimits = DEFAULT_LIMITS): JobRunner {
  type Pending = Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>;
  let worker: Worker | undefined;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();
  // Each worker's own calls: a worker that dies fails only what it was running.
  const pendingOf = new WeakMap<Worker, Pending>();
  const readyOf = new WeakMap<Worker, Promise<void>>();

  const start = (): Worker => {
    const pending: Pending = new Map();
    const failAll = (e: Error): void => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    };
    const entry = workerEntry();
    const w = new Worker(entry.file, {
      execArgv: entry.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
    });
    pendingOf.set(w, pending);
    readyOf.set(
      w,
      new Promise<void>((resolve) => {
        const onReady = (m: { ready?: boolean }): void => {
          if (!m.ready) return;
          w.off('message', onReady);
          resolve();
        };
        w.on('message', onReady);
        w.once('exit', () => resolve());
      }),
    );
    w.unref();
    w.on('message', (reply: JobReply | { ready: true }) => {
      if ('ready' in reply) return;
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.value);
      else if (reply.error.format)
        p.reject(new FormatError(reply.error.fileName, reply.error.problem, reply.error.where));
      else p.reject(new Error(reply.error.message));
    });
    w.on('error', (e: Error & { code?: string }) => {
      const memory = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
      failAll(
        new JobError(memory ? 'memory' : 'crash', memory ? msg('jobMemory') : msg('jobCrash', { detail: e.message })),
      );
      if (worker === w) worker = undefined;
    });
    w.on('exit', () => {
      failAll(new JobError('crash', msg('jobStopped')));
      if (worker === w) worker = undefined;
    });
    return w;
  };

  const runNow = async <J extends JobName>(job: J, args: JobArgs<J>): Promise<JobResult<J>> => {
    worker ??= start();
    const w = worker;
    w.ref();
    await readyOf.get(w); // start-up (compiling in development) is not the job's time
    if (worker !== w) throw new JobError('crash', msg('jobStopped'));
    return new Promise<JobResult<J>>((resolve, reject) => {
      const pending = pendingOf.get(w) as Pending;
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new JobError('timeout', msg('jobTimeout', { seconds: Math.round(limits.timeoutMs / 1000) })));
        worker = undefined;
        void w.terminate();
      }, limits.timeoutMs);
      pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v as JobResult<J>)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      w.postMessage({ id, job, args } satisfies JobRequest);
    }).finally(() => {
      if (worker && pendingOf.get(worker)?.size === 0) worker.unref();
    });
  };

  return {
    run(job, ...args) {
      const result = queue.then(() => runNow(job, args));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
    },
  };
}
