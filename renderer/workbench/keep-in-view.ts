/**
 * Scrolling the active row into view so that the row and the start of the next one are visible: after
 * Ctrl+Enter or Alt+↓ the translator sees what comes next, never a row stuck at the bottom edge.
 */
import type { Virtualizer } from '@tanstack/react-virtual';
import type { RowOrder } from './row-order';

/** How much of the next row stays visible below the active one. */
const NEXT_ROW_PEEK = 56;
/** Rows moved by PageUp/PageDown in row mode. */
const PAGE_ROWS = 8;

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

/** Home, End, PageUp and PageDown in row mode: the row they move to (within the filtered rows). */
export function rowKeyTarget(key: string, index: number, order: RowOrder): number | null {
  if (order.count === 0) return null;
  switch (key) {
    case 'Home':
      return order.indexAt(0);
    case 'End':
      return order.indexAt(order.count - 1);
    case 'PageDown':
      return order.step(index, PAGE_ROWS);
    case 'PageUp':
      return order.step(index, -PAGE_ROWS);
    default:
      return null;
  }
}

/** Focuses a row in row mode once the virtualizer has mounted it (a jump far away takes a frame or two). */
export function focusWhenMounted(root: HTMLElement | null, index: number, frames = 10): void {
  requestAnimationFrame(() => {
    const el = root?.querySelector<HTMLElement>(`[data-testid=row][data-index="${index}"]`);
    if (el) el.focus({ preventScroll: true });
    else if (frames > 0) focusWhenMounted(root, index, frames - 1);
  });
}
