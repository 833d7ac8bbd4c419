/**
 * The team section of the settings panel (issue 20): join a team server with its address and a token (and the
 * file of its CA for a self-signed certificate), see the link's state, sync now, leave; and the conflicts: the
 * open term conflicts kept on the server (field by field, with the value that stands and the one kept aside,
 * an admin or the term's author picks one) and what the last sync from here reported (units keep both).
 * Everything goes through the team service (`team.*`), as the CLI's `team` commands do.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamConflictView, TeamStatus, TeamSyncReport } from '../../core/api/contract';
import { call } from '../api/client';
import { errorText, messageText } from '../shared/error-text';

export function TeamSection(): React.JSX.Element {
  const { t } = useTranslation();
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<TeamSyncReport | null>(null);
  const refresh = useCallback(
    () => call('team.status', {}).then(setStatus, (e: unknown) => setError(errorText(e))),
    [],
  );
  useEffect(() => void refresh(), [refresh]);

  const run = async (action: () => Promise<unknown>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  if (!status) return <p className="muted">{t('team.loading')}</p>;
  return (
    <div className="team-section" data-testid="team-section">
      {status.linked ? (
        <Linked
          status={status}
          busy={busy}
          report={report}
          onSync={() => void run(async () => setReport(await call('team.sync', {})))}
          onLeave={(discard) =>
            void run(() => call('team.leave', discard ? { discard } : {}).then(() => setReport(null)))
          }
          onError={setError}
        />
      ) : (
        <JoinForm busy={busy} onJoin={(input) => void run(() => call('team.join', input))} />
      )}
      {error && (
        <p className="form-error" role="alert" lang="en" dir="ltr" data-testid="team-error">
          {error}
        </p>
      )}
    </div>
  );
}

function JoinForm(props: {
  busy: boolean;
  onJoin: (input: { url: string; token: string; ca?: string }) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [ca, setCa] = useState('');
  const hintId = useId();
  return (
    <form
      className="team-join"
      onSubmit={(e) => {
        e.preventDefault();
        props.onJoin({ url: url.trim(), token: token.trim(), ...(ca.trim() ? { ca: ca.trim() } : {}) });
      }}
    >
      <p className="muted" id={hintId}>
        {t('team.joinHint')}
      </p>
      <label className="field">
        <span>{t('team.url')}</span>
        <input
          type="url"
          dir="ltr"
          lang="en"
          required
          value={url}
          placeholder="https://team.example:8443"
          data-testid="team-url"
          aria-describedby={hintId}
          onChange={(e) => setUrl(e.currentTarget.value)}
        />
      </label>
      <label className="field">
        <span>{t('team.token')}</span>
        <input
          type="password"
          dir="ltr"
          required
          value={token}
          autoComplete="off"
          data-testid="team-token"
          onChange={(e) => setToken(e.currentTarget.value)}
        />
      </label>
      <label className="field">
        <span>{t('team.ca')}</span>
        <input
          type="text"
          dir="ltr"
          lang="en"
          value={ca}
          placeholder="/path/to/ca.pem"
          data-testid="team-ca"
          onChange={(e) => setCa(e.currentTarget.value)}
        />
      </label>
      <div className="button-row">
        <button type="submit" className="primary" disabled={props.busy} data-testid="team-join">
          {t('team.join')}
        </button>
      </div>
    </form>
  );
}

function Linked(props: {
  status: TeamStatus;
  busy: boolean;
  report: TeamSyncReport | null;
  onSync: () => void;
  onLeave: (discard: boolean) => void;
  onError: (m: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const s = props.status;
  const state = s.online === false ? 'offline' : s.online ? 'online' : 'unknown';
  return (
    <>
      <dl className="team-status" data-testid="team-status">
        <dt>{t('team.serverLabel')}</dt>
        <dd>
          <bdi dir="ltr" lang="en">
            {s.team}
          </bdi>
        </dd>
        <dt>{t('team.userLabel')}</dt>
        <dd>
          <bdi>{s.user}</bdi>
        </dd>
        <dt>{t('team.stateLabel')}</dt>
        <dd data-testid="team-state">
          {[t(`team.${state}`), s.pending > 0 ? t('team.pending', { count: s.pending }) : null]
            .filter(Boolean)
            .join(' · ')}
        </dd>
        <dt>{t('team.lastSyncLabel')}</dt>
        <dd>{s.lastSync ? <bdi>{new Date(s.lastSync).toLocaleString()}</bdi> : t('team.neverSynced')}</dd>
      </dl>
      <div className="button-row">
        <button type="button" disabled={props.busy} onClick={props.onSync} data-testid="team-sync">
          {props.busy ? t('team.syncing') : t('team.syncNow')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={props.busy}
          data-testid="team-leave"
          onClick={() => {
            if (s.pending > 0 && !window.confirm(t('team.leavePending', { count: s.pending }))) return;
            props.onLeave(s.pending > 0);
          }}
        >
          {t('team.leave')}
        </button>
      </div>
      {props.report && <SyncReport report={props.report} />}
      <TermConflicts version={props.report} onError={props.onError} />
    </>
  );
}

function SyncReport(props: { report: TeamSyncReport }): React.JSX.Element {
  const { t } = useTranslation();
  const r = props.report;
  return (
    <div role="status" className="import-report" data-testid="team-sync-report">
      <p>{t('team.synced', { pushed: r.pushed, pulled: r.pulled })}</p>
      {r.refused.length > 0 && (
        <ul className="import-terms" data-testid="team-refused">
          {r.refused.map((x, i) => (
            <li key={i}>
              {t(`team.kind.${x.kind}`)}:{' '}
              {x.message ? (
                <bdi>{messageText(x.message)}</bdi>
              ) : (
                <span lang="en" dir="ltr">
                  {x.reason}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {r.conflicts.length > 0 && (
        <ul className="import-terms" data-testid="team-sync-conflicts">
          {r.conflicts.map((k, i) => (
            <li key={i}>
              {t(`team.kind.${k.kind}`)}
              {k.source ? (
                <>
                  {' '}
                  <bdi lang="ar" dir="rtl" data-testid="team-sync-conflict-source">
                    {k.source}
                  </bdi>
                </>
              ) : null}
              {k.field ? ` (${t(`glossary.field.${k.field}`, { defaultValue: k.field })})` : ''}: <bdi>{k.mine}</bdi> /{' '}
              <bdi>{k.theirs}</bdi> — {t(`team.kept.${k.kept}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The team's open term conflicts; `version` changes after each sync from here, to read them again. */
