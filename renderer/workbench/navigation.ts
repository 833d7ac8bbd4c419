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

/** Paragraphs and words translated, for the header. */
export function progressOf(rows: readonly { status: Status; words: number }[]): { done: number; total: number; words: number; wordsDone: number } {
  let done = 0;
  let words = 0;
  let wordsDone = 0;
  for (const r of rows) {
    words += r.words;
    if (r.status === 'translated') {
      done++;
      wordsDone += r.words;
    }
  }
  return { done, total: rows.length, words, wordsDone };
}
