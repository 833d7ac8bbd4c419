/**
 * The settings panel's sections, one entry per feature: a feature that owns settings adds its section here
 * (its title key and a component given the workspace's settings and a setter) and the panel shows it, in order.
 * Settings the panel does not know (a feature's own) stay in that feature; the component reads and writes them
 * through the feature's own API methods.
 */
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../core/api/contract';
import type { SourceSide } from '../../core/model';
import { TeamSection } from '../team/team-section';

export interface SettingsSectionProps {
  settings: Settings;
  onSettings: (patch: Partial<Settings>) => void;
}

export interface SettingsSection {
  id: string;
  /** i18n key of the section's heading. */
  title: string;
  Component: (props: SettingsSectionProps) => React.JSX.Element;
}

/** The workbench's layout: where the Arabic column sits and the UI language. */
function WorkbenchSection(props: SettingsSectionProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <label className="field">
        <span>{t('workbench.sourceSide')}</span>
        <select
          value={props.settings.sourceSide}
          data-testid="settings-source-side"
          onChange={(e) => props.onSettings({ sourceSide: e.currentTarget.value as SourceSide })}
        >
          <option value="right">{t('workbench.sourceOnRight')}</option>
          <option value="left">{t('workbench.sourceOnLeft')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('settings.uiLanguage')}</span>
        <select
          value={props.settings.uiLanguage}
          data-testid="settings-ui-language"
          onChange={(e) => props.onSettings({ uiLanguage: e.currentTarget.value as 'en' | 'ar' })}
        >
          <option value="en" lang="en">
            English
          </option>
          <option value="ar" lang="ar">
            العربية
          </option>
        </select>
      </label>
    </>
  );
}

export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  { id: 'workbench', title: 'settings.workbench', Component: WorkbenchSection },
  { id: 'team', title: 'team.section', Component: TeamSection },
];
