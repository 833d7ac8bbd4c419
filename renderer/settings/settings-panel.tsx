/**
 * Settings in one panel (a dialog, from the app bar or Ctrl+,): the font size of each pane, the theme (follow
 * the system, or a switch between light and dark), then every feature's own section (sections.tsx). Each change
 * is saved at once in the workspace through `settings.set`; the focus goes back where it was on close.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../core/api/contract';
import { FONT_SIZE } from '../../core/api/methods/settings';
import { Dialog } from '../shared/dialog';
import { SETTINGS_SECTIONS } from './sections';
import { resolveTheme } from './use-applied-settings';

export function SettingsPanel(props: {
  settings: Settings;
  onSettings: (patch: Partial<Settings>) => void;
  onClose: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const titleId = useId();
  const s = props.settings;
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const followsSystem = s.theme === 'system';
  const dark = resolveTheme(s.theme, systemDark) === 'dark';
  return (
    <Dialog labelledBy={titleId} onClose={props.onClose} testId="settings-panel">
      <h2 id={titleId}>{t('settings.title')}</h2>
      <fieldset className="options">
        <legend>{t('settings.display')}</legend>
        <FontSize
          label={t('settings.sourceFontSize')}
          value={s.sourceFontSize}
          testId="settings-source-font"
          autoFocus
          onChange={(v) => props.onSettings({ sourceFontSize: v })}
        />
        <FontSize
          label={t('settings.targetFontSize')}
          value={s.targetFontSize}
          testId="settings-target-font"
          onChange={(v) => props.onSettings({ targetFontSize: v })}
        />
        <label className="check">
          <input
            type="checkbox"
            data-testid="settings-theme-system"
            checked={followsSystem}
            onChange={(e) => props.onSettings({ theme: e.currentTarget.checked ? 'system' : dark ? 'dark' : 'light' })}
          />
          <span>{t('settings.followSystem')}</span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            role="switch"
            data-testid="settings-theme-dark"
            checked={dark}
            disabled={followsSystem}
            aria-checked={dark}
            onChange={(e) => props.onSettings({ theme: e.currentTarget.checked ? 'dark' : 'light' })}
          />
          <span>{t('settings.dark')}</span>
        </label>
      </fieldset>
      {SETTINGS_SECTIONS.map(({ id, title, Component }) => (
        <fieldset key={id} className="options" data-testid={`settings-section-${id}`}>
          <legend>{t(title)}</legend>
          <Component settings={s} onSettings={props.onSettings} />
        </fieldset>
      ))}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={props.onClose}>
          {t('settings.close')}
        </button>
      </div>
    </Dialog>
  );
}

/** A size in pixels; a value out of range is not sent (the field keeps what was typed until it is valid). */
function FontSize(props: {
  label: string;
  value: number;
  testId: string;
  autoFocus?: boolean;
  onChange: (v: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>{props.label}</span>
      <span className="font-size-field">
        <input
          type="number"
          min={FONT_SIZE.min}
          max={FONT_SIZE.max}
          step={1}
          defaultValue={props.value}
          data-testid={props.testId}
          data-autofocus={props.autoFocus ? true : undefined}
          onChange={(e) => {
            const v = Number(e.currentTarget.value);
            if (Number.isInteger(v) && v >= FONT_SIZE.min && v <= FONT_SIZE.max && v !== props.value) props.onChange(v);
          }}
        />
        <span className="muted">{t('settings.px', { min: FONT_SIZE.min, max: FONT_SIZE.max })}</span>
      </span>
    </label>
  );
}
