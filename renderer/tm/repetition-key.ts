/** The repetition key's rules, apart from the hook so they are tested without a window (use-repetition-key.ts). */
import type { Status } from '../../core/model';

export function isRepetitionKey(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): boolean {
  return e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey;
}

export function waitsForConfirmation(row: { origin?: string | undefined; status: Status } | undefined): boolean {
  return row?.origin === 'repetition' && row.status === 'draft';
}

/** The first waiting row after `index`, else the first one before it (wrapping); null when none waits. */
export function nextWaiting(rows: readonly number[], index: number): number | null {
  return rows.find((r) => r > index) ?? rows.find((r) => r < index) ?? null;
}
