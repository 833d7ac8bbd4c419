/**
 * A row's comment (the paragraph's note, the field XLIFF notes fill): a mark on the row when there is one,
 * a button on the active row, and a small editor under the English opened with Ctrl+M. Ctrl+Enter saves,
 * Escape cancels; either way the focus goes back to the row's English editor (the workbench does that).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Ctrl/Cmd+M by physical key (the letter differs between keyboard layouts, e.g. Arabic ة). */
export function isCommentKey(e: {
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  code: string;
}): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.code === 'KeyM';
}

/** The mark in the row's meta column: the comment shows on hover and is read out; a click opens it. */
export function CommentButton(props: {
  index: number;
  note: string | undefined;
  active: boolean;
  onOpen: (index: number) => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const n = props.index + 1;
  const has = Boolean(props.note);
  if (!has && !props.active) return null;
  return (
    <button
      type="button"
      className={`comment-mark${has ? ' has-comment' : ''}`}
      data-testid={has ? 'comment-mark' : 'comment-add'}
      title={has ? props.note : t('comments.addKeys')}
      aria-label={has ? t('comments.markLabel', { n, note: props.note }) : t('comments.add', { n })}
      // The row's editor keeps its caret until the comment editor takes the focus.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => props.onOpen(props.index)}
    >
      <span aria-hidden="true">✎</span>
      {!has && <span className="comment-add-label">{t('comments.button')}</span>}
    </button>
  );
}

export function CommentEditor(props: {
  index: number;
  note: string;
  onSave: (index: number, note: string) => void;
  onClose: (index: number) => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(props.note);
  const box = useRef<HTMLTextAreaElement>(null);
  const n = props.index + 1;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const save = (): void => props.onSave(props.index, text.trim());
  return (
    // The English cell is left-to-right; the comment's labels read in the UI's direction.
    <div className="comment-editor" data-testid="comment-editor" dir={i18n.dir(i18n.language)}>
      <label className="comment-field">
        <span>{t('comments.label', { n })}</span>
        <textarea
          ref={box}
          dir="auto"
          rows={2}
          value={text}
          data-testid="comment-input"
          aria-label={t('comments.label', { n })}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            // The row's keys (Ctrl+Enter confirms the English, Alt+↑/↓ move) do not apply inside the comment.
            e.stopPropagation();
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              save();
            } else if (e.key === 'Escape' || isCommentKey(e)) {
              e.preventDefault();
              props.onClose(props.index);
            }
          }}
        />
      </label>
      <div className="comment-actions">
        <button type="button" className="primary" data-testid="comment-save" onClick={save}>
          {t('comments.save')}
        </button>
        <button type="button" onClick={() => props.onClose(props.index)}>
          {t('comments.cancel')}
        </button>
        <span className="muted small">{t('comments.hint')}</span>
      </div>
    </div>
  );
}
