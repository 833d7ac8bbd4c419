/**
 * The names tab: candidate names found in the document (most frequent first), each with an editable English
 * spelling and a kind. Enter or "Add" makes it a term (its highlights appear at once); ↑/↓ move between names.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NameCandidateView } from '../../core/api/contract';
import type { TermKind } from '../../core/glossary';
import { call, ClientError } from '../api/client';
import { KindSelect } from '../glossary/term-fields';
import type { GlossaryData } from '../glossary/use-glossary-data';
import { errorText } from '../shared/error-text';
import { runWithNotice } from '../shared/show-error';

interface Edits {
  english: string;
  kind: TermKind;
}

export function NamesTab(props: {
  documentId: string;
  data: GlossaryData;
  onGoTo: (index: number) => void;
  onError: (m: string) => void;
  /** A name became a term: the workbench gives the focus back to the editor. */
  onAdded?: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { documentId, onError } = props;
  const { version, changed } = props.data;
  const [names, setNames] = useState<NameCandidateView[] | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [edits, setEdits] = useState<Record<string, Edits>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    let live = true;
    call('names.discover', { documentId })
      .then((r) => live && setNames(r))
      .catch((e: unknown) => {
        if (!live) return;
        // Discovery may not be offered by this service yet (an unknown method, or a contract method whose
        // handler is not registered): say so in the tab instead of an error banner.
        if (e instanceof ClientError && /unknown method|handler is not a function/.test(e.message))
          setUnavailable(true);
        else onError(errorText(e));
      });
    return () => {
      live = false;
    };
  }, [documentId, version, onError]);

  const editOf = (c: NameCandidateView): Edits => edits[c.text] ?? { english: c.suggestion, kind: c.kind };
  const setEdit = (c: NameCandidateView, patch: Partial<Edits>): void =>
    setEdits((prev) => ({ ...prev, [c.text]: { ...editOf(c), ...patch } }));

  const accept = async (c: NameCandidateView): Promise<void> => {
    const e = editOf(c);
    if (!e.english.trim()) return;
    try {
      await call('term.add', { source: c.text, target: e.english.trim(), kind: e.kind });
      changed();
      props.onAdded?.();
    } catch (err) {
      setErrors((prev) => ({ ...prev, [c.text]: errorText(err) }));
    }
  };

  const dismiss = async (c: NameCandidateView): Promise<void> => {
    if (!(await runWithNotice(() => call('names.dismiss', { text: c.text }).then(() => true), onError))) return;
    setNames((prev) => prev?.filter((x) => x.text !== c.text) ?? null);
  };

  /** ↑/↓ from any control of a name go to the same control of the neighbouring name. */
  const onKeyDown = (e: React.KeyboardEvent, i: number): void => {
    if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || (e.target as HTMLElement).tagName === 'SELECT') return;
    e.preventDefault();
    const field = (e.target as HTMLElement).dataset.field ?? 'english';
    const items = list.current?.querySelectorAll<HTMLElement>('[data-testid=name-candidate]');
    const next = items?.[i + (e.key === 'ArrowDown' ? 1 : -1)];
    next?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
  };

  if (unavailable) return <p className="muted">{t('names.unavailable')}</p>;
  if (!names) return <p className="muted">{t('app.loading')}</p>;
  if (names.length === 0) return <p className="muted">{t('names.none')}</p>;
  return (
    <>
      <h3>{t('names.heading')}</h3>
      <p className="muted small">{t('names.hint')}</p>
      <ul ref={list} className="names-list" data-testid="names-list">
        {names.map((c, i) => {
          const e = editOf(c);
          const label = `\u2068${c.text}\u2069`;
          return (
            <li key={c.text} data-testid="name-candidate" data-text={c.text} onKeyDown={(ev) => onKeyDown(ev, i)}>
              <div className="name-head">
                <button
                  type="button"
                  className="link arabic-inline"
                  lang="ar"
                  dir="rtl"
                  data-field="go"
                  onClick={() => c.occurrences[0] && props.onGoTo(c.occurrences[0].paragraph)}
                  aria-label={t('names.goLabel', { text: label })}
                >
                  {c.text}
                </button>
                <span className="muted">{t('names.occurrences', { count: c.occurrences.length })}</span>
                {c.origin && (
                  <span className="name-origin muted small" data-testid="name-origin" data-origin={c.origin}>
                    {t('origins.named', { origin: t(`origins.${c.origin}`) })}
                  </span>
                )}
              </div>
              <div className="name-edit">
                <input
                  lang="en"
                  dir="ltr"
                  data-field="english"
                  data-testid="name-english"
                  value={e.english}
                  aria-label={t('names.english', { text: label })}
                  onChange={(ev) => setEdit(c, { english: ev.currentTarget.value })}
                  onKeyDown={(ev) => {
                    if (ev.key === 'Enter') {
                      ev.preventDefault();
                      void accept(c);
                    }
                  }}
                />
                <KindSelect
                  value={e.kind}
                  onChange={(kind) => setEdit(c, { kind })}
                  label={t('names.kind', { text: label })}
                />
                <button
                  type="button"
                  className="primary"
                  data-field="accept"
                  data-testid="name-accept"
                  onClick={() => void accept(c)}
                >
                  {t('names.accept')}
                </button>
                <button type="button" data-field="dismiss" onClick={() => void dismiss(c)}>
                  {t('names.dismiss')}
                </button>
              </div>
              {errors[c.text] && (
                <p className="form-error" role="alert" lang="en" dir="ltr">
                  {errors[c.text]}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
