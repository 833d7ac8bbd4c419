/**
 * Ctrl+Shift+Enter (Cmd+Shift+Enter on macOS): the memory's repetitions confirmed one key each. Confirming a
 * row fills the document's identical untranslated rows as drafts of origin `repetition`; on such a row the key
 * confirms it and goes to the next one still waiting; on any other row it only goes there, so each repetition
 * is seen before it is confirmed. Which rows wait is asked of the main side over the whole stored document
 * (`search.filter`, `repetition`), never worked out from the rows this window holds (they load in pages).
 * Row indices are counted from 0 here, as in the API.
 */
import { useCallback, useState } from 'react';
import type { Status } from '../../core/model';
import { call } from '../api/client';
import { showErrorWith } from '../shared/show-error';
import { nextWaiting, waitsForConfirmation } from './repetition-key';

export { isRepetitionKey, nextWaiting, waitsForConfirmation } from './repetition-key';

export interface RepetitionKey {
  /** The key was pressed on row `index`. */
  press: (index: number) => void;
  /** Repetitions still waiting after the last press (null before the first). */
  left: number | null;
}

export function useRepetitionKey(deps: {
  documentId: string;
  rowAt: (index: number) => { origin?: string | undefined; status: Status } | undefined;
  /** Confirms the row as it is (its status, its save, its undo step). */
  confirmRow: (index: number) => void;
  goToRow: (index: number) => void;
  onError: (message: string) => void;
}): RepetitionKey {
  const { documentId, rowAt, confirmRow, goToRow, onError } = deps;
  const [left, setLeft] = useState<number | null>(null);
  const press = useCallback(
    (index: number) => {
      if (waitsForConfirmation(rowAt(index))) confirmRow(index);
      call('search.filter', { documentId, filter: 'repetition' })
        .then(({ paragraphs }) => {
          // A confirmation still on its way is not stored yet: the rows as this window holds them have the last word.
          const waiting = paragraphs.filter(
            (p) => p !== index && (rowAt(p) === undefined || waitsForConfirmation(rowAt(p))),
          );
          setLeft(waiting.length);
          const next = nextWaiting(waiting, index);
          if (next !== null) goToRow(next);
        })
        .catch(showErrorWith(onError));
    },
    [documentId, rowAt, confirmRow, goToRow, onError],
  );
  return { press, left };
}
