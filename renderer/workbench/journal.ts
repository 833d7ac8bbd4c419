/**
 * The journal of unsent edits: every keystroke's text is written here before it is sent, and removed once
 * the server stored it. It outlives a crash of the server, the browser or the app; on reopen the workbench
 * replays what was never stored (journal-replay.ts). In the browser mode it is IndexedDB (kept per origin,
 * which is why the browser mode reuses its port); in the desktop app a file beside the workspace, through the
 * API (`journal.*`).
 */
import type { JournalEntryView } from '../../core/api/contract';

/** One unsent edit: the same entry in IndexedDB and in the desktop app's journal file (`journal.*`). */
export type JournalEntry = JournalEntryView;

export interface Journal {
  put(entry: JournalEntry): Promise<void>;
  /** Removes the row's entry if it is this tab's and not newer than `seq`. */
  remove(documentId: string, index: number, tab: string, seq: number): Promise<void>;
  list(documentId: string): Promise<JournalEntry[]>;
}

const DB_NAME = 'dragoman-journal';
const STORE = 'edits';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export function indexedDbJournal(factory: IDBFactory = indexedDB): Journal {
  let opened: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> => {
    opened ??= new Promise((resolve, reject) => {
      const r = factory.open(DB_NAME, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: ['documentId', 'index'] });
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('cannot open the journal'));
    });
    return opened;
  };
  return {
    async put(entry) {
      const db = await open();
      // Strict durability: the entry is on disk before the transaction completes, so a kill cannot undo it.
      const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      tx.objectStore(STORE).put(entry);
      await done(tx);
    },
    async remove(documentId, index, tab, seq) {
      const db = await open();
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      const current = (await request(store.get([documentId, index]))) as JournalEntry | undefined;
      if (current && current.tab === tab && current.seq <= seq) store.delete([documentId, index]);
      await done(tx);
    },
    async list(documentId) {
      const db = await open();
      const tx = db.transaction(STORE, 'readonly');
      const range = IDBKeyRange.bound([documentId, 0], [documentId, Number.MAX_SAFE_INTEGER]);
      return (await request(tx.objectStore(STORE).getAll(range))) as JournalEntry[];
    },
  };
}

/** A journal that keeps nothing (tests, or a browser without IndexedDB: the save queue still works). */
export const noJournal: Journal = { put: async () => undefined, remove: async () => undefined, list: async () => [] };
