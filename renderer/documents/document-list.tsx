/** The workspace's documents, newest first, with progress; import and delete. */
import { withVisibleMarks } from '../../core/text/invisibles';
import { VisibleText } from '../workbench/visible-text';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../core/model';
import { call } from '../api/client';
import { ProgressBar } from '../shared/progress-bar';
import { PasteDialog } from './paste-dialog';
import { runWithNotice, showErrorWith } from '../shared/show-error';

export function DocumentList(props: {
  onOpen: (id: string) => void;
  onImport: () => void;
  onError: (message: string) => void;
  onPasted: (r: { documentId: string; paragraphs: number }, title: string) => void;
}): React.JSX.Element {
  const [pasting, setPasting] = useState(false);
  const { t, i18n } = useTranslation();
  const [docs, setDocs] = useState<DocumentSummary[] | null>(null);
  const { onError } = props;

  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let cancelled = false;
    call('document.list', {})
      .then((list) => {
        if (!cancelled) setDocs(list);
      })
      .catch(showErrorWith(onError));
    return () => {
      cancelled = true;
    };
  }, [onError, version]);

  const remove = async (d: DocumentSummary): Promise<void> => {
    if (!window.confirm(t('documents.confirmDelete', { title: `\u2068${withVisibleMarks(d.title)}\u2069` }))) return;
    if (await runWithNotice(() => call('document.delete', { id: d.id }).then(() => true), onError)) reload();
  };

  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="documents">
      <div className="documents-head">
        <h1>{t('documents.heading')}</h1>
        <button type="button" className="primary" onClick={props.onImport}>
          {t('documents.import')}
        </button>
        <button type="button" onClick={() => setPasting(true)}>
          {t('paste.open')}
        </button>
      </div>
      {pasting && <PasteDialog onClose={() => setPasting(false)} onImported={props.onPasted} />}
      <p className="hint">{t('documents.dropHint')}</p>
      {docs === null ? (
        <p>{t('app.loading')}</p>
      ) : docs.length === 0 ? (
        <p className="empty">{t('documents.empty')}</p>
      ) : (
        <table className="doc-table">
          <thead>
            <tr>
              <th scope="col">{t('documents.title')}</th>
              <th scope="col">{t('documents.updated')}</th>
              <th scope="col">{t('documents.progress')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('documents.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {docs.map((d) => (
              <tr key={d.id} data-testid="document-row">
                <td>
                  <button type="button" className="link" dir="auto" onClick={() => props.onOpen(d.id)}>
                    <VisibleText text={d.title} />
                  </button>
                  <div className="muted">{t('documents.paragraphs', { count: d.paragraphs })}</div>
                </td>
                <td>{date.format(new Date(d.updatedAt))}</td>
                <td>
                  <ProgressBar
                    done={d.translated}
                    total={d.paragraphs}
                    label={t('workbench.progress', {
                      done: d.translated,
                      total: d.paragraphs,
                      wordsDone: d.wordsTranslated,
                      words: d.words,
                    })}
                  />
                </td>
                <td className="actions">
                  <button type="button" onClick={() => props.onOpen(d.id)}>
                    {t('documents.open')}
                  </button>
                  <button type="button" className="danger" onClick={() => void remove(d)}>
                    {t('documents.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
