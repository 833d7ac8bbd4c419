/**
 * Exports as whole CLI processes, the way a translator's script runs them: wall time and peak memory (the
 * child's own maxRSS, printed by a preloaded hook at exit) of `cli export --format F`, the plain-text export
 * of the same document being the baseline.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface ProcessRun {
  ms: number;
  peakMb: number;
  outBytes: number;
}

/** Runs one CLI command in its own Node process; throws with its stderr when it fails. */
export function runCli(dir: string, args: string[]): ProcessRun {
  const hook = path.join(dir, 'peak-rss.cjs');
  writeFileSync(
    hook,
    "process.on('exit', () => process.stderr.write(`\\nDRAGOMAN_PEAK_RSS_KB ${process.resourceUsage().maxRSS}\\n`));\n",
  );
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--require', hook, '--import', 'tsx', path.join(ROOT, 'electron', 'cli.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const ms = performance.now() - t0;
  const peak = /DRAGOMAN_PEAK_RSS_KB (\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0)
    throw new Error(`cli ${args.join(' ')} failed (${r.status ?? r.signal}): ${(r.stderr ?? '').slice(-2000)}`);
  return { ms, peakMb: peak ? Number(peak[1]) / 1024 : NaN, outBytes: r.stdout.length };
}

/** `cli export` of one document in one format to a file in `dir`. */
export function exportRun(dir: string, db: string, doc: string, format: string): ProcessRun {
  const out = path.join(dir, `export-${format}-${doc}.${format}`);
  return runCli(dir, ['export', '--db', db, '--doc', doc, '--format', format, '--out', out]);
}
