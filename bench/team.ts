/**
 * Team sync benchmark, against a throwaway PostgreSQL cluster started for the run and the team server in a
 * process of its own: (1) a workspace shares a memory of 10,000 units and pushes them; (2) a fresh workspace makes its first
 * pull of a shared memory of 100,000 units (batches of 5,000, into the local memory with its index and sentence
 * units). Each beside a baseline measured in the same run: the same rows inserted straight with one COPY.
 * Run alone with `npx tsx bench/team.ts`.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { normalizeArabic } from '../core/arabic/normalize';
import { composeApp } from '../electron/app/compose';
import { listMemories, PostingWriter } from '../db/tm-repo';
import { addUnit } from '../electron/features/tm/store';
import { openStore } from '../server/store';
import type { Store } from '../server/store';
import { startCluster } from '../server/test/cluster';
import { startServerProcess } from '../server/test/server-process';
import { addUser } from '../server/users';
import { indexedUpTo } from '../server/search-index';
import { readShared } from '../scripts/shared-samples';

const PUSH_UNITS = 10_000;
const PULL_UNITS = 100_000;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

/**
 * Paragraph-sized Arabic, varied like a desk's memory: 20–45 words drawn Zipf-wise half from the seed article's
 * vocabulary and half from generated words (as `bench -- tm` does). Built from the article's few sentences alone,
 * half the memory held any phrase of it, and concordance measured that rather than a real archive.
 */
function units(count: number, seed: number): Array<{ source: string; target: string }> {
  const rand = rng(seed);
  const seedWords = [...new Set(readShared('samples/seed-ar.txt').match(/\p{Script=Arabic}+/gu) ?? [])];
  const letters = 'اااااللللليييييمممموووونننهههررررتتتببببعععددسسفففكككققحججشصطزخضثذغظءأإآةى';
  const gen = (): string =>
    Array.from({ length: 3 + Math.floor(rand() * 6) }, () => letters[Math.floor(rand() * letters.length)]).join('');
  const synthetic = Array.from({ length: 40_000 }, gen);
  const zipf = (list: readonly string[]): string =>
    list[Math.min(list.length - 1, Math.floor(Math.exp(rand() * Math.log(list.length + 1))) - 1)]!;
  return Array.from({ length: count }, (_, i) => ({
    source: `${Array.from({ length: 20 + Math.floor(rand() * 26) }, () => zipf(rand() < 0.5 ? seedWords : synthetic)).join(' ')}.`,
    target: `English translation of unit ${seed}-${i}, a paragraph of news.`,
  }));
}

const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** Waits until the server's concordance index holds every unit (server/search-index.ts); returns when, in ms. */
async function indexCaughtUp(store: Store, since: number): Promise<number> {
  for (;;) {
    const behind = await store.read(async (c) => {
      const r = await c.query<{ n: string }>('SELECT count(*) AS n FROM units WHERE rev > $1', [await indexedUpTo(c)]);
      return Number(r.rows[0]!.n);
    });
    if (behind === 0) return performance.now() - since;
    await new Promise((r) => setTimeout(r, 20));
  }
}
/** This process's CPU time (the workspace's side): on a shared machine the wall time also counts waiting for a core. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The server's own time on one endpoint, from its request log (one JSON line per request). */
function serverMs(logs: readonly string[], endpoint: string): number {
  return logs
    .map((l) => JSON.parse(l) as { path?: string; ms?: number })
    .filter((l) => l.path === endpoint)
    .reduce((n, l) => n + (l.ms ?? 0), 0);
}

/** The baseline: the same rows in a scratch copy of `units`, with one COPY from a CSV file the server reads. */
async function copyBaseline(
  store: Store,
  dir: string,
  rows: Array<{ source: string; target: string }>,
  table: string,
): Promise<number> {
  const csv = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const file = path.join(dir, `${table}.csv`);
  writeFileSync(
    file,
    rows
      .map((r, i) =>
        [
          `${table}-${i}`,
          'baseline',
          csv(r.source),
          csv(normalizeArabic(r.source)),
          csv(r.target),
          'bench',
          String(i + 1),
        ].join(','),
      )
      .join('\n'),
  );
  chmodSync(file, 0o644);
  await store.pool.query(`CREATE TABLE ${table} (LIKE units INCLUDING DEFAULTS INCLUDING INDEXES)`);
  const t0 = performance.now();
  await store.pool.query(
    `COPY ${table} (id, collection_id, source, source_norm, target, author, rev) FROM '${file}' WITH (FORMAT csv)`,
  );
  return performance.now() - t0;
}

