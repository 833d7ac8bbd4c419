import type { Status } from '../../core/model';

/** The next row after `from` that is not translated, wrapping to the top; null when every row is. */
export function nextUntranslated(statuses: readonly Status[], from: number): number | null {
  const n = statuses.length;
  for (let step = 1; step < n; step++) {
    const i = (from + step) % n;
    if (statuses[i] !== 'translated') return i;
  }
  return null;
}
