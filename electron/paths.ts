import path from 'node:path';

/** The repository (or packaged app) root, from this file's place in electron/ or dist/electron/. */
export const ROOT = path.resolve(
  import.meta.dirname,
  import.meta.dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..',
);
export const RENDERER_DIR = path.join(ROOT, 'dist', 'renderer');
