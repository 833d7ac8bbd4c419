/**
 * Browser mode: the same app served on 127.0.0.1 with a per-launch token, over the same handlers.
 * Usage: npm run web -- [--db FILE] [--port N] [--no-open]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { App } from './app/compose';
import { composeApp } from './app/compose';
import { WorkspaceError } from '../db/open';
import { RENDERER_DIR } from './paths';
import type { RunningServer } from './transport/http-server';
import { startServer } from './transport/http-server';
import { resolveWorkspace } from './workspace-path';

function openBrowser(url: string): void {
  if (process.env.CI) return;
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  try {
    const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser to open: the printed address is enough.
  }
}

/**
 * Listens on the given port, else on the workspace's last one when it is free (the browser keeps the journal
 * of unsent text per origin, port included, so a restarted server finds it), else on any free port.
 */
async function listen(dragoman: App, port: number | undefined): Promise<RunningServer> {
  const settings = dragoman.services.settings;
  const start = (p: number): Promise<RunningServer> =>
    startServer({ dispatch: dragoman.dispatch, staticDir: RENDERER_DIR, port: p });
  if (port !== undefined) return start(port);
  const last = settings.browserPort();
  let server: RunningServer | undefined;
  if (last !== undefined) {
    try {
      server = await start(last);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' && (e as NodeJS.ErrnoException).code !== 'EACCES') throw e;
    }
  }
  server ??= await start(0);
  if (server.port !== last) settings.setBrowserPort(server.port);
  return server;
}

/**
 * A workspace that cannot be opened (empty, damaged, read-only): the UI still comes up and says which file and
 * what to do, instead of a tab that hangs on "Loading…"; every call answers with that message.
 */
async function serveWorkspaceProblem(e: WorkspaceError, port: number | undefined, open: boolean): Promise<void> {
  const error = { code: 'bad-file' as const, message: e.message };
  const server = await startServer({
    dispatch: async () => ({ ok: false, error }),
    staticDir: RENDERER_DIR,
    port: port ?? 0,
  });
  process.stderr.write(`dragoman: ${e.message}\n`);
  process.stdout.write(`Dragoman (browser mode) cannot open the workspace; the page says why.\nOpen ${server.url}\n`);
  if (open) openBrowser(server.url);
  const stop = (): void => void server.close().then(() => process.exit(1));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

export async function runWeb(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean' } },
    allowPositionals: false,
  });
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`the UI is not built (${RENDERER_DIR} is missing): run npm run build:renderer`);
  }
  const file = resolveWorkspace(values.db);
  const port = values.port ? Number(values.port) : undefined;
  let dragoman: App;
  try {
    dragoman = composeApp({ dbFile: file, open: { dailyBackup: true }, offMainThread: true });
  } catch (e) {
    if (!(e instanceof WorkspaceError)) throw e;
    await serveWorkspaceProblem(e, port, !values['no-open']);
    return;
  }
  // A workspace linked to a team syncs its shared glossaries and memories while the app runs.
  dragoman.services.team.startBackground();
  const server = await listen(dragoman, port);
  process.stdout.write(`Dragoman (browser mode) on workspace ${file}\nOpen ${server.url}\n`);
  if (!values['no-open']) openBrowser(server.url);
  const stop = (): void => {
    void server.close().then(() => {
      dragoman.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith('web.ts')) {
  runWeb(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`dragoman: ${(e as Error).message}\n`);
    process.exit(1);
  });
}