function TermConflicts(props: { version: unknown; onError: (m: string) => void }): React.JSX.Element {
  const { t } = useTranslation();
  const { onError } = props;
  const [list, setList] = useState<TeamConflictView[] | null>(null);
  const headingId = useId();
  const load = useCallback(
    () => call('team.conflicts', {}).then(setList, (e: unknown) => onError(errorText(e))),
    [onError],
  );
  useEffect(() => void load(), [load, props.version]);
  const resolve = async (id: number, pick: 'mine' | 'theirs'): Promise<void> => {
    try {
      await call('team.resolve', { id, pick });
    } catch (e) {
      onError(errorText(e));
    }
    await load();
  };
  const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{t('team.conflicts')}</h4>
      {list === null ? null : list.length === 0 ? (
        <p className="muted">{t('team.noConflicts')}</p>
      ) : (
        <ul className="term-list" data-testid="team-conflicts">
          {list.map((k) => (
            <li key={k.id} className="team-conflict" data-testid="team-conflict">
              <p>
                {t('team.conflictTerm')}{' '}
                <bdi lang="ar" dir="rtl" data-testid="team-conflict-source">
                  {k.source}
                </bdi>{' '}
                →{' '}
                <bdi dir="ltr" lang="en">
                  {k.target}
                </bdi>
              </p>
              <p>{t('team.conflictField', { field: t(`glossary.field.${k.field}`, { defaultValue: k.field }) })}</p>
              <p>
                {t('team.theirsStands')} <bdi dir="auto">{show(k.theirs)}</bdi>
              </p>
              <p>
                {t('team.proposedBy', { author: `\u2068${k.author}\u2069` })} <bdi dir="auto">{show(k.mine)}</bdi>
              </p>
              <div className="button-row">
                <button type="button" onClick={() => void resolve(k.id, 'theirs')} data-testid="team-keep-theirs">
                  {t('team.keepTheirs')}
                </button>
                <button type="button" onClick={() => void resolve(k.id, 'mine')} data-testid="team-keep-mine">
                  {t('team.keepMine', { author: `\u2068${k.author}\u2069` })}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
