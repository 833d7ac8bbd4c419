/**
 * The term picker (Alt+=): every term of the paragraph, numbered as in the glossary tab, under the editor, so a
 * paragraph with more than nine terms has each one within reach of the keyboard (Alt+1…9 reach the first nine).
 * The editor keeps the focus: ↑/↓ (Home/End) move, Enter or Tab inserts, Escape closes.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchView } from '../../core/api/contract';

export const PICKER_KEY = 'Equal';

export interface TermPicker {
  /** The selected term's position while the picker is open, else null. */
  selected: number | null;
  open: () => void;
  close: () => void;
  /** Handles the picker's keys; returns the term to insert when one was chosen. Stops the keys it uses. */
  onKeyDown: (e: React.KeyboardEvent<HTMLTextAreaElement>) => MatchView | null;
}

export function useTermPicker(terms: readonly MatchView[]): TermPicker {
  const [selected, setSelected] = useState<number | null>(null);
  const open = useCallback(() => setSelected(terms.length > 9 ? 9 : 0), [terms.length]);
  const close = useCallback(() => setSelected(null), []);
  const onKeyDown = useCallback(
    (e: React.KeyboardEvent<HTMLTextAreaElement>): MatchView | null => {
      if (selected === null || e.altKey || e.ctrlKey || e.metaKey) return null;
      const n = terms.length;
      const move = (to: number): void => {
        e.preventDefault();
        e.stopPropagation();
        setSelected(((to % n) + n) % n);
      };
      if (e.key === 'ArrowDown') move(selected + 1);
      else if (e.key === 'ArrowUp') move(selected - 1);
      else if (e.key === 'Home') move(0);
      else if (e.key === 'End') move(n - 1);
      else if (e.key === 'Escape' || e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        e.stopPropagation();
        setSelected(null);
        return e.key === 'Escape' ? null : (terms[selected] ?? null);
      } else setSelected(null); // typing goes on: the picker steps aside
      return null;
    },
    [selected, terms],
  );
  return { selected, open, close, onKeyDown };
}

export function TermPickerList(props: {
  id: string;
  terms: readonly MatchView[];
  selected: number;
  onPick: (term: MatchView) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="completion term-picker">
      <ul role="listbox" id={props.id} data-testid="term-picker" aria-label={t('glossary.picker')}>
        {props.terms.map((m, i) => (
          <li
            key={m.termId}
            id={`${props.id}-${i}`}
            role="option"
            aria-selected={i === props.selected}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => props.onPick(m)}
            ref={i === props.selected ? (el) => el?.scrollIntoView({ block: 'nearest' }) : undefined}
          >
            <span className="term-key">{i + 1}</span>{' '}
            <bdi lang="ar" dir="rtl">
              {m.source}
            </bdi>{' '}
            <bdi lang="en" dir="ltr">
              {m.target}
            </bdi>
          </li>
        ))}
      </ul>
      <p className="completion-hint">{t('glossary.pickerHint')}</p>
    </div>
  );
}
