import type { Status } from '../../core/model';
import { isDone } from '../../core/model';

/** The next row after `from` that is not translated, wrapping to the top; null when every row is. */
export function nextUntranslated(statuses: readonly Status[], from: number): number | null {
  const n = statuses.length;
  for (let step = 1; step < n; step++) {
    const i = (from + step) % n;
    if (!isDone(statuses[i]!)) return i;
  }
  return null;
}

/**
 * Paragraphs and words translated, for the header: paragraphs from the statuses this tab holds (a confirm
 * shows at once), words from the store's summary (the rows' word counts stay on the main side).
 */
export function progressOf(
  statuses: readonly Status[],
  summary: { words: number; wordsTranslated: number },
): { done: number; total: number; words: number; wordsDone: number } {
  let done = 0;
  for (const s of statuses) if (isDone(s)) done++;
  return { done, total: statuses.length, words: summary.words, wordsDone: summary.wordsTranslated };
}
