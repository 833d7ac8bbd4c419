/**
 * Predictive typing: while the partial word before the caret (2+ letters) starts the English of a term
 * matched in the paragraph, a list is offered; Tab (or Enter on a picked option) accepts, Escape dismisses.
 * With no list open, Tab keeps its ordinary meaning (focus moves on).
 */
import { useCallback, useMemo, useState } from 'react';
import type { MatchView } from '../../core/api/contract';
import { termsInOrder } from '../glossary/segments';
import type { Edit } from './text-edit';
import { completionsFor, partialWord, replaceWord } from './text-edit';

export interface CompletionState {
  options: string[];
  selected: number;
  start: number;
  caret: number;
}

export interface Completion {
  state: CompletionState | null;
  /** Recomputes the list from the editor's text and caret (after each input). */
  update: (el: HTMLTextAreaElement) => void;
  dismiss: () => void;
  /** The edit that accepting option `i` makes. */
  accept: (value: string, i?: number) => Edit | null;
  /** Handles the list's keys; returns the edit when one was accepted. Stops the keys it uses. */
  onKeyDown: (e: React.KeyboardEvent<HTMLTextAreaElement>) => Edit | null;
}

export function useCompletion(matches: readonly MatchView[]): Completion {
  const targets = useMemo(() => termsInOrder(matches).map((m) => m.target), [matches]);
  const [state, setState] = useState<CompletionState | null>(null);

  const update = useCallback(
    (el: HTMLTextAreaElement) => {
      const caret = el.selectionStart;
      const partial = targets.length && caret === el.selectionEnd ? partialWord(el.value, caret) : null;
      const options = partial ? completionsFor(partial.word, targets) : [];
      setState(partial && options.length ? { options, selected: 0, start: partial.start, caret } : null);
    },
    [targets],
  );

  const dismiss = useCallback(() => setState(null), []);

  const accept = useCallback(
    (value: string, i?: number): Edit | null => {
      if (!state) return null;
      const option = state.options[i ?? state.selected];
      setState(null);
      return option ? replaceWord(value, state.start, state.caret, option) : null;
    },
    [state],
  );

  const onKeyDown = useCallback(
    (e: React.KeyboardEvent<HTMLTextAreaElement>): Edit | null => {
      if (!state || e.altKey || e.ctrlKey || e.metaKey) return null;
      const stop = (): void => {
        e.preventDefault();
        e.stopPropagation();
      };
      if (e.key === 'Tab' && !e.shiftKey) {
        stop();
        return accept(e.currentTarget.value);
      }
      if (e.key === 'Escape') {
        stop();
        setState(null);
      } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && state.options.length > 1) {
        // Only a list of several options takes the arrows; one option leaves them to the text.
        stop();
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setState({ ...state, selected: (state.selected + step + state.options.length) % state.options.length });
      }
      return null;
    },
    [state, accept],
  );

  return { state, update, dismiss, accept, onKeyDown };
}
