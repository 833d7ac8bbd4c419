/**
 * The randomised test of shared documents (issue 21): three workspaces (an admin, a translator, a reviewer)
 * against one team server process and a real PostgreSQL, a seeded random run of edits to the same and to
 * different rows (drafts, confirmations, reviews), syncs in random order, typing while a sync is out, one server
 * killed in the middle of a sync and started again, and one workspace's `team sync` (a CLI process)
 * killed with SIGKILL in the middle of its push (the server applied it; a proxy holds its answer back). Then every workspace syncs until nothing moves, and: all agree
 * with the server, nothing is pending, and every text typed is the row's current text or in its history.
 *
 * The seed is printed; `TEAM_SEED=N` replays a run (`TEAM_SEED=random` picks one), `TEAM_STEPS=N` makes it longer.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../../../scripts/shared-samples';
import { ApiError } from '../../../core/api/contract';
import { openStore } from '../../../server/store';
import type { Store } from '../../../server/store';
import { clusterUrl, createDatabase } from '../../../server/test/database';
import type { ServerProcess } from '../../../server/test/server-process';
import { startServerProcess } from '../../../server/test/server-process';
import { addUser } from '../../../server/users';
import type { App } from '../../app/compose';
import { composeApp } from '../../app/compose';

const admin = clusterUrl();
const ROOT = path.resolve(import.meta.dirname, '../../..');
const seed =
  process.env.TEAM_SEED === 'random'
    ? Math.floor(Math.random() * 2 ** 31)
    : Number(process.env.TEAM_SEED ?? 20261203) >>> 0;
const STEPS = Number(process.env.TEAM_STEPS ?? 300);
const ROWS = 6; // few rows: the same row is often edited in two workspaces between syncs

/** mulberry32: small, fast and the same on every machine. */
function random(s: number): () => number {
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const WORDS = ['Jowzjan', 'Sheberghan', 'Taliban', 'the governor', 'clashes', 'the road', 'was closed', 'said', 'calm'];
const USERS = [
  ['amina', 'admin'],
  ['omar', 'translator'],
  ['rana', 'reviewer'],
] as const;

interface Typed {
  workspace: number;
  index: number;
  text: string;
}

describe.skipIf(!admin)(`randomised shared-document run (seed ${seed}, TEAM_SEED=${seed} replays it)`, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-team-random-'));
  const files = USERS.map(([u]) => path.join(dir, `${u}.sqlite`));
  const apps: App[] = [];
  let server: ServerProcess;
  let store: Store;
  let pgUrl: string;
  let docId: string;

  /** The server the proxy forwards to (it changes when the server is started again). */
  let target: URL;
  /** Set while a push's answer is to be held back: returns whether to pass it on. */
  let onPushAnswer: (() => boolean) | undefined;
  let proxyUrl: string;
  // The workspaces reach the server through this proxy, so the test can drop a push's answer on the floor.
  const proxy = http.createServer((req, res) => {
    const up = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (req.method === 'POST' && req.url === '/api/push' && onPushAnswer && !onPushAnswer()) {
          answer.resume();
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  });

  beforeAll(async () => {
    console.log(`randomised team test: seed ${seed} (TEAM_SEED=${seed} to replay), ${STEPS} steps`);
    pgUrl = await createDatabase(admin!, 'random');
    store = await openStore(pgUrl);
    const tokens: string[] = [];
    for (const [n, role] of USERS) tokens.push((await addUser(store, n, role)).token);
    server = await startServerProcess(pgUrl);
    target = new URL(server.url);
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    for (const [i, file] of files.entries()) {
      const app = composeApp({ dbFile: file });
      apps.push(app);
      await app.services.team.join({ url: proxyUrl, token: tokens[i]! });
    }
    const imported = await apps[1]!.services.documents.import({
      fileName: 'seed-ar.txt',
      bytes: readFileSync(SEED),
    });
    docId = imported.documentId;
    await apps[1]!.services.team.share({ doc: docId });
    await apps[0]!.services.team.sync();
    await apps[0]!.services.team.assign({ doc: docId, reviewer: 'rana' });
    for (const app of apps) await app.services.team.sync();
  });
  afterAll(async () => {
    for (const app of apps) app.close();
    await server?.stop();
    await store?.close();
    proxy.close();
  });

  /** A sync that may meet the server down (that is part of the run); anything else is a failure. */
  const stats = { syncs: 0, conflicts: 0, unreachable: 0 };
  const sync = async (w: number): Promise<void> => {
    try {
      stats.conflicts += (await apps[w]!.services.team.sync()).conflicts.length;
      stats.syncs++;
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'busy')) throw e;
      stats.unreachable++;
    }
  };

  it('ends with every workspace agreeing with the server and no typed text lost', async () => {
    const rnd = random(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const typed: Typed[] = [];
    let n = 0;
    const edit = (w: number): void => {
      const index = Math.floor(rnd() * ROWS);
      const text = `${USERS[w]![0]} ${++n}: ${pick(WORDS)} ${pick(WORDS)}`;
      const r = rnd();
      // The reviewer (or the admin) sometimes marks the row reviewed; others confirm it or leave a draft.
      const review = w !== 1 && r < 0.15;
      apps[w]!.services.documents.updateParagraph({
        documentId: docId,
        index,
        target: text,
        ...(review ? { review: true } : r < 0.45 ? { confirm: true } : {}),
      });
      typed.push({ workspace: w, index, text });
    };
    const restartAt = Math.floor(STEPS * (0.25 + rnd() * 0.25));
    const killAt = Math.floor(STEPS * (0.55 + rnd() * 0.25));

    for (let step = 0; step < STEPS; step++) {
      const w = Math.floor(rnd() * 3);
      if (step === restartAt) {
        // The server dies in the middle of a sync that has something to push, and comes back on its port.
        edit(w);
        const out = sync(w);
        await new Promise((r) => setTimeout(r, Math.floor(rnd() * 25)));
        await server.stop('SIGKILL');
        await out;
        server = await startServerProcess(pgUrl);
        target = new URL(server.url);
        continue;
      }
      if (step === killAt) {
        // A `team sync` process of this workspace is killed with SIGKILL once its push is under way.
        edit(w);
        edit(w);
        const pending = apps[w]!.services.team.status().pending;
        apps[w]!.close();
        expect(await killedSync(files[w]!), `seed ${seed}: the sync process was not killed`).toBe('SIGKILL');
        apps[w] = composeApp({ dbFile: files[w]! });
        // The server took the push but the process died before it had the answer: all still waits here.
        expect(apps[w]!.services.team.status().pending).toBe(pending);
        continue;
      }
      const r = rnd();
      if (r < 0.55) edit(w);
      else if (r < 0.8) await sync(w);
      else {
        // Typing while the sync is out, in this workspace or another.
        const out = sync(w);
        const k = 1 + Math.floor(rnd() * 3);
        for (let i = 0; i < k; i++) {
          // At random moments of the sync: before its push is read, while it is out, while the pull is applied.
          await new Promise((r) => setTimeout(r, Math.floor(rnd() * 12)));
          edit(rnd() < 0.5 ? w : Math.floor(rnd() * 3));
        }
        await out;
      }
    }

    // Quiescence: sync every workspace until a whole round moves nothing.
    let rounds = 0;
    for (let quiet = false; !quiet; rounds++) {
      expect(rounds, `seed ${seed}: no quiescence after ${rounds} rounds`).toBeLessThan(10);
      quiet = true;
      for (const app of apps) {
        const report = await app.services.team.sync();
        expect(report.refused, `seed ${seed}`).toEqual([]);
        if (report.pushed || report.pulled || app.services.team.status().pending) quiet = false;
      }
    }

    const onServer = (
      await store.pool.query('SELECT idx, target, status FROM doc_rows WHERE document_id = $1 ORDER BY idx', [docId])
    ).rows as Array<{ idx: number; target: string; status: string }>;
    const serverHistory = (
      await store.pool.query('SELECT idx, target FROM row_history WHERE document_id = $1', [docId])
    ).rows as Array<{ idx: number; target: string }>;
    for (const [w, app] of apps.entries()) {
      expect(app.services.team.status(), `seed ${seed}, ${USERS[w]![0]}`).toMatchObject({ pending: 0, refused: 0 });
      expect(
        app.services.documents.paragraphs(docId).map((p) => ({ idx: p.index, target: p.target, status: p.status })),
        `seed ${seed}: ${USERS[w]![0]} differs from the server`,
      ).toEqual(onServer);
    }
    const lost = typed.filter(({ workspace, index, text }) => {
      if (onServer[index]!.target === text) return false;
      const here = apps[workspace]!.services.team.history({ documentId: docId, index });
      return !here.some((h) => h.target === text) && !serverHistory.some((h) => h.idx === index && h.target === text);
    });
    expect(lost, `seed ${seed}: texts typed and found nowhere`).toEqual([]);
    // The server's history reached every workspace.
    for (const app of apps)
      for (let index = 0; index < ROWS; index++) {
        const texts = new Set(app.services.team.history({ documentId: docId, index }).map((h) => h.target));
        for (const h of serverHistory.filter((x) => x.idx === index))
          expect(texts.has(h.target), `seed ${seed}: row ${index}`).toBe(true);
      }
    console.log(
      `randomised team test: seed ${seed}, ${typed.length} texts typed, ${serverHistory.length} history entries on the server, quiet after ${rounds} rounds, ${JSON.stringify(stats)}`,
    );
  });

  /**
   * Runs `team sync` on a workspace as its own process and kills it with SIGKILL in the middle of its push: the
   * server has applied it, the answer is held back by the proxy, and the process dies waiting for it.
   */
  async function killedSync(file: string): Promise<NodeJS.Signals | null> {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'electron/cli.ts'), 'team', 'sync', '--db', file],
      { cwd: ROOT, stdio: 'ignore' },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_, signal) => resolve(signal)));
    onPushAnswer = () => {
      onPushAnswer = undefined;
      child.kill('SIGKILL');
      return false;
    };
    const signal = await exited;
    onPushAnswer = undefined;
    return signal;
  }
});
