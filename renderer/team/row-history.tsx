/**
 * A shared row's history (issue 21), opened from the row: every version the team server took, the texts that
 * lost a conflict and those saved here only, oldest first, each with who wrote it, when and with what status.
 * Nothing is ever dropped from it, so a text that lost is found here and can be copied back.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamHistoryEntry } from '../../core/api/contract';
import { call } from '../api/client';
import { Dialog } from '../shared/dialog';
import { errorText } from '../shared/error-text';

export function RowHistory(props: {
  documentId: string;
  /** Counted from 0 (shown from 1). */
  index: number;
  onClose: () => void;
  returnFocus?: () => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [entries, setEntries] = useState<TeamHistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    call('team.history', { documentId: props.documentId, index: props.index }).then(
      (h) => alive && setEntries(h),
      (e: unknown) => alive && setError(errorText(e)),
    );
    return () => {
      alive = false;
    };
  }, [props.documentId, props.index]);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <Dialog labelledBy={titleId} onClose={props.onClose} testId="row-history" returnFocus={props.returnFocus}>
      <h2 id={titleId}>{t('teamDoc.historyTitle', { n: props.index + 1 })}</h2>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {entries === null && !error && <p>{t('app.loading')}</p>}
      {entries?.length === 0 && <p data-testid="history-empty">{t('teamDoc.historyEmpty')}</p>}
      {entries && entries.length > 0 && (
        <ol className="row-history">
          {[...entries].reverse().map((e, i) => (
            <li key={i} className={`history-entry history-${e.kind}`} data-testid="history-entry" data-kind={e.kind}>
              <div className="history-head">
                <span className="history-kind">{t(`teamDoc.kind.${e.kind}`)}</span>
                <bdi className="history-author" data-testid="history-author">
                  {e.author}
                </bdi>
                <time dateTime={e.at}>{when.format(new Date(e.at))}</time>
                <span className={`status status-${e.status}`}>{t(`status.${e.status}`)}</span>
              </div>
              <p className="history-text" dir="ltr" lang="en" data-testid="history-text">
                {e.target || <span className="history-none">{t('teamDoc.historyNoText')}</span>}
              </p>
            </li>
          ))}
        </ol>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={props.onClose} data-autofocus>
          {t('keys.close')}
        </button>
      </div>
    </Dialog>
  );
}
