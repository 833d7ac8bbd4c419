// Builds better-sqlite3 for Electron's ABI into dist/native/electron/, leaving node_modules' Node build
// (used by the CLI, the browser mode and the tests) untouched. The desktop main process loads this copy
// through better-sqlite3's `nativeBinding` option. Needs network (Electron's headers); cannot run offline.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const work = mkdtempSync(path.join(os.tmpdir(), 'dragoman-native-'));
cpSync(path.join(root, 'node_modules/better-sqlite3'), work, { recursive: true });
execFileSync(
  process.platform === 'win32' ? 'npx.cmd' : 'npx',
  [
    '--yes',
    'node-gyp',
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--runtime=electron',
    '--dist-url=https://electronjs.org/headers',
  ],
  { cwd: work, stdio: 'inherit' },
);
const out = path.join(root, 'dist/native/electron');
mkdirSync(out, { recursive: true });
copyFileSync(path.join(work, 'build/Release/better_sqlite3.node'), path.join(out, 'better_sqlite3.node'));
console.log(`better-sqlite3 built for Electron ${electronVersion}: ${path.join(out, 'better_sqlite3.node')}`);
