/**
 * A row's English editor: autosized, Alt+1…9 insert the paragraph's terms at the cursor, Alt+= opens a picker of
 * all of them (a paragraph may have more than nine), and the glossary's predictive typing list (Tab accepts). Every change goes through `onEdit`, so autosave runs for all of them.
 */
import { memo, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchView } from '../../core/api/contract';
import { CompletionList } from '../editor/completion-list';
import { applyEdit } from '../editor/editor-caret';
import { termsInOrder } from '../glossary/segments';
import type { Edit } from '../editor/text-edit';
import { useCompletion } from '../editor/use-completion';
import { PICKER_KEY, TermPickerList, useTermPicker } from '../glossary/term-picker';
import { fromDisplay, keepsPlaceholders, missingPlaceholders, toDisplay } from '../editor/placeholders';
import { autoGrow } from './use-refit-editors';

export interface TargetEditorProps {
  index: number;
  value: string;
  focus: boolean;
  matches: readonly MatchView[];
  onEdit: (index: number, target: string) => void;
  onBlurEditor: (index: number) => void;
  onInsert: (index: number, match: MatchView) => void;
  /** The row's Arabic: its XLIFF codes are shown as ①②… and cannot be deleted from the English. */
  source: string;
  /** Shown under the editor (a conflict with text saved elsewhere). */
  children?: React.ReactNode;
}

export const TargetEditor = memo(function TargetEditor(props: TargetEditorProps): React.JSX.Element {
  const { t } = useTranslation();
  const { index, matches, onEdit, onInsert } = props;
  const editor = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const completion = useCompletion(matches);
  const terms = useMemo(() => termsInOrder(matches), [matches]);
  const picker = useTermPicker(terms);
  const n = index + 1;

  useLayoutEffect(() => {
    if (editor.current) autoGrow(editor.current);
  }, [props.value]);

  useEffect(() => {
    if (props.focus && editor.current && document.activeElement !== editor.current) {
      editor.current.focus({ preventScroll: true });
    }
  }, [props.focus]);

  const apply = (edit: Edit | null): void => {
    if (!edit) return;
    // Edits computed from the textarea see ①② (display); the store keeps the codes themselves.
    applyEdit(editor.current, edit, (value) => onEdit(index, fromDisplay(value, props.source)));
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>): void => {
    // Alt+digit by physical key: the character Alt+1 yields differs between keyboard layouts.
    const digit = e.altKey && !e.ctrlKey && !e.metaKey ? /^Digit([1-9])$/.exec(e.code) : null;
    // Alt+0 inserts the next inline code of the source that the translation lacks.
    if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'Digit0') {
      e.preventDefault();
      const code = missingPlaceholders(props.source, props.value)[0];
      const el = e.currentTarget;
      if (code) {
        const at = el.selectionStart;
        apply({ value: props.value.slice(0, at) + code + props.value.slice(el.selectionEnd), caret: at + 1 });
      }
      return;
    }
    if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === PICKER_KEY) {
      e.preventDefault();
      if (terms.length > 0) {
        completion.dismiss();
        picker.open();
      }
      return;
    }
    if (picker.selected !== null) {
      const chosen = picker.onKeyDown(e);
      if (chosen) onInsert(index, chosen);
      if (e.defaultPrevented) return;
    }
    if (digit) {
      const term = terms[Number(digit[1]) - 1];
      e.preventDefault();
      if (term) onInsert(index, term);
      return;
    }
    apply(completion.onKeyDown(e));
  };

  const open = completion.state;
  const shown = toDisplay(props.value);
  const picking = picker.selected;
  const activeOption = picking !== null ? `${listId}-${picking}` : open ? `${listId}-${open.selected}` : undefined;
  return (
    <div role="cell" className="cell target" style={{ gridArea: 'tgt' }}>
      <div className="target-box">
        {/*
          A textarea's text is out of reach of ranges: find's hits are painted on this copy of it, laid out the
          same (font, padding, wrapping) behind the transparent textarea, so caret, selection and IME stay the
          textarea's own. Its text is transparent; only the highlights show (find-highlights.ts).
        */}
        <div className="target-mirror" aria-hidden="true" data-testid="target-mirror">
          {shown}
        </div>
        <textarea
          ref={editor}
          lang="en"
          dir="ltr"
          spellCheck
          rows={1}
          value={shown}
          placeholder={t('workbench.targetPlaceholder')}
          aria-label={t('workbench.targetLabel', { n })}
          aria-autocomplete="list"
          aria-controls={open || picking !== null ? listId : undefined}
          aria-activedescendant={activeOption}
          data-testid="target"
          onFocus={(e) => {
            e.currentTarget.dataset.entered = 'true';
          }}
          onChange={(e) => {
            const next = fromDisplay(e.currentTarget.value, props.source);
            // Deleting an inline code by accident is refused: the controlled value stays as it was.
            if (!keepsPlaceholders(props.value, next)) return;
            autoGrow(e.currentTarget);
            onEdit(index, next);
            completion.update(e.currentTarget);
          }}
          onKeyDown={onKeyDown}
          onSelect={(e) => {
            // The caret moved away from the partial word: the offer no longer applies.
            if (open && e.currentTarget.selectionStart !== open.caret) completion.dismiss();
          }}
          onBlur={() => {
            completion.dismiss();
            picker.close();
            props.onBlurEditor(index);
          }}
        />
      </div>
      {picking !== null && (
        <TermPickerList
          id={listId}
          terms={terms}
          selected={picking}
          onPick={(m) => {
            picker.close();
            onInsert(index, m);
          }}
        />
      )}
      {open && picking === null && (
        <CompletionList id={listId} state={open} onPick={(i) => apply(completion.accept(props.value, i))} />
      )}
      {props.children}
    </div>
  );
});
