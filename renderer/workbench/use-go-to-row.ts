/**
 * `goToRow(index, edit)`: THE way to move to a row in the workbench (index counted from 0, as in the API;
 * the UI shows index + 1). It saves what is pending, makes the row active, scrolls it into view, loads its
 * page when it is not loaded yet (big documents load in pages, use-paged-rows.ts), then focuses its editor
 * (`edit`, the default) or the row itself (so ↑/↓ and Enter work). Keyboard moves, confirm-and-next, the QA
 * and names lists, recovered rows, `#/doc/ID/row/N` addresses, and find/go-to all call it.
 */
import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback } from 'react';
import { keepInView } from './keep-in-view';
import type { SaveQueue } from './save-queue';

export type GoToRow = (index: number, edit?: boolean) => void;

const identity = (i: number): number => i;
/** Frames a jump may take to mount its row (and to re-focus it when a re-mount lost the focus). */
const FOCUS_FRAMES = 30;

export function useGoToRow(deps: {
  count: number;
  /** The list position of a paragraph (a filter shows some rows only); identity without a filter. */
  positionOf?: (index: number) => number;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  scroller: React.RefObject<HTMLDivElement | null>;
  load: (indexes: readonly number[]) => Promise<unknown>;
  isLoaded: (index: number) => boolean;
  queue: SaveQueue;
  setActive: (index: number) => void;
  setEditing: (index: number | null) => void;
}): GoToRow {
  const { count, virtualizer, scroller, load, isLoaded, queue, setActive, setEditing } = deps;
  const positionOf = deps.positionOf ?? identity;
  return useCallback(
    (index: number, edit = true) => {
      if (count === 0) return;
      const clamped = Math.max(0, Math.min(count - 1, index));
      void queue.flush().catch(() => undefined); // a failure shows in the header and is retried
      setActive(clamped);
      setEditing(edit ? clamped : null);
      const scroll = (align: 'auto' | 'center'): void => {
        const position = Math.max(0, positionOf(clamped));
        // The first row has an exact place whatever the estimates: the top.
        if (position === 0) scroller.current?.scrollTo({ top: 0 });
        else virtualizer.scrollToIndex(position, { align });
      };
      /**
       * A jump far away lands on estimated heights: until the row is mounted, scroll again each frame (the rows
       * measured on the way correct the estimate), then focus it in row mode (the editor focuses itself).
       */
      const focusRow = (frames = FOCUS_FRAMES): void => {
        requestAnimationFrame(() => {
          const el = scroller.current?.querySelector<HTMLElement>(`[data-testid=row][data-index="${clamped}"]`);
          if (el && (edit || document.activeElement === el)) return;
          // Focus taken on purpose meanwhile (the find bar, a filter): leave it there.
          if (frames < FOCUS_FRAMES && document.activeElement && document.activeElement !== document.body) return;
          if (el) el.focus({ preventScroll: true });
          else scroll('center');
          // Again next frame: a row re-mounted as its page or its measured height arrives loses the focus.
          if (frames > 0) focusRow(frames - 1);
        });
      };
      // A loaded row: into view with the start of the next one peeking (keep-in-view.ts); else centred.
      if (isLoaded(clamped) && positionOf(clamped) > 0) keepInView(virtualizer, positionOf(clamped));
      else scroll('center');
      if (isLoaded(clamped)) {
        focusRow();
        return;
      }
      load([clamped])
        .then(() => {
          // The real rows replace the placeholders with their own heights: scroll again once they are measured.
          requestAnimationFrame(() => scroll('center'));
          focusRow();
        })
        .catch(() => undefined); // the error banner says why
    },
    [count, positionOf, virtualizer, scroller, load, isLoaded, queue, setActive, setEditing],
  );
}
