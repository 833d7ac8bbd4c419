/**
 * A throwaway PostgreSQL cluster for the tests and the bench: initdb in a temporary folder, pg_ctl start on a
 * free port of 127.0.0.1 (socket in the same folder), pg_ctl stop and the folder removed after. PostgreSQL
 * refuses to run as root and CI runs as root, so as root everything runs as the `postgres` user that
 * Debian's package creates (on a folder it owns); as anyone else, as that user.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface Cluster {
  /** A superuser URL to the `postgres` database: tests create their own databases through it. */
  adminUrl: string;
  port: number;
  stop(): void;
}

/** The folder of initdb and pg_ctl: $PG_BIN, the newest /usr/lib/postgresql/N/bin, or PATH. */
export function findPgBin(): string | undefined {
  if (process.env.PG_BIN && existsSync(path.join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(root, versions[0], 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter))
    if (dir && existsSync(path.join(dir, 'initdb'))) return dir;
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export async function startCluster(bin = findPgBin()): Promise<Cluster> {
  if (!bin) throw new Error('PostgreSQL not found (initdb): install postgresql and postgresql-contrib, or set PG_BIN');
  const isRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-pg-'));
  const data = path.join(dir, 'data');
  const asPg = (program: string, args: string[]): void => {
    const cmd = isRoot ? 'runuser' : path.join(bin, program);
    const argv = isRoot ? ['-u', 'postgres', '--', path.join(bin, program), ...args] : args;
    execFileSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], cwd: dir });
  };
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o755);
  const port = await freePort();
  // fsync off: a throwaway cluster need not survive a power cut, and the tests then run at memory speed.
  asPg('initdb', [
    '--locale=C.UTF-8',
    '--encoding=UTF8',
    '--auth=trust',
    '--username=postgres',
    '--no-sync',
    '-D',
    data,
  ]);
  asPg('pg_ctl', [
    '-D',
    data,
    '-l',
    path.join(dir, 'log'),
    '-o',
    `-k ${dir} -p ${port} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    '-w',
    'start',
  ]);
  let stopped = false;
  return {
    adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        asPg('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
