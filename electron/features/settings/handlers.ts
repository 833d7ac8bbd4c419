import type { settingsMethods } from '../../../core/api/methods/settings';
import type { HandlersOf } from '../../app/handler-types';
import type { SettingsService } from './service';

export function settingsHandlers(settings: SettingsService): HandlersOf<typeof settingsMethods> {
  return {
    'settings.get': () => settings.get(),
    'settings.set': (patch) => settings.set(patch),
  };
}
