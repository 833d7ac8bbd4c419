/**
 * What to do, on opening a document, with journal entries no live tab owns: text typed before a crash of
 * the server, the browser or the app. Pure, so every case is unit-tested.
 * - the row already holds that text: the save landed; drop the entry;
 * - the row is still at the version the text was typed on: nothing newer was saved; replay it;
 * - the row changed since (another tab, the CLI, a reviewer): never overwrite; show both texts.
 */
import type { Paragraph } from '../../core/model';
import { isDone } from '../../core/model';
import type { JournalEntry } from './journal';

export interface ReplayPlan {
  replay: JournalEntry[];
  conflicts: Array<{ entry: JournalEntry; theirs: Paragraph }>;
  drop: JournalEntry[];
}

export function planReplay(
  entries: readonly JournalEntry[],
  paragraphs: readonly Paragraph[],
  liveTabs: ReadonlySet<string>,
): ReplayPlan {
  const plan: ReplayPlan = { replay: [], conflicts: [], drop: [] };
  for (const entry of entries) {
    if (liveTabs.has(entry.tab)) continue; // another open tab is still saving it
    const row = paragraphs[entry.index];
    if (!row) {
      plan.drop.push(entry);
      continue;
    }
    const stored = row.target === entry.target && (!entry.confirm || isDone(row.status));
    if (stored) plan.drop.push(entry);
    else if (entry.baseVersion === undefined || entry.baseVersion === row.version) plan.replay.push(entry);
    // The tab's own save landed but its answer was lost in the crash: the row holds what the tab had sent.
    else if (entry.sent !== undefined && row.target === entry.sent) plan.replay.push(entry);
    else if (row.target === entry.target)
      plan.replay.push(entry); // only the confirm is missing
    else plan.conflicts.push({ entry, theirs: row });
  }
  return plan;
}

/** The tabs of this origin still open (each holds a Web Lock named after it while it lives). */
export async function liveTabs(): Promise<Set<string>> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return new Set();
  const state = await locks.query();
  return new Set(
    (state.held ?? []).flatMap((l) => (l.name?.startsWith(TAB_LOCK) ? [l.name.slice(TAB_LOCK.length)] : [])),
  );
}

const TAB_LOCK = 'dragoman-tab:';

/** This page load's id, and a lock held while it lives so other tabs leave its journal entries alone. */
export function startTab(): string {
  const id =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
  if (typeof navigator !== 'undefined' && navigator.locks) {
    void navigator.locks.request(`${TAB_LOCK}${id}`, () => new Promise<void>(() => undefined)).catch(() => undefined);
  }
  return id;
}
