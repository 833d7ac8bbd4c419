/** The QA settings, folded under the Check tab: which checks run, US or British English, the personal word list's size. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QaSettings } from '../../core/api/contract';
import { call } from '../api/client';
import { showErrorWith } from '../shared/show-error';

export function QaSettingsPanel(props: {
  onChanged: () => void;
  onError: (m: string) => void;
  version: number;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<QaSettings | null>(null);
  const { onError, version } = props;

  useEffect(() => {
    call('qa.settings', {}).then(setSettings, showErrorWith(onError));
    // Refetched when a word is added from a flag (version bumps).
  }, [version, onError]);

  const save = (input: { disabledChecks?: string[]; englishVariant?: QaSettings['englishVariant'] }): void => {
    // Shown at once (a controlled checkbox must not wait for the answer); the answer then confirms it.
    setSettings((prev) => (prev ? { ...prev, ...input } : prev));
    call('qa.setSettings', input).then((s) => {
      setSettings(s);
      props.onChanged();
    }, showErrorWith(props.onError));
  };

  if (!settings) return <></>;
  const off = new Set(settings.disabledChecks);
  return (
    <details className="qa-settings" data-testid="qa-settings">
      <summary>{t('qaChecks.settings')}</summary>
      <fieldset>
        <legend>{t('qaChecks.checksOn')}</legend>
        {settings.checks.map((id) => (
          <label key={id} className="qa-setting">
            <input
              type="checkbox"
              checked={!off.has(id)}
              data-testid={`qa-check-${id}`}
              onChange={(e) =>
                save({
                  disabledChecks: e.target.checked
                    ? settings.disabledChecks.filter((c) => c !== id)
                    : [...settings.disabledChecks, id],
                })
              }
            />{' '}
            {t(`qaChecks.names.${id}`, { defaultValue: id })}
          </label>
        ))}
      </fieldset>
      <label className="qa-setting">
        {t('qaChecks.variant')}{' '}
        <select
          value={settings.englishVariant}
          data-testid="qa-variant"
          onChange={(e) => save({ englishVariant: e.target.value as QaSettings['englishVariant'] })}
        >
          <option value="en-US">{t('qaChecks.variants.en-US')}</option>
          <option value="en-GB">{t('qaChecks.variants.en-GB')}</option>
        </select>
      </label>
      <p className="muted">{t('qaChecks.words', { count: settings.words.length })}</p>
    </details>
  );
}
