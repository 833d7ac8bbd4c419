/** Which journal this window uses: the desktop app's file (through the API) or the browser's IndexedDB. */
import { call } from '../api/client';
import type { Journal } from './journal';
import { indexedDbJournal, noJournal } from './journal';

/** The desktop app's journal: a file beside the workspace, written by the main process. */
export const apiJournal: Journal = {
  put: async (entry) => {
    await call('journal.put', entry);
  },
  remove: async (documentId, index, tab, seq) => {
    await call('journal.remove', { documentId, index, tab, seq });
  },
  list: (documentId) => call('journal.list', { documentId }),
};

export function defaultJournal(): Journal {
  if (window.dragoman) return apiJournal;
  return typeof indexedDB === 'undefined' ? noJournal : indexedDbJournal();
}
