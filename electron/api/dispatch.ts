/**
 * Validates a call against the contract and runs its handler; both transports use this one function,
 * so every input crossing a boundary is parsed by zod before any handler sees it.
 */
import type { Envelope, ErrorCode } from '../../core/api/contract';
import { api, ApiError } from '../../core/api/contract';
import { FormatError } from '../../core/formats/errors';
import type { Message } from '../../core/i18n/message';
import { msg } from '../../core/i18n/message';
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

/** A refusal as the transports carry it: the code, the English and the message the UI formats. */
function refuse(code: ErrorCode, detail: Message): Envelope<never> {
  return { ok: false, error: new ApiError(code, detail).body() };
}

export function createDispatch(handlers: Handlers, log: (e: unknown) => void = console.error): Dispatch {
  return async (method, input) => {
    if (typeof method !== 'string' || !Object.hasOwn(api, method)) {
      return refuse('not-found', msg('unknownMethod', { method: String(method) }));
    }
    const m = method as keyof Handlers;
    const parsed = api[m].input.safeParse(input ?? {});
    if (!parsed.success) {
      // zod's own words stay as they are (a UI never sends them in normal use; the CLI prints them).
      return refuse('invalid-input', msg('invalidInput', { method: m, issues: describeIssues(parsed.error.issues) }));
    }
    try {
      const handler = handlers[m] as (i: unknown) => unknown;
      const value = await retryWhileBusy(() => handler(parsed.data));
      return { ok: true, value };
    } catch (e) {
      if (e instanceof ApiError) return { ok: false, error: e.body() };
      if (e instanceof FormatError) return refuse('bad-file', e.detail);
      if (e instanceof JobError) return refuse(e.reason === 'memory' ? 'too-large' : 'internal', e.detail);
      if (e instanceof WorkspaceError) return refuse('conflict', msg('workspace', { detail: e.message }));
      if (isBusyError(e)) return refuse('busy', msg('busy', { seconds: BUSY_GIVE_UP_MS / 1000 }));
      log(e);
      return refuse('internal', msg('internal', { detail: e instanceof Error ? e.message : String(e) }));
    }
  };
}
