/** The settings feature: the workspace's UI language and which side the Arabic sits on. */
import type { Settings } from '../../../core/api/contract';
import type { Db } from '../../../db/open';
import { getSetting, setSetting } from '../../../db/settings-repo';

const DEFAULT_SETTINGS: Settings = { uiLanguage: 'en', sourceSide: 'right' };

export interface SettingsService {
  get(): Settings;
  set(patch: Partial<Settings>): Settings;
  /** The port the browser mode last listened on for this workspace. */
  browserPort(): number | undefined;
  setBrowserPort(port: number): void;
}

/** `onChange` lets the desktop shell follow the UI language (its menu). */
export function createSettingsService(deps: { db: Db; onChange?: ((s: Settings) => void) | undefined }): SettingsService {
  const { db } = deps;
  const get = (): Settings => ({ ...DEFAULT_SETTINGS, ...getSetting<Partial<Settings>>(db, 'ui', {}) });
  return {
    get,
    set(patch) {
      const next = { ...get(), ...patch };
      setSetting(db, 'ui', next);
      deps.onChange?.(next);
      return next;
    },
    browserPort() {
      const port = getSetting<unknown>(db, 'browser-port', undefined);
      return typeof port === 'number' && Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
    },
    setBrowserPort: (port) => setSetting(db, 'browser-port', port),
  };
}