export async function runTeamBench(): Promise<void> {
  const cluster = await startCluster();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-bench-team-'));
  chmodSync(dir, 0o755);
  const store = await openStore(cluster.adminUrl);
  // The server in its own process, as deployed: it and the workspace each have a core.
  const server = await startServerProcess(cluster.adminUrl);
  const url = server.url;
  const { token } = await addUser(store, 'bench', 'admin');
  try {
    // (1) Push of 10,000 units.
    const pushRows = units(PUSH_UNITS, 1);
    const a = composeApp({ dbFile: path.join(dir, 'a.sqlite') });
    a.services.tm.create('Desk');
    const memory = listMemories(a.db).find((m) => m.name === 'Desk')!.num;
    const now = new Date().toISOString();
    a.db.transaction(() => {
      const postings = new PostingWriter();
      for (const u of pushRows)
        addUnit(
          a.db,
          { memory, source: u.source, target: u.target, origin: { file: 'bench' }, created: now, changed: now },
          crypto.randomUUID(),
          postings,
        );
      postings.flush(a.db);
    })();
    await a.services.team.join({ url, token });
    await a.services.team.share({ tm: 'Desk' });
    let pushedAt = 0;
    let pushCpu = 0;
    console.log(`load average at the start: ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
    const c0 = cpuMs();
    const t0 = performance.now();
    const pushed = await a.services.team.sync((p) => {
      if (p.phase === 'push') {
        pushedAt = performance.now();
        pushCpu = cpuMs() - c0;
      }
    });
    const total = performance.now() - t0;
    const push = pushedAt - t0;
    const searchable = await indexCaughtUp(store, pushedAt);
    const copy1 = await copyBaseline(store, dir, pushRows, 'baseline_push');
    console.log(
      `push of ${PUSH_UNITS.toLocaleString('en')} units (outbox → HTTP → PostgreSQL): ${secs(push)}   (target < 2 s; whole sync with the pull back: ${secs(total)}, ${pushed.pushed} pushed)`,
    );
    console.log(
      `  baseline, the same rows with one COPY:                ${secs(copy1)}   (${(push / copy1).toFixed(1)}× the COPY)`,
    );
    console.log(
      `  of which the server's own time on /api/push: ${secs(serverMs(server.logs, '/api/push'))}; the workspace's CPU: ${secs(pushCpu)}`,
    );
    console.log(
      `  in the server's concordance index ${secs(searchable)} after the push answered (found before through its tail)`,
    );
    a.close();

    // (2) First pull of 100,000 units: the shared memory is filled straight on the server (a staging COPY, then revisions).
    const pullRows = units(PULL_UNITS, 2);
    const copy2 = await copyBaseline(store, dir, pullRows, 'baseline_pull');
    await store.pool.query(
      "INSERT INTO collections (id, kind, name, shared_by, rev) VALUES ('bench-big', 'tm', 'Archive', 'bench', nextval('revision'))",
    );
    await store.pool.query(
      `INSERT INTO units (id, collection_id, source, source_norm, target, author, rev)
       SELECT id, 'bench-big', source, source_norm, target, author, nextval('revision') FROM baseline_pull ORDER BY rev`,
    );
    // A workspace joining a desk pulls an archive the server indexed long ago: let the indexer catch up first, so
    // the pull is not timed against the indexing of 100,000 units on the same two cores.
    const caughtUp = await indexCaughtUp(store, performance.now());
    console.log(`concordance index caught up with the 100,000 units filled in SQL in ${secs(caughtUp)}`);
    server.logs.length = 0;
    const b = composeApp({ dbFile: path.join(dir, 'b.sqlite') });
    await b.services.team.join({ url, token });
    let batches = 0;
    const c1 = cpuMs();
    const t1 = performance.now();
    const pulled = await b.services.team.sync((p) => {
      if (p.phase === 'pull') batches += 1;
    });
    const pull = performance.now() - t1;
    const pullCpu = cpuMs() - c1;
    const local = b.services.tm.list().reduce((n, m) => n + m.units, 0);
    console.log(
      `first pull of ${(PULL_UNITS + PUSH_UNITS).toLocaleString('en')} units (${batches} batches, into the local memory and its index): ${secs(pull)}   (target < 15 s for 100,000; ${pulled.pulled} pulled, ${local} local units with sentences)`,
    );
    console.log(
      `  baseline, ${PULL_UNITS.toLocaleString('en')} rows with one COPY:        ${secs(copy2)}   (${(pull / copy2).toFixed(1)}× the COPY)`,
    );
    console.log(
      `  of which the server's own time on /api/pull (overlapping the local writes): ${secs(serverMs(server.logs, '/api/pull'))}; the workspace's CPU: ${secs(pullCpu)}`,
    );
    const hit = await fetch(
      `${url}/api/concordance?q=${encodeURIComponent('اشتباكات عنيفة بين عناصر من طالبان')}&limit=5`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const t2 = performance.now();
    for (let i = 0; i < 20; i++)
      await fetch(`${url}/api/concordance?q=${encodeURIComponent('ولاية جوزجان شمال افغانستان')}&limit=10`, {
        headers: { authorization: `Bearer ${token}` },
      }).then((r) => r.json());
    console.log(
      `server concordance (pg_trgm on the normalised Arabic) over ${(PULL_UNITS + PUSH_UNITS).toLocaleString('en')} units: ${((performance.now() - t2) / 20).toFixed(0)} ms per query (${((await hit.json()) as unknown[]).length} hits)`,
    );
    b.close();
  } finally {
    await server.stop();
    await store.close();
    cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('team.ts')) {
  runTeamBench().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
