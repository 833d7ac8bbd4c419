/**
 * The "Add term" dialog: the Arabic base form proposed from the selection, the English prefilled with the
 * first transliteration, every scheme's candidate one keystroke away (↓ from the English, Enter picks).
 * The candidates are one stop in the Tab order (arrow keys move inside it); Enter saves from any field.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, ClientError } from '../api/client';
import { Dialog } from '../shared/dialog';
import { splitVariants, TermFields } from './term-fields';
import type { TermDraft } from './term-fields';
import type { AddTermRequest } from './use-add-term';
import { useTranslit } from '../names/use-translit';
import { errorText } from '../shared/error-text';

export function AddTermDialog(props: {
  request: AddTermRequest;
  onClose: () => void;
  onAdded: () => void;
  returnFocus?: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const titleId = useId();
  const [draft, setDraft] = useState<TermDraft>({
    source: props.request.proposal,
    target: '',
    kind: 'place',
    variants: '',
    note: '',
  });
  const [error, setError] = useState<{ conflict: boolean; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const targetTouched = useRef(false);
  const targetInput = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const candidates = useTranslit(draft.source);

  // Prefill the English with the first candidate until the translator types their own.
  const first = candidates[0]?.text;
  useEffect(() => {
    if (first && !targetTouched.current) setDraft((d) => ({ ...d, target: first }));
  }, [first]);

  const chosen = candidates.findIndex((c) => c.text === draft.target);
  const rovingIndex = chosen >= 0 ? chosen : 0;
  const buttons = (): HTMLButtonElement[] => [...(list.current?.querySelectorAll('button') ?? [])];
  const pick = (text: string): void => {
    targetTouched.current = true;
    setDraft((d) => ({ ...d, target: text }));
    targetInput.current?.focus();
  };

  const save = async (): Promise<void> => {
    setSaving(true);
    setError(null);
    try {
      const variants = splitVariants(draft.variants);
      await call('term.add', {
        source: draft.source,
        target: draft.target,
        kind: draft.kind,
        ...(variants.length ? { variants } : {}),
        ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
      });
      props.onAdded();
      props.onClose();
    } catch (e) {
      setError({ conflict: e instanceof ClientError && e.code === 'conflict', message: errorText(e) });
      setSaving(false);
    }
  };

  return (
    <Dialog labelledBy={titleId} onClose={props.onClose} testId="add-term-dialog" returnFocus={props.returnFocus}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={(e) => {
          // Enter on the kind field would open its list, on a text field it may not submit: save from any field.
          // Buttons keep their own Enter (a candidate picks its spelling, Cancel cancels).
          const tag = (e.target as HTMLElement).tagName;
          if (
            e.key !== 'Enter' ||
            e.ctrlKey ||
            e.altKey ||
            e.shiftKey ||
            e.metaKey ||
            tag === 'BUTTON' ||
            e.nativeEvent.isComposing
          )
            return;
          e.preventDefault();
          if (!saving && draft.source.trim() && draft.target.trim()) void save();
        }}
      >
        <h2 id={titleId}>{t('glossary.addTermTitle')}</h2>
        {props.request.selection && props.request.selection !== draft.source && (
          <p className="muted">
            {t('glossary.selected')}{' '}
            <span lang="ar" dir="rtl" className="arabic-inline">
              {props.request.selection}
            </span>
          </p>
        )}
        <TermFields
          draft={draft}
          onChange={(d) => {
            if (d.target !== draft.target) targetTouched.current = true;
            setDraft(d);
          }}
          targetRef={targetInput}
          autoFocusTarget={Boolean(draft.source)}
          onTargetKeyDown={(e) => {
            if (e.key === 'ArrowDown' && candidates.length) {
              e.preventDefault();
              buttons()[0]?.focus();
            }
          }}
          afterTarget={
            <div
              ref={list}
              className="candidates"
              role="group"
              aria-label={t('glossary.suggestions')}
              data-testid="translit-candidates"
            >
              <span className="muted">
                {candidates.length ? t('glossary.suggestions') : t('glossary.noSuggestions')}
              </span>
              {candidates.map((c, i) => (
                <button
                  type="button"
                  key={`${c.scheme}-${c.text}`}
                  aria-pressed={c.text === draft.target}
                  // One Tab stop for the group: the chosen spelling, else the first.
                  tabIndex={i === rovingIndex ? 0 : -1}
                  onClick={() => pick(c.text)}
                  onKeyDown={(e) => {
                    const forward =
                      e.key === 'ArrowDown' ||
                      e.key === (document.documentElement.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
                    const back =
                      e.key === 'ArrowUp' ||
                      e.key === (document.documentElement.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft');
                    if (!forward && !back) return;
                    e.preventDefault();
                    const next = i + (forward ? 1 : -1);
                    if (next < 0) targetInput.current?.focus();
                    else buttons()[Math.min(next, candidates.length - 1)]?.focus();
                  }}
                >
                  <span lang="en" dir="ltr">
                    {c.text}
                  </span>{' '}
                  <span className="scheme">{t(`glossary.schemes.${c.scheme}`)}</span>
                  {c.origin !== 'arabic' && (
                    <>
                      {' '}
                      <span className="origin" data-testid="translit-origin" data-origin={c.origin}>
                        {t(`origins.${c.origin}`)}
                      </span>
                    </>
                  )}
                </button>
              ))}
            </div>
          }
        />
        {error && (
          <p className="form-error" role="alert">
            {error.conflict && <span>{t('glossary.duplicate')} </span>}
            {/* The service's messages are English sentences that may quote Arabic. */}
            <span lang="en" dir="ltr">
              {error.message}
            </span>
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={saving || !draft.source.trim() || !draft.target.trim()}>
            {t('glossary.save')}
          </button>
          <button type="button" onClick={props.onClose}>
            {t('glossary.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
