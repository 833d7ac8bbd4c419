/**
 * The workbench's saving, made durable: the save queue with its journal, the replay of what a crash left
 * unsent, the conflicts between this tab and text saved elsewhere, and a poll of the document's revision so
 * rows changed by another process (a second tab, the CLI, a second server) show within a few seconds.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ParagraphUpdate } from '../../core/api/contract';
import type { DocumentSummary, Paragraph } from '../../core/model';
import { call } from '../api/client';
import { onConnection } from '../api/session';
import { defaultJournal } from './journal-default';
import { liveTabs, planReplay, startTab } from './journal-replay';
import type { SaveState } from './save-queue';
import { SaveQueue } from './save-queue';

export const CHANGE_POLL_MS = 2000;

export interface RowConflict {
  mine: string;
  confirm: boolean;
  theirs: Paragraph;
}

const tab = startTab();

export interface DurableSaves {
  queue: SaveQueue;
  saveState: SaveState;
  conflicts: ReadonlyMap<number, RowConflict>;
  /** Rows (counted from 0) whose unsent text was recovered from the journal when the document opened. */
  recovered: readonly number[];
  dismissRecovered: () => void;
  /**
   * The document's outline was loaded: follow its revision, then replay or show what the journal kept.
   * `load` fetches the rows the journal names (the rows' versions reach the queue with their pages).
   */
  loaded: (
    doc: Pick<DocumentSummary, 'revision'>,
    load: (indexes: readonly number[]) => Promise<Paragraph[]>,
    setTarget: (index: number, target: string) => void,
  ) => void;
  keepMine: (index: number) => void;
  takeTheirs: (index: number) => void;
}

export function useDurableSaves(
  documentId: string,
  onSaved: (u: ParagraphUpdate) => void,
  onRemote: (p: Paragraph) => void,
  /** Every row of the change feed: its comment may have changed even when its English did not. */
  onRemoteNote?: (p: Paragraph) => void,
): DurableSaves {
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [conflicts, setConflicts] = useState<ReadonlyMap<number, RowConflict>>(new Map());
  const [recovered, setRecovered] = useState<readonly number[]>([]);
  const journal = useMemo(() => defaultJournal(), []);
  const revision = useRef<number | null>(null);

  const addConflict = useCallback(
    (index: number, c: RowConflict) => setConflicts((prev) => new Map(prev).set(index, c)),
    [],
  );
  const queue = useMemo(
    () =>
      new SaveQueue((input) => call('paragraph.update', input), documentId, setSaveState, onSaved, {
        journal,
        tab,
        onConflict: (index, mine, theirs) => addConflict(index, { mine: mine.target, confirm: mine.confirm, theirs }),
      }),
    [documentId, onSaved, journal, addConflict],
  );

  // Back online, or the new address was given after a server restart: save what waits.
  useEffect(() => onConnection((c) => c.kind === 'ok' && queue.retryNow()), [queue]);

  const loaded = useCallback(
    (
      doc: Pick<DocumentSummary, 'revision'>,
      load: (indexes: readonly number[]) => Promise<Paragraph[]>,
      setTarget: (index: number, target: string) => void,
    ) => {
      revision.current = doc.revision;
      void (async () => {
        const entries = await journal.list(documentId);
        if (entries.length === 0) return;
        // Only the rows the journal names, by their index (a sparse list: planReplay reads rows[index]).
        const stored: Paragraph[] = [];
        for (const p of await load(entries.map((e) => e.index))) stored[p.index] = p;
        const plan = planReplay(entries, stored, await liveTabs());
        for (const e of plan.drop) await journal.remove(documentId, e.index, e.tab, e.seq);
        for (const e of plan.replay) {
          setTarget(e.index, e.target);
          queue.rebase(e.index, e.baseVersion ?? stored[e.index]?.version);
          queue.edit(e.index, e.target, e.confirm);
        }
        for (const c of plan.conflicts)
          addConflict(c.entry.index, { mine: c.entry.target, confirm: c.entry.confirm, theirs: c.theirs });
        // Only what was replayed is "recovered and saved"; a conflict shows its own box on the row.
        const rows = plan.replay.map((e) => e.index).sort((a, b) => a - b);
        if (rows.length) setRecovered(rows);
        if (plan.replay.length) void queue.flush().catch(() => undefined);
      })().catch(() => undefined); // a journal that cannot be read loses nothing stored
    },
    [queue, journal, documentId, addConflict],
  );

  // Rows changed elsewhere: shown when this tab has nothing unsaved for them (otherwise the save conflicts).
  useEffect(() => {
    const timer = setInterval(() => {
      if (revision.current === null) return;
      call('document.changes', { id: documentId, since: revision.current })
        .then((r) => {
          revision.current = r.revision;
          for (const p of r.paragraphs) {
            if (queue.remoteChanged(p)) onRemote(p);
            onRemoteNote?.(p);
          }
        })
        .catch(() => undefined); // offline: the connection banner says so
    }, CHANGE_POLL_MS);
    return () => clearInterval(timer);
  }, [documentId, queue, onRemote, onRemoteNote]);

  const settle = useCallback((index: number) => {
    setConflicts((prev) => {
      const next = new Map(prev);
      next.delete(index);
      return next;
    });
  }, []);

  const keepMine = useCallback(
    (index: number) => {
      const c = conflicts.get(index);
      if (!c) return;
      queue.rebase(index, c.theirs.version); // the translator saw their text and chose this one over it
      queue.edit(index, c.mine, c.confirm);
      void queue.flush().catch(() => undefined);
      settle(index);
    },
    [conflicts, queue, settle],
  );

  const takeTheirs = useCallback(
    (index: number) => {
      const c = conflicts.get(index);
      if (!c) return;
      queue.rebase(index, c.theirs.version);
      onRemote(c.theirs);
      void journal.list(documentId).then((entries) => {
        const e = entries.find((x) => x.index === index);
        return e ? journal.remove(documentId, index, e.tab, e.seq) : undefined;
      });
      settle(index);
    },
    [conflicts, queue, onRemote, journal, documentId, settle],
  );

  return {
    queue,
    saveState,
    conflicts,
    recovered,
    dismissRecovered: () => setRecovered([]),
    loaded,
    keepMine,
    takeTheirs,
  };
}
