/**
 * The team indicator in the app bar: shown only while the workspace is linked to a team server. Says online /
 * offline and how many local changes wait to be sent; a click syncs now. The sync itself runs in the
 * background of the main process (electron/features/team/service.ts); this only reads its state.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamStatus } from '../../core/api/contract';
import { call } from '../api/client';

const POLL_MS = 3000;

export function TeamIndicator(): React.JSX.Element | null {
  const { t } = useTranslation();
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const [syncing, setSyncing] = useState(false);
  const refresh = useCallback((): Promise<void> => call('team.status', {}).then(setStatus, () => undefined), []);
  useEffect(() => {
    let alive = true;
    // A lost server is reported by the connection banner; the indicator keeps its last state meanwhile.
    const load = (): void =>
      void call('team.status', {}).then(
        (s) => alive && setStatus(s),
        () => undefined,
      );
    load();
    const timer = window.setInterval(load, POLL_MS);
    return () => {
      alive = false;
      window.clearInterval(timer);
    };
  }, []);
  if (!status?.linked) return null;
  const state = status.online === false ? 'offline' : status.online ? 'online' : 'unknown';
  const label = [t(`team.${state}`), status.pending > 0 ? t('team.pending', { count: status.pending }) : null]
    .filter(Boolean)
    .join(' · ');
  const title = [
    t('team.server', { url: status.team ?? '', user: status.user ?? '' }),
    status.lastSync ? t('team.lastSync', { time: new Date(status.lastSync).toLocaleString() }) : t('team.neverSynced'),
    status.error ?? null,
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <button
      type="button"
      className={`team-indicator ${state}`}
      data-testid="team-indicator"
      data-state={state}
      title={title}
      aria-label={`${t('team.label')}: ${label}`}
      disabled={syncing}
      onClick={() => {
        setSyncing(true);
        void call('team.sync', {})
          .catch(() => undefined)
          .finally(() => {
            setSyncing(false);
            void refresh();
          });
      }}
    >
      <span className="team-dot" aria-hidden="true" />
      {t('team.label')}: {syncing ? t('team.syncing') : label}
    </button>
  );
}
