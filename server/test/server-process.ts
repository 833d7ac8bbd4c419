/** The team server as a real process (`server/main.ts`), for tests that restart or kill it. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Request log lines so far (stderr, one JSON line per request). */
  logs: string[];
  onLog(fn: (line: string) => void): void;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function startServerProcess(pgUrl: string, extra: string[] = []): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'server/main.ts'), '--pg', pgUrl, '--port', '0', ...extra],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const logs: string[] = [];
  const listeners: Array<(l: string) => void> = [];
  createInterface({ input: child.stderr! }).on('line', (l) => {
    logs.push(l);
    for (const fn of listeners) fn(l);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (l) => {
      try {
        resolve((JSON.parse(l) as { listening: string }).listening);
      } catch {
        reject(new Error(`the server printed ${l}`));
      }
    });
    void exited.then(() => reject(new Error(`the server exited: ${logs.join('\n')}`)));
  });
  return {
    url,
    child,
    logs,
    onLog: (fn) => void listeners.push(fn),
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
