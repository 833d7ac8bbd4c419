/**
 * Which rows the list shows: all of them, or the paragraphs a filter kept (ascending). The list's positions
 * and the paragraphs' indices (both from 0) are told apart here, so navigation moves within the filtered rows.
 */
export interface RowOrder {
  /** Rows shown. */
  count: number;
  /** The paragraph at a list position. */
  indexAt(position: number): number;
  /** The list position of a paragraph, or -1 when the filter hides it. */
  positionOf(index: number): number;
  /** The shown paragraph `step` rows away from `index` (clamped to the first and last shown). */
  step(index: number, step: number): number;
}

export function allRows(count: number): RowOrder {
  const clamp = (i: number): number => Math.max(0, Math.min(count - 1, i));
  return { count, indexAt: (p) => p, positionOf: (i) => (i >= 0 && i < count ? i : -1), step: (i, s) => clamp(i + s) };
}

/** The first position whose paragraph is ≥ index. */
function lowerBound(rows: readonly number[], index: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]! < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function filteredRows(rows: readonly number[]): RowOrder {
  return {
    count: rows.length,
    indexAt: (p) => rows[p] ?? -1,
    positionOf(i) {
      const p = lowerBound(rows, i);
      return rows[p] === i ? p : -1;
    },
    step(i, s) {
      if (rows.length === 0) return i;
      let p = lowerBound(rows, i);
      // A hidden row (the active one before the filter): the first step lands on its nearest shown neighbour.
      if (rows[p] !== i && s > 0) p -= 1;
      return rows[Math.max(0, Math.min(rows.length - 1, p + s))]!;
    },
  };
}
