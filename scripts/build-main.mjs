// Bundles the Electron main process and preload into CommonJS (the preload must be one file for the sandbox).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['electron', 'better-sqlite3'],
  define: {
    'import.meta.dirname': '__dirname',
    'import.meta.filename': '__filename',
    'import.meta.url': '__importMetaUrl',
  },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' });
// Heavy work off the main event loop (electron/jobs/runner.ts looks for it beside main.cjs).
await build({ ...common, entryPoints: ['electron/jobs/worker.ts'], outfile: 'dist/electron/job-worker.cjs' });
