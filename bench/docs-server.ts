/** The browser-mode server as its own process (as `npm run web` starts it), so its memory can be read apart. */
import { readFileSync } from 'node:fs';
import { spawnWebServer } from '../scripts/web-process';

export interface BenchServer {
  url: string;
  origin: string;
  token: string;
  /** Resident memory of the server process now, in MB (Linux /proc). */
  rssMb(): number;
  stop(): Promise<void>;
}

export async function startBenchServer(db: string): Promise<BenchServer> {
  const { child, url } = await spawnWebServer(db, 60_000);
  const u = new URL(url);
  return {
    url,
    origin: u.origin,
    token: u.searchParams.get('token')!,
    rssMb: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
