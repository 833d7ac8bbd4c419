/**
 * Scrolling the active row into view so that the row and the start of the next one are visible: after
 * Ctrl+Enter or Alt+↓ the translator sees what comes next, never a row stuck at the bottom edge.
 */
import type { Virtualizer } from '@tanstack/react-virtual';
import type { RowOrder } from './row-order';

/** How much of the next row stays visible below the active one. */
const NEXT_ROW_PEEK = 56;
/** Rows moved by PageUp/PageDown in row mode when the list shows none whole (a row taller than the list). */
const MIN_PAGE_ROWS = 1;

export function keepInView(v: Virtualizer<HTMLDivElement, Element>, position: number): void {
  const el = v.scrollElement;
  const item = v.measurementsCache[position];
  const mounted = v.getVirtualItems().some((i) => i.index === position);
  // Far away (not measured yet): let the virtualizer centre it, correcting as the rows are measured.
  if (!el || !item || !mounted) {
    v.scrollToIndex(position, { align: 'center' });
    return;
  }
  const top = el.scrollTop;
  const height = el.clientHeight;
  const wantEnd = item.end + (position + 1 < v.options.count ? NEXT_ROW_PEEK : 0);
  if (item.start < top) v.scrollToOffset(item.start);
  else if (wantEnd > top + height) v.scrollToOffset(Math.min(item.start, wantEnd - height));
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
