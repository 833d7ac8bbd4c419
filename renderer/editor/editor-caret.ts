/** Where an inserted term goes in a row's editor, and putting the caret after it once React has rendered. */
import { flushSync } from 'react-dom';
import { call } from '../api/client';
import { insertText } from './text-edit';

/** The editor of row `index`, when the row is rendered (rows are virtualized). */
export function editorOf(root: ParentNode | null, index: number): HTMLTextAreaElement | null {
  return root?.querySelector<HTMLTextAreaElement>(`[data-testid=row][data-index="${index}"] textarea`) ?? null;
}

/**
 * The selection to replace. An editor the translator never entered has no meaningful caret (the browser
 * reports 0), so the term is appended rather than put before the existing text.
 */
export function insertionRange(el: HTMLTextAreaElement | null, value: string): [number, number] {
  if (!el || el.dataset.entered !== 'true') return [value.length, value.length];
  return [el.selectionStart, el.selectionEnd];
}

/**
 * Applies an edit through `onEdit` and puts the caret after it at once. The state update is flushed
 * synchronously: were the caret placed after React's next render instead, a key typed in between would
 * land at the end of the text.
 */
export function applyEdit(
  el: HTMLTextAreaElement | null,
  edit: { value: string; caret: number },
  onEdit: (value: string) => void,
): void {
  flushSync(() => onEdit(edit.value));
  if (!el) return;
  el.focus({ preventScroll: true });
  el.setSelectionRange(edit.caret, edit.caret);
}

/**
 * Inserting a term's English in a row's editor: at the cursor, through the same `onEdit` path as typing
 * (so autosave runs), then counted as a use of the term (the glossary ranks by it).
 */
export function insertTerm(
  root: ParentNode | null,
  index: number,
  current: string,
  match: { target: string; termId: string },
  onEdit: (index: number, target: string) => void,
): void {
  const el = editorOf(root, index);
  const [start, end] = insertionRange(el, current);
  applyEdit(el, insertText(current, start, end, match.target), (value) => onEdit(index, value));
  call('term.used', { id: match.termId }).catch(() => undefined); // a lost count is harmless
}
