/**
 * Scrolling the active row into view so that the row and the start of the next one are visible: after
 * Ctrl+Enter or Alt+↓ the translator sees what comes next, never a row stuck at the bottom edge. The placing
 * itself is held until the list settles (hold-in-view.ts).
 */
import type { Virtualizer } from '@tanstack/react-virtual';
import type { RowOrder } from './row-order';

/** How much of the next row stays visible below the active one. */
const NEXT_ROW_PEEK = 56;
/** Rows moved by PageUp/PageDown in row mode when the list shows none whole (a row taller than the list). */
const MIN_PAGE_ROWS = 1;

/**
 * Where a row goes: `center` (go to, find, an address: the row in the middle, or at the top when it is taller
 * than the list) or `near` (Alt+↓, Ctrl+Enter, PageDown: scrolled only as far as needed for the row and the
 * start of the next one to show). The new scroll offset, or null when the row is in place (within a pixel).
 */
export type Placement = 'center' | 'near';

export function placeOffset(
  row: { start: number; end: number; last: boolean },
  view: { offset: number; size: number; total: number },
  placement: Placement,
): number | null {
  const height = row.end - row.start;
  const max = Math.max(0, view.total - view.size);
  let want: number;
  if (placement === 'center' || height >= view.size) {
    want = height >= view.size ? row.start : row.start - (view.size - height) / 2;
  } else {
    const wantEnd = row.end + (row.last ? 0 : NEXT_ROW_PEEK);
    if (row.start < view.offset) want = row.start;
    else if (wantEnd > view.offset + view.size) want = Math.min(row.start, wantEnd - view.size);
    else return null;
  }
  want = Math.round(Math.max(0, Math.min(max, want)));
  return Math.abs(want - view.offset) > 1 ? want : null;
}

/** A page for PageUp/PageDown: as many rows as the list shows whole now (rows differ in height). */
export function rowsPerPage(v: Virtualizer<HTMLDivElement, Element>): number {
  const el = v.scrollElement;
  if (!el) return MIN_PAGE_ROWS;
  const top = el.scrollTop;
  const bottom = top + el.clientHeight;
  const whole = v.getVirtualItems().filter((i) => i.start >= top - 1 && i.end <= bottom + 1).length;
  return Math.max(MIN_PAGE_ROWS, whole);
}

/**
 * Home, End, PageUp and PageDown in row mode: the row they move to (within the filtered rows); a page is
 * `pageRows` rows (`rowsPerPage`).
 */
export function rowKeyTarget(key: string, index: number, order: RowOrder, pageRows: number): number | null {
  if (order.count === 0) return null;
  switch (key) {
    case 'Home':
      return order.indexAt(0);
    case 'End':
      return order.indexAt(order.count - 1);
    case 'PageDown':
      return order.step(index, pageRows);
    case 'PageUp':
      return order.step(index, -pageRows);
    default:
      return null;
  }
}
