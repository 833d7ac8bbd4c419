/**
 * Where the default workspace lives: the same user-data folder Electron's app.getPath('userData') gives
 * for an app named Dragoman, so the desktop app, the browser mode and the CLI share one workspace.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Dragoman';
export const WORKSPACE_FILE = 'workspace.sqlite';

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** The workspace file to open: `--db FILE` when given, else the default one (its folder created). */
export function resolveWorkspace(dbArg: string | undefined, dataDir = userDataDir()): string {
  if (dbArg) return path.resolve(dbArg);
  mkdirSync(dataDir, { recursive: true });
  return path.join(dataDir, WORKSPACE_FILE);
}
