/**
 * Says when the browser mode lost its server: offline (it comes back by itself, text kept in the journal),
 * or restarted with a new token (the tab takes the new address; saving resumes from the journal).
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connection } from './api/session';
import { adoptAddress, connectionState, onConnection } from './api/session';

export function ConnectionBanner(): React.JSX.Element | null {
  const { t } = useTranslation();
  const [state, setState] = useState<Connection>(connectionState());
  const [address, setAddress] = useState('');
  const [wrong, setWrong] = useState(false);
  const inputId = useId();
  useEffect(() => onConnection(setState), []);
  if (state.kind === 'ok') return null;
  if (state.kind === 'offline') {
    return (
      <div className="banner error" role="alert" data-testid="connection-lost">
        <span>{t('connection.offline')}</span>
      </div>
    );
  }
  return (
    <form
      className="banner error"
      role="alert"
      data-testid="connection-restarted"
      onSubmit={(e) => {
        e.preventDefault();
        setWrong(!adoptAddress(address));
      }}
    >
      <span>{t('connection.restarted')}</span>
      <label htmlFor={inputId} className="visually-hidden">
        {t('connection.addressLabel')}
      </label>
      <input
        id={inputId}
        dir="ltr"
        lang="en"
        value={address}
        onChange={(e) => setAddress(e.currentTarget.value)}
        data-testid="reconnect-address"
      />
      <button type="submit">{t('connection.reconnect')}</button>
      {wrong && <span>{t('connection.wrongAddress', { origin: window.location.origin })}</span>}
    </form>
  );
}
