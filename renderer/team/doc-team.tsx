/**
 * The workbench header's team controls (issue 21), shown only while the workspace is linked to a team: the
 * document's button (share it; who translates and reviews it; admins assign both) and, once it is shared, the
 * live indicator (live / online / offline, and how many of its rows wait to be sent).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamDocumentInfo, TeamStatus } from '../../core/api/contract';
import { call } from '../api/client';
import { Dialog } from '../shared/dialog';
import { runWithNotice } from '../shared/show-error';

export function DocTeam(props: {
  documentId: string;
  info: TeamDocumentInfo | null;
  status: TeamStatus | null;
  /** Saves what is typed first: sharing sends the rows as stored. */
  flush: () => Promise<void>;
  onChanged: () => void;
  onError: (message: string) => void;
  returnFocus?: () => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { info, status } = props;
  if (!info || !status?.linked) return null;
  const who = info.shared
    ? t('teamDoc.assigned', {
        translator: info.translator ?? t('teamDoc.nobody'),
        reviewer: info.reviewer ?? t('teamDoc.nobody'),
      })
    : null;
  return (
    <>
      <button
        type="button"
        className={`doc-team${info.shared ? ' shared' : ''}`}
        data-testid="doc-team"
        data-shared={info.shared ? 'true' : 'false'}
        title={who ?? undefined}
        onClick={() => setOpen(true)}
      >
        {info.shared ? t('teamDoc.sharedButton') : t('teamDoc.shareButton')}
      </button>
      {who && (
        <span className="doc-who" data-testid="doc-who">
          {who}
        </span>
      )}
      {info.shared && <DocLive info={info} status={status} />}
      {open && <ShareDialog {...props} info={info} onClose={() => setOpen(false)} returnFocus={props.returnFocus} />}
    </>
  );
}

/** Live: the server's stream is open; online: the last sync reached it; offline: changes wait here. */
function DocLive(props: { info: TeamDocumentInfo; status: TeamStatus }): React.JSX.Element {
  const { t } = useTranslation();
  const s = props.status;
  const state = s.online === false ? 'offline' : s.online && s.live ? 'live' : s.online ? 'online' : 'unknown';
  const label = [
    t(`teamDoc.state.${state}`),
    props.info.pending > 0 ? t('teamDoc.pending', { count: props.info.pending }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <span
      className={`doc-live ${state}`}
      role="status"
      data-testid="doc-live"
      data-state={state}
      data-pending={props.info.pending}
      title={s.error ?? undefined}
    >
      <span className="team-dot" aria-hidden="true" />
      {label}
    </span>
  );
}

function ShareDialog(props: {
  documentId: string;
  info: TeamDocumentInfo;
  flush: () => Promise<void>;
  onChanged: () => void;
  onError: (message: string) => void;
  onClose: () => void;
  returnFocus?: (() => void) | undefined;
}): React.JSX.Element {
  const { t } = useTranslation();
  const titleId = useId();
  const { info } = props;
  const [translator, setTranslator] = useState(info.translator ?? '');
  const [reviewer, setReviewer] = useState(info.reviewer ?? '');
  // Not `disabled` while a call is out: a disabled button drops the focus out of the dialog (Escape then misses it).
  const busy = useRef(false);
  const run = async (work: () => Promise<unknown>): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    await runWithNotice(work, props.onError);
    busy.current = false;
    props.onChanged();
  };
  // Once shared, the share button is gone: the focus goes to the first field (or the close button).
  const body = useRef<HTMLDivElement>(null);
  const wasShared = useRef(info.shared);
  useEffect(() => {
    if (!info.shared || wasShared.current) return;
    wasShared.current = true;
    body.current?.querySelector<HTMLElement>('input, .dialog-buttons button')?.focus();
  }, [info.shared]);
  const share = (): Promise<void> =>
    run(async () => {
      await props.flush();
      await call('team.share', { doc: props.documentId });
    });
  // An empty field is nobody (the CLI's `-`).
  const assign = (): Promise<void> =>
    run(() =>
      call('team.assign', {
        doc: props.documentId,
        translator: translator.trim() || null,
        reviewer: reviewer.trim() || null,
      }),
    );
  const admin = info.role === 'admin';
  return (
    <Dialog labelledBy={titleId} onClose={props.onClose} testId="share-dialog" returnFocus={props.returnFocus}>
      <h2 id={titleId}>{t('teamDoc.title')}</h2>
      <div ref={body}>
        {!info.shared && (
          <>
            <p>{t('teamDoc.shareHint')}</p>
            {info.role === 'viewer' ? (
              <p className="find-hint">{t('teamDoc.viewerCannot')}</p>
            ) : (
              <button type="button" data-testid="doc-share" onClick={() => void share()} data-autofocus>
                {t('teamDoc.share')}
              </button>
            )}
          </>
        )}
        {info.shared && (
          <>
            <p data-testid="doc-shared">{t('teamDoc.sharedHint')}</p>
            <dl className="team-status doc-assignment" data-testid="doc-assignment">
              <dt>{t('teamDoc.translator')}</dt>
              <dd>
                <bdi data-testid="doc-translator">{info.translator ?? t('teamDoc.nobody')}</bdi>
              </dd>
              <dt>{t('teamDoc.reviewer')}</dt>
              <dd>
                <bdi data-testid="doc-reviewer">{info.reviewer ?? t('teamDoc.nobody')}</bdi>
              </dd>
              <dt>{t('teamDoc.you')}</dt>
              <dd>
                <bdi>{info.user}</bdi> ({t(`teamDoc.role.${info.role ?? 'viewer'}`)})
              </dd>
            </dl>
            {admin ? (
              <form
                className="doc-assign"
                onSubmit={(e) => {
                  e.preventDefault();
                  void assign();
                }}
              >
                <label>
                  <span>{t('teamDoc.translator')}</span>
                  <input
                    dir="auto"
                    data-testid="assign-translator"
                    value={translator}
                    onChange={(e) => setTranslator(e.currentTarget.value)}
                  />
                </label>
                <label>
                  <span>{t('teamDoc.reviewer')}</span>
                  <input
                    dir="auto"
                    data-testid="assign-reviewer"
                    value={reviewer}
                    onChange={(e) => setReviewer(e.currentTarget.value)}
                  />
                </label>
                <p className="find-hint">{t('teamDoc.assignHint')}</p>
                <button type="submit" data-testid="doc-assign">
                  {t('teamDoc.assign')}
                </button>
              </form>
            ) : (
              <p className="find-hint">{t('teamDoc.adminAssigns')}</p>
            )}
          </>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={props.onClose} data-autofocus={info.shared ? true : undefined}>
            {t('keys.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
