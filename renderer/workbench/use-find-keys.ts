/**
 * The workbench's keys for find, replace, go to, filter, copy source and the shortcut sheet (the table in
 * `keys.ts` lists them). Listened for on the window, so they work from the rows, the editors and the bars;
 * a dialog (the glossary's, go to) keeps its own keys.
 */
import { useEffect, useRef } from 'react';

export interface FindKeyActions {
  /** Ctrl+F (replace false) or Ctrl+H (replace true). */
  openFind: (replace: boolean) => void;
  /** F3 / Shift+F3: the bar opens first when it is closed. */
  findNext: (step: 1 | -1) => void;
  goTo: () => void;
  copySource: () => void;
  focusFilter: () => void;
  sheet: () => void;
  /** Escape in row mode: true when it cleared a filter. */
  clearFilter: () => boolean;
}

const isCtrl = (e: KeyboardEvent): boolean => (e.ctrlKey || e.metaKey) && !e.altKey;
const plain = (e: KeyboardEvent): boolean => !e.ctrlKey && !e.altKey && !e.metaKey;

export function useFindKeys(actions: FindKeyActions): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const a = ref.current;
      const el = e.target as HTMLElement;
      const inDialog = Boolean(el.closest?.('[role=dialog]'));
      let done = true;
      if (isCtrl(e) && !e.shiftKey && (e.code === 'KeyF' || e.code === 'KeyH') && !inDialog)
        a.openFind(e.code === 'KeyH');
      else if (isCtrl(e) && !e.shiftKey && e.code === 'KeyG' && !inDialog) a.goTo();
      else if (isCtrl(e) && e.shiftKey && e.code === 'KeyS' && !inDialog) a.copySource();
      else if (isCtrl(e) && e.shiftKey && e.code === 'KeyF' && !inDialog) a.focusFilter();
      else if (e.key === 'F1' && plain(e) && !e.shiftKey) a.sheet();
      else if (e.key === 'F3' && plain(e)) a.findNext(e.shiftKey ? -1 : 1);
      else if (e.key === 'Escape' && el.getAttribute?.('role') === 'row') done = a.clearFilter();
      else done = false;
      if (done) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
