/**
 * Validates a call against the contract and runs its handler; both transports use this one function,
 * so every input crossing a boundary is parsed by zod before any handler sees it.
 */
import type { Envelope } from '../../core/api/contract';
import { api, ApiError } from '../../core/api/contract';
import { FormatError } from '../../core/formats/errors';
import { setTimeout as sleep } from 'node:timers/promises';
import { BUSY_GIVE_UP_MS, isBusyError, WorkspaceError } from '../../db/open';
import type { Handlers } from '../app/handler-types';
import { JobError } from '../jobs/runner';

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; ');
}

/**
 * Runs a handler again while another process holds the workspace's write lock, sleeping between tries so the
 * event loop answers other requests. Safe because a handler's writes are one transaction, refused whole when
 * the lock is not had (BEGIN IMMEDIATE fails before anything is written).
 */
async function retryWhileBusy<T>(run: () => T | Promise<T>): Promise<T> {
  const deadline = Date.now() + BUSY_GIVE_UP_MS;
  for (let wait = 20; ; wait = Math.min(250, wait * 2)) {
    try {
      return await run();
    } catch (e) {
      if (!isBusyError(e) || Date.now() + wait > deadline) throw e;
      await sleep(wait);
    }
  }
}

export function createDispatch(handlers: Handlers, log: (e: unknown) => void = console.error): Dispatch {
  return async (method, input) => {
    if (typeof method !== 'string' || !Object.hasOwn(api, method)) {
      return { ok: false, error: { code: 'not-found', message: `unknown method ${String(method)}` } };
    }
    const m = method as keyof Handlers;
    const parsed = api[m].input.safeParse(input ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-input', message: `${m}: ${describeIssues(parsed.error.issues)}` } };
    }
    try {
      const handler = handlers[m] as (i: unknown) => unknown;
      const value = await retryWhileBusy(() => handler(parsed.data));
      return { ok: true, value };
    } catch (e) {
      if (e instanceof ApiError) return { ok: false, error: { code: e.code, message: e.message } };
      if (e instanceof FormatError) return { ok: false, error: { code: 'bad-file', message: e.message } };
      if (e instanceof JobError) return { ok: false, error: { code: e.reason === 'memory' ? 'too-large' : 'internal', message: e.message } };
      if (e instanceof WorkspaceError) return { ok: false, error: { code: 'conflict', message: e.message } };
      if (isBusyError(e)) {
        const message = `the workspace is busy: another Dragoman process kept it locked for over ${BUSY_GIVE_UP_MS / 1000} s; nothing was changed, try again`;
        return { ok: false, error: { code: 'busy', message } };
      }
      log(e);
      return { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } };
    }
  };
}
