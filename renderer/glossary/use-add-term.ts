/**
 * "Add term" from the Arabic: tracks a selection inside a source cell (so the active row can offer the
 * button) and opens the dialog on the button or Ctrl+Shift+G. Without a selection, a focused match's text
 * is taken, else the dialog opens empty: the keyboard alone can always add a term.
 */
import { useCallback, useEffect, useState } from 'react';
import { proposeBaseForm } from './base-form';

export interface SourceSelection {
  index: number;
  text: string;
}

export interface AddTermRequest {
  index: number;
  selection: string;
  proposal: string;
}

function rowIndexOf(node: Node | null): number | null {
  const el = node instanceof Element ? node : node?.parentElement;
  const cell = el?.closest('[data-testid=source]');
  const row = cell?.closest<HTMLElement>('[data-testid=row]');
  return row ? Number(row.dataset.index) : null;
}

/** The selected Arabic when the whole selection lies in one source cell. */
export function readSourceSelection(): SourceSelection | null {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const a = rowIndexOf(sel.anchorNode);
  const b = rowIndexOf(sel.focusNode);
  const text = sel.toString().trim();
  return a !== null && a === b && text ? { index: a, text } : null;
}

export function useAddTerm(active: number): {
  selection: SourceSelection | null;
  request: AddTermRequest | null;
  open: (index: number) => void;
  close: () => void;
} {
  const [selection, setSelection] = useState<SourceSelection | null>(null);
  const [request, setRequest] = useState<AddTermRequest | null>(null);

  useEffect(() => {
    const onChange = (): void => {
      const next = readSourceSelection();
      setSelection((prev) => (prev?.index === next?.index && prev?.text === next?.text ? prev : next));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  const open = useCallback((index: number) => {
    const sel = readSourceSelection();
    const focused = document.activeElement?.closest('[data-testid=match]');
    const text = sel?.text ?? focused?.textContent ?? '';
    setRequest({ index: sel?.index ?? index, selection: text, proposal: proposeBaseForm(text) });
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (
        (e.ctrlKey || e.metaKey) &&
        e.shiftKey &&
        !e.altKey &&
        e.code === 'KeyG' &&
        !document.querySelector('[role=dialog]')
      ) {
        e.preventDefault(); // Chromium's "find previous"
        open(active);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, active]);

  return { selection, request, open, close: useCallback(() => setRequest(null), []) };
}
