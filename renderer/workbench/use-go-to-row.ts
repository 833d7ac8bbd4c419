/**
 * `goToRow(index, edit)`: THE way to move to a row in the workbench (index counted from 0, as in the API;
 * the UI shows index + 1). It saves what is pending, makes the row active, scrolls it into view, loads its
 * page when it is not loaded yet (big documents load in pages, use-paged-rows.ts), then focuses its editor
 * (`edit`, the default) or the row itself (so ↑/↓ and Enter work). Keyboard moves, confirm-and-next, the QA
 * and names lists, recovered rows, `#/doc/ID/row/N` addresses, and find/go-to all call it.
 */
import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback } from 'react';
import type { SaveQueue } from './save-queue';

export type GoToRow = (index: number, edit?: boolean) => void;

export function useGoToRow(deps: {
  count: number;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  scroller: React.RefObject<HTMLDivElement | null>;
  load: (indexes: readonly number[]) => Promise<unknown>;
  isLoaded: (index: number) => boolean;
  queue: SaveQueue;
  setActive: (index: number) => void;
  setEditing: (index: number | null) => void;
}): GoToRow {
  const { count, virtualizer, scroller, load, isLoaded, queue, setActive, setEditing } = deps;
  return useCallback(
    (index: number, edit = true) => {
      if (count === 0) return;
      const clamped = Math.max(0, Math.min(count - 1, index));
      void queue.flush().catch(() => undefined); // a failure shows in the header and is retried
      setActive(clamped);
      setEditing(edit ? clamped : null);
      const focusRow = (): void => {
        if (edit) return; // the editor focuses itself when its row is the editing one
        requestAnimationFrame(() =>
          scroller.current?.querySelector<HTMLElement>(`[data-testid=row][data-index="${clamped}"]`)?.focus({ preventScroll: true }),
        );
      };
      virtualizer.scrollToIndex(clamped, { align: isLoaded(clamped) ? 'auto' : 'center' });
      if (isLoaded(clamped)) {
        focusRow();
        return;
      }
      load([clamped])
        .then(() => {
          // The real rows replace the placeholders with their own heights: scroll again once they are measured.
          requestAnimationFrame(() => virtualizer.scrollToIndex(clamped, { align: 'center' }));
          focusRow();
        })
        .catch(() => undefined); // the error banner says why
    },
    [count, virtualizer, scroller, load, isLoaded, queue, setActive, setEditing],
  );
}
