import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParagraphUpdate } from '../../core/api/contract';
import type { SaveState } from './save-queue';
import { ClientError } from '../api/client-error';
import type { Journal, JournalEntry } from './journal';
import { AUTOSAVE_DELAY_MS, SaveQueue } from './save-queue';

/** A journal in memory, keyed like the real one. */
function memoryJournal(): Journal & { entries: Map<number, JournalEntry> } {
  const entries = new Map<number, JournalEntry>();
  return {
    entries,
    put: async (e) => void entries.set(e.index, e),
    remove: async (_d, index, tab, seq) => {
      const e = entries.get(index);
      if (e && e.tab === tab && e.seq <= seq) entries.delete(index);
    },
    list: async () => [...entries.values()],
  };
}

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
            paragraph: {
              index: input.index,
              source: 'س',
              target: input.target,
              status: input.confirm ? 'translated' : 'draft',
            },
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
    const q = new SaveQueue(
      store.save,
      'd',
      (s) => states.push(s),
      () => undefined,
    );
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
    const q = new SaveQueue(
      store.save,
      'd',
      () => undefined,
      () => undefined,
    );
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
    const q = new SaveQueue(
      store.save,
      'd',
      (s) => states.push(s),
      () => undefined,
    );
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

  it('saves within 500 ms of the first keystroke even while typing goes on, journaling each keystroke', async () => {
    const store = fakeStore();
    const journal = memoryJournal();
    let now = 0;
    const q = new SaveQueue(
      store.save,
      'd',
      () => undefined,
      () => undefined,
      { journal, now: () => now, tab: 't1' },
    );
    const typed = 'Clashes broke out in Jowzjan province on Monday';
    const sentAt: number[] = [];
    // One keystroke every 60 ms, never a pause of 400 ms; the clock moves in 10 ms steps.
    for (let ms = 0, i = 1; i <= typed.length; ms += 10) {
      if (ms % 60 === 0) {
        q.edit(3, typed.slice(0, i));
        await tick();
        expect(journal.entries.get(3)?.target).toBe(typed.slice(0, i));
        i++;
      }
      now += 10;
      vi.advanceTimersByTime(10);
      await tick();
      for (const c of store.calls.splice(0)) {
        sentAt.push(now);
        c.settle(true);
      }
      await tick();
    }
    expect(sentAt.length).toBeGreaterThanOrEqual(5);
    expect(sentAt[0]).toBeLessThanOrEqual(510);
    for (let i = 1; i < sentAt.length; i++) expect(sentAt[i]! - sentAt[i - 1]!).toBeLessThanOrEqual(570);
  });

  it('removes a journal entry only once its own text is stored', async () => {
    const store = fakeStore();
    const journal = memoryJournal();
    const q = new SaveQueue(
      store.save,
      'd',
      () => undefined,
      () => undefined,
      { journal, tab: 't1' },
    );
    q.edit(1, 'Darzab');
    void q.flush().catch(() => undefined);
    await tick();
    q.edit(1, 'Darzab district'); // typed while the first save is on its way
    store.calls[0]!.settle(true);
    await tick();
    expect(journal.entries.get(1)?.target).toBe('Darzab district');
    void q.flush().catch(() => undefined);
    await tick();
    store.calls[1]!.settle(true);
    await tick();
    expect(journal.entries.has(1)).toBe(false);
  });

  it('sends the row version and reports a conflict instead of overwriting text saved elsewhere', async () => {
    const conflicts: Array<[number, string, string]> = [];
    const sent: Array<number | undefined> = [];
    const journal = memoryJournal();
    const save = async (input: {
      index: number;
      target: string;
      baseVersion?: number | undefined;
    }): Promise<ParagraphUpdate> => {
      sent.push(input.baseVersion);
      const theirs = {
        index: input.index,
        source: 'س',
        target: 'Taliban fighters attacked',
        status: 'draft' as const,
        version: 8,
      };
      return { paragraph: theirs, document: {} as ParagraphUpdate['document'], conflict: true };
    };
    const q = new SaveQueue(
      save,
      'd',
      () => undefined,
      () => undefined,
      { journal, onConflict: (i, mine, theirs) => conflicts.push([i, mine.target, theirs.target]) },
    );
    q.load([{ index: 2, version: 7 }]);
    q.edit(2, 'The Taliban attacked');
    await q.flush();
    expect(sent).toEqual([7]);
    expect(conflicts).toEqual([[2, 'The Taliban attacked', 'Taliban fighters attacked']]);
    expect(journal.entries.get(2)?.target).toBe('The Taliban attacked'); // kept until the translator chooses
  });

  it('keeps the newest version when a page loaded earlier arrives after a save (big documents load in pages)', async () => {
    const sent: Array<number | undefined> = [];
    const save = async (input: {
      index: number;
      target: string;
      baseVersion?: number | undefined;
    }): Promise<ParagraphUpdate> => {
      sent.push(input.baseVersion);
      const version = (input.baseVersion ?? 0) + 1;
      return {
        paragraph: { index: input.index, source: 'س', target: input.target, status: 'draft', version },
        document: {} as ParagraphUpdate['document'],
      };
    };
    const q = new SaveQueue(
      save,
      'd',
      () => undefined,
      () => undefined,
    );
    q.load([{ index: 4, version: 2 }]);
    q.edit(4, 'Clashes broke out in Darzab');
    await q.flush(); // stored as version 3
    q.load([
      { index: 4, version: 2 },
      { index: 5, version: 6 },
    ]); // the same page, fetched before that save landed
    q.edit(4, 'Clashes broke out in Darzab district');
    q.edit(5, 'Jowzjan province');
    await q.flush();
    expect(sent).toEqual([2, 3, 6]);
  });

  it('does not retry in vain after a 401; it saves again once the tab has the new address', async () => {
    let refuse = true;
    const calls: string[] = [];
    const save = async (input: { index: number; target: string }): Promise<ParagraphUpdate> => {
      calls.push(input.target);
      if (refuse) throw new ClientError('unauthorized', 'this tab’s token is not the server’s');
      return {
        paragraph: { index: input.index, source: 'س', target: input.target, status: 'draft', version: 1 },
        document: {} as ParagraphUpdate['document'],
      };
    };
    const q = new SaveQueue(
      save,
      'd',
      () => undefined,
      () => undefined,
    );
    q.edit(0, 'Kabul');
    await q.flush().catch(() => undefined);
    vi.advanceTimersByTime(30_000);
    await tick();
    expect(calls).toEqual(['Kabul']);
    refuse = false;
    q.retryNow();
    await tick();
    await tick();
    expect(calls).toEqual(['Kabul', 'Kabul']);
    expect(q.busy).toBe(false);
  });
});
