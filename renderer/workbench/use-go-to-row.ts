/**
 * `goToRow(index, edit)`: THE way to move to a row in the workbench (index counted from 0, as in the API;
 * the UI shows index + 1). It saves what is pending, makes the row active, scrolls it into view, loads its
 * page when it is not loaded yet (big documents load in pages, use-paged-rows.ts), then focuses its editor
 * (`edit`, the default) or the row itself (so ↑/↓ and Enter work). Keyboard moves, confirm-and-next, the QA
 * and names lists, recovered rows, `#/doc/ID/row/N` addresses, and find/go-to all call it.
 */
import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback } from 'react';
import type { InViewHold } from './hold-in-view';
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
  /** Places the row and keeps it in place while its page loads and the rows around it are measured. */
  hold: InViewHold;
  scroller: React.RefObject<HTMLDivElement | null>;
  load: (indexes: readonly number[]) => Promise<unknown>;
  isLoaded: (index: number) => boolean;
  queue: SaveQueue;
  setActive: (index: number) => void;
  setEditing: (index: number | null) => void;
}): GoToRow {
  const { count, virtualizer, hold, scroller, load, isLoaded, queue, setActive, setEditing } = deps;
  const positionOf = deps.positionOf ?? identity;
  return useCallback(
    (index: number, edit = true) => {
      if (count === 0) return;
      const clamped = Math.max(0, Math.min(count - 1, index));
      void queue.flush().catch(() => undefined); // a failure shows in the header and is retried
      setActive(clamped);
      setEditing(edit ? clamped : null);
      const position = Math.max(0, positionOf(clamped));
      // A row on screen: into view with the start of the next one peeking (keep-in-view.ts); else centred.
      const mounted = virtualizer.getVirtualItems().some((i) => i.index === position);
      hold.hold(position, mounted && isLoaded(clamped) ? 'near' : 'center');
      /**
       * Focus the row once it is mounted (the editor focuses itself, `edit`); again the next frames, as a row
       * re-mounted when its page or its measured height arrives loses the focus. No layout is read here.
       */
      const focusRow = (frames = FOCUS_FRAMES): void => {
        requestAnimationFrame(() => {
          const el = scroller.current?.querySelector<HTMLElement>(`[data-testid=row][data-index="${clamped}"]`);
          if (el && (edit || document.activeElement === el)) return;
          // Focus taken on purpose meanwhile (the find bar, a filter): leave it there.
          if (frames < FOCUS_FRAMES && document.activeElement && document.activeElement !== document.body) return;
          if (el) el.focus({ preventScroll: true });
          if (frames > 0) focusRow(frames - 1);
        });
      };
      if (isLoaded(clamped)) {
        focusRow();
        return;
      }
      load([clamped])
        .then(() => {
          // The real rows replace the placeholders with their own heights: held in place as they are measured.
          hold.renew(position);
          focusRow();
        })
        .catch(() => undefined); // the error banner says why
    },
    [count, positionOf, virtualizer, hold, scroller, load, isLoaded, queue, setActive, setEditing],
  );
}
