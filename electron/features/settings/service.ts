/** The settings feature: the workspace's UI language, the Arabic column's side, the panes' font sizes, the theme. */
import type { Settings } from '../../../core/api/contract';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../core/api/methods/settings';
import type { Db } from '../../../db/open';
import { getSetting, setSetting } from '../../../db/settings-repo';

export interface SettingsService {
  get(): Settings;
  set(patch: Partial<Settings>): Settings;
  /** The port the browser mode last listened on for this workspace. */
  browserPort(): number | undefined;
  setBrowserPort(port: number): void;
}

/** `onChange` lets the desktop shell follow the UI language (its menu). */
export function createSettingsService(deps: {
  db: Db;
  onChange?: ((s: Settings) => void) | undefined;
}): SettingsService {
  const { db } = deps;
  // A stored value that no longer parses (hand-edited, an older shape) falls back to its default, field by field.
  const get = (): Settings => {
    const stored = getSetting<Record<string, unknown>>(db, 'ui', {});
    const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const [key, field] of Object.entries(settingsSchema.shape)) {
      const parsed = field.safeParse(stored?.[key]);
      if (parsed.success) out[key] = parsed.data;
    }
    return out as Settings;
  };
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
