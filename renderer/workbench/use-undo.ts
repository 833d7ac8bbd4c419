/**
 * Undo and redo in the workbench (Ctrl+Z; Ctrl+Shift+Z and Ctrl+Y), over the history of `undo-history.ts`.
 * The keys are taken before Chromium's own textarea undo sees them: that one knows nothing of inserts,
 * confirmations or replacements, and loses its history whenever React sets the value.
 * A step on another row first brings that row into view; a replacement is put back on the main side
 * (`search.restore`), only where the rows still hold what it wrote.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ReplaceReport } from '../../core/api/contract';
import type { Status } from '../../core/model';
import { call, onMenu } from '../api/client';
import type { UndoStep } from './undo-history';
import { UndoHistory } from './undo-history';

export interface UndoTargets {
  documentId: string;
  /** Set a row's English (and confirm it or not) as an edit would, without recording it. */
  setRow: (index: number, target: string, confirm: boolean) => void;
  /** Rows stored by a restore: the window takes their text and version. */
  applyStored: (report: ReplaceReport) => void;
  /** Bring a row into view and make it active (the step's row). */
  reveal: (index: number) => void;
  /** Saves what waits first, so a restore compares against the stored text. */
  flush: () => Promise<void>;
  onMessage: (key: 'find.undone' | 'find.nothingToUndo' | 'find.nothingToRedo') => void;
}

export interface Undo {
  history: UndoHistory;
  undo: () => void;
  redo: () => void;
  /** Records a step that the window itself made (a text edit is recorded through `text`). */
  text: (index: number, before: string, after: string) => void;
  push: (step: UndoStep) => void;
}

export function useUndo(targets: UndoTargets): Undo {
  const history = useMemo(() => new UndoHistory(), []);
  const ref = useRef(targets);
  ref.current = targets;

  const apply = useCallback(
    (step: UndoStep, direction: 'undo' | 'redo') => {
      const t = ref.current;
      const back = direction === 'undo';
      if (step.kind === 'text') {
        t.reveal(step.index);
        t.setRow(step.index, back ? step.before : step.after, false);
      } else if (step.kind === 'status') {
        t.reveal(step.index);
        t.setRow(step.index, step.target, (back ? step.before : step.after) === 'translated');
      } else {
        const rows = step.rows.map((r) =>
          back
            ? { index: r.index, expected: r.after, target: r.before, status: r.statusBefore }
            : { index: r.index, expected: r.before, target: r.after, status: r.status as Status },
        );
        void t
          .flush()
          .catch(() => undefined)
          .then(() => call('search.restore', { documentId: t.documentId, rows }))
          .then((report) => {
            ref.current.applyStored(report);
            if (report.changed[0]) ref.current.reveal(report.changed[0].index);
            if (back) ref.current.onMessage('find.undone');
          })
          .catch(() => history.drop(step));
      }
    },
    [history],
  );

  const undo = useCallback(() => {
    const step = history.undo();
    if (step) apply(step, 'undo');
    else ref.current.onMessage('find.nothingToUndo');
  }, [history, apply]);
  const redo = useCallback(() => {
    const step = history.redo();
    if (step) apply(step, 'redo');
    else ref.current.onMessage('find.nothingToRedo');
  }, [history, apply]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const el = e.target as HTMLElement;
      // The find, replace and go-to fields keep their own undo; the row editors (textarea) use ours.
      if (el.tagName === 'INPUT' || el.closest('[role=dialog]')) return;
      const redoKey = (e.code === 'KeyZ' && e.shiftKey) || (e.code === 'KeyY' && !e.shiftKey);
      if (e.code === 'KeyZ' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if (redoKey) {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [undo, redo]);

  // The desktop app's Edit menu: a field (find, replace, go to) undoes its own typing, the rest is ours.
  useEffect(
    () =>
      onMenu((command) => {
        if (command !== 'undo' && command !== 'redo') return;
        const el = document.activeElement;
        if (el instanceof HTMLInputElement) document.execCommand(command);
        else if (command === 'undo') undo();
        else redo();
      }),
    [undo, redo],
  );

  const text = useCallback(
    (index: number, before: string, after: string) => history.text(index, before, after),
    [history],
  );
  const push = useCallback((step: UndoStep) => history.push(step), [history]);
  return { history, undo, redo, text, push };
}
