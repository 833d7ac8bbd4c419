import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParagraphUpdate } from '../../core/api/contract';
import type { SaveState } from './save-queue';
import { AUTOSAVE_DELAY_MS, SaveQueue } from './save-queue';

type Call = { index: number; target: string; confirm?: boolean | undefined };

/** A store whose answers the test controls: each save waits until released, then succeeds or fails. */
function fakeStore() {
  const stored = new Map<number, Call>();
  const calls: Array<{ call: Call; settle: (ok: boolean) => void }> = [];
  const save = (input: Call & { documentId: string }): Promise<ParagraphUpdate> =>
    new Promise((resolve, reject) => {
      calls.push({
        call: input,
        settle: (ok) => {
          if (!ok) return reject(new Error('network down'));
          stored.set(input.index, input);
          resolve({
            paragraph: { index: input.index, source: 'س', target: input.target, status: input.confirm ? 'translated' : 'draft' },
            document: {} as ParagraphUpdate['document'],
          });
        },
      });
    });
  return { stored, calls, save };
}

/** Lets the queue's promise chain run (timers are faked, microtasks are not). */
const tick = async (): Promise<void> => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('SaveQueue', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('saves a row 400 ms after the last keystroke', async () => {
    const store = fakeStore();
    const states: SaveState[] = [];
    const q = new SaveQueue(store.save, 'd', (s) => states.push(s), () => undefined);
    q.edit(2, 'Tas');
    q.edit(2, 'Tasnim');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(store.calls).toHaveLength(0);
    vi.advanceTimersByTime(1);
    await tick();
    expect(store.calls.map((c) => c.call.target)).toEqual(['Tasnim']);
    store.calls[0]!.settle(true);
    await tick();
    expect(states.at(-1)).toEqual({ kind: 'saved' });
  });

  it('never lets an older failed save come back over newer text', async () => {
    const store = fakeStore();
    const q = new SaveQueue(store.save, 'd', () => undefined, () => undefined);
    q.edit(0, 'ab');
    const first = q.flush().catch(() => 'failed');
    await tick();
    q.edit(0, 'abc');
    const second = q.flush().catch(() => 'failed');
    store.calls[0]!.settle(false); // "ab" fails after "abc" was typed
    await tick();
    await tick();
    store.calls[1]!.settle(true);
    await first;
    await second;
    await q.flush();
    expect(store.calls.map((c) => c.call.target)).toEqual(['ab', 'abc']);
    expect(store.stored.get(0)?.target).toBe('abc');
  });

  it('keeps a failed confirm (with its confirm) for the retry, and flush reports the failure', async () => {
    const store = fakeStore();
    const states: SaveState[] = [];
    const q = new SaveQueue(store.save, 'd', (s) => states.push(s), () => undefined);
    const confirmed = q.confirm(4, 'Jowzjan province');
    await tick();
    store.calls[0]!.settle(false);
    await expect(confirmed).rejects.toThrow('network down');
    expect(q.busy).toBe(true);
    expect(states.at(-1)).toEqual({ kind: 'failed', message: 'network down' });
    vi.advanceTimersByTime(3000); // the retry
    await tick();
    expect(store.calls[1]!.call).toMatchObject({ index: 4, target: 'Jowzjan province', confirm: true });
    store.calls[1]!.settle(true);
    await tick();
    await tick();
    expect(store.stored.get(4)).toMatchObject({ confirm: true });
    expect(q.busy).toBe(false);
  });
});
