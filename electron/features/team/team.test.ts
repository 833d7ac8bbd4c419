/**
 * Three workspaces (admin, translator, viewer) against one team server process and one real PostgreSQL:
 * terms travel, conflicts are listed and keep both values, a viewer's write is refused and kept, a missing
 * token is refused, a server killed in the middle of a sync loses nothing, and TLS with a self-signed CA.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../server/store';
import type { Store } from '../../../server/store';
import { clusterUrl, createDatabase } from '../../../server/test/database';
import type { ServerProcess } from '../../../server/test/server-process';
import { startServerProcess } from '../../../server/test/server-process';
import { addUser } from '../../../server/users';
import type { App } from '../../app/compose';
import { composeApp } from '../../app/compose';
import { systemEnv } from '../../app/env';
import { createTeamService } from './service';
import { SEED } from '../../../scripts/shared-samples';

const admin = clusterUrl();

describe.skipIf(!admin)('team sync between workspaces', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-team-'));
  let pgUrl: string;
  let server: ServerProcess;
  let store: Store;
  const tokens: Record<string, string> = {};
  const apps: App[] = [];
  const open = (name: string): App => {
    const app = composeApp({ dbFile: path.join(dir, `${name}.sqlite`) });
    apps.push(app);
    return app;
  };
  let a: App; // admin
  let b: App; // translator
  let c: App; // viewer

  beforeAll(async () => {
    pgUrl = await createDatabase(admin!, 'team');
    store = await openStore(pgUrl);
    for (const [n, role] of [
      ['amina', 'admin'],
      ['omar', 'translator'],
      ['vera', 'viewer'],
    ] as const)
      tokens[n] = (await addUser(store, n, role)).token;
    server = await startServerProcess(pgUrl);
    a = open('a');
    b = open('b');
    c = open('c');
  });
  afterAll(async () => {
    for (const app of apps) app.close();
    await server?.stop();
    await store?.close();
  });

  const serverTerms = async (): Promise<Array<{ source: string; target: string }>> =>
    (await store.pool.query('SELECT source, target FROM terms WHERE NOT deleted ORDER BY source')).rows as Array<{
      source: string;
      target: string;
    }>;

  it('refuses a missing or wrong token and links with a good one', async () => {
    await expect(a.services.team.join({ url: server.url, token: 'dgt_nope' })).rejects.toThrow(
      /401.*token is not valid/,
    );
    expect(a.services.team.status()).toMatchObject({
      linked: false,
      team: null,
      user: null,
      pending: 0,
      lastSync: null,
    });
    const res = await fetch(`${server.url}/api/pull`);
    expect(res.status).toBe(401);
    expect(await a.services.team.join({ url: server.url, token: tokens.amina! })).toEqual({
      team: server.url,
      user: 'amina',
      role: 'admin',
    });
    expect(await b.services.team.join({ url: server.url, token: tokens.omar! })).toMatchObject({
      user: 'omar',
      role: 'translator',
    });
    expect(await c.services.team.join({ url: server.url, token: tokens.vera! })).toMatchObject({
      user: 'vera',
      role: 'viewer',
    });
  });

  it('shares a glossary; a term added in one workspace is highlighted in the others after team sync', async () => {
    a.services.glossary.addTerm({ glossary: 'Desk', source: 'طالبان', target: 'Taliban', kind: 'org' });
    await expect(b.services.team.share({ glossary: 'Desk' })).rejects.toThrow(/not-found|no glossary named Desk/);
    b.services.glossary.addTerm({ glossary: 'Mine', source: 'داعش', target: 'ISIS', kind: 'org' });
    await expect(b.services.team.share({ glossary: 'Mine' })).rejects.toThrow(/403.*only admins/);
    expect(await a.services.team.share({ glossary: 'Desk' })).toEqual({ shared: 'Desk' });
    expect(a.services.team.status().pending).toBe(1);
    expect(await a.services.team.sync()).toEqual({ pushed: 1, pulled: 1, refused: [], conflicts: [] });

    const doc = await b.services.documents.import({ fileName: 'seed-ar.txt', bytes: readFileSync(SEED) });
    expect(b.services.glossary.matchDocument(doc.documentId).some((m) => m.target === 'Taliban')).toBe(false);
    await b.services.team.sync();
    expect(
      b.services.glossary.matchDocument(doc.documentId).filter((m) => m.target === 'Taliban').length,
    ).toBeGreaterThan(0);

    // Omar (translator) adds Jowzjan in the shared glossary; Amina sees it after her sync.
    b.services.glossary.addTerm({ glossary: 'Desk', source: 'جوزجان', target: 'Jowzjan', kind: 'place' });
    expect(b.services.team.status().pending).toBe(1);
    expect((await b.services.team.sync()).pushed).toBe(1);
    expect(b.services.team.status()).toMatchObject({ linked: true, user: 'omar', pending: 0 });
    const docA = await a.services.documents.import({ fileName: 'seed-ar.txt', bytes: readFileSync(SEED) });
    await a.services.team.sync();
    const jowzjan = a.services.glossary.matchDocument(docA.documentId).filter((m) => m.target === 'Jowzjan');
    expect(jowzjan.map((m) => m.paragraph)).toEqual([3, 6]);
  });

  it('lists the same term changed on both sides as a conflict, the server’s value standing and the other kept', async () => {
    await c.services.team.sync();
    const inA = a.services.glossary.search('جوزجان')[0]!;
    const inB = b.services.glossary.search('جوزجان')[0]!;
    expect(inA.id).toBe(inB.id);
    a.services.glossary.updateTerm(inA.id, { source: 'جوزجان', target: 'Jawzjan', kind: 'place', note: 'province' });
    b.services.glossary.updateTerm(inB.id, { source: 'جوزجان', target: 'Jozjan', kind: 'place' });
    expect((await a.services.team.sync()).conflicts).toEqual([]);
    const report = await b.services.team.sync();
    expect(report.conflicts).toEqual([
      {
        kind: 'term',
        id: inA.id,
        source: 'جوزجان',
        field: 'target',
        mine: 'Jozjan',
        theirs: 'Jawzjan',
        kept: 'theirs',
      },
    ]);
    // The note changed on one side only: merged in. The English: the server's until someone picks.
    expect(b.services.glossary.search('جوزجان')[0]).toMatchObject({ target: 'Jawzjan', note: 'province' });
    const kept = await store.pool.query('SELECT mine, theirs, author FROM term_conflicts WHERE resolved IS NULL');
    expect(kept.rows).toEqual([{ mine: 'Jozjan', theirs: 'Jawzjan', author: 'omar' }]);
    // Omar wrote the term, so he may pick; Vera (a viewer, not the author) may not.
    const listed = await c.services.team.conflicts();
    expect(listed).toMatchObject([
      {
        termId: inA.id,
        source: 'جوزجان',
        target: 'Jawzjan',
        field: 'target',
        mine: 'Jozjan',
        theirs: 'Jawzjan',
        author: 'omar',
      },
    ]);
    await expect(c.services.team.resolve({ id: listed[0]!.id, pick: 'mine' })).rejects.toThrow(
      /403.*only an admin or the term’s author/,
    );
    expect(await b.services.team.resolve({ id: listed[0]!.id, pick: 'mine' })).toEqual({
      id: listed[0]!.id,
      kept: 'mine',
    });
    await a.services.team.sync();
    expect(a.services.glossary.search('جوزجان')[0]).toMatchObject({ target: 'Jozjan', note: 'province' });
    expect(await a.services.team.conflicts()).toEqual([]);
  });

  it('refuses a viewer’s write with nothing changed on the server, keeps it local and reports it', async () => {
    await c.services.team.sync();
    const before = await serverTerms();
    const added = c.services.glossary.addTerm({ glossary: 'Desk', source: 'درزاب', target: 'Darzab', kind: 'place' });
    const report = await c.services.team.sync();
    expect(report.refused).toEqual([
      {
        kind: 'term',
        id: added.id,
        reason: 'vera is a viewer: viewers read only',
        message: { key: 'srvViewer', values: { user: 'vera' } },
      },
    ]);
    expect(report.pushed).toBe(0);
    expect(await serverTerms()).toEqual(before);
    expect(c.services.glossary.search('درزاب')[0]).toMatchObject({ target: 'Darzab' });
    expect(c.services.team.status().pending).toBe(1);
    // Reported again on the next sync: never silently dropped.
    expect((await c.services.team.sync()).refused).toHaveLength(1);
    expect(() => c.services.team.leave({})).toThrow(/1 change\(s\) are not on the team server yet/);
  });

  it('shares a memory: a unit confirmed in one workspace is offered by the other’s memory', async () => {
    const docA = a.services.documents.list()[0]!.id;
    const source = a.services.documents.paragraphs(docA)[3]!.source;
    a.services.documents.updateParagraph({
      documentId: docA,
      index: 3,
      target: 'Clashes broke out between the Taliban and ISIS in Jowzjan.',
      confirm: true,
    });
    expect(await a.services.team.share({ tm: 'Main' })).toEqual({ shared: 'Main' });
    expect(a.services.team.status().pending).toBe(1);
    expect((await a.services.team.sync()).pushed).toBe(1);
    // A lookup before the sync (a running app): the memory arriving with the pull must be seen after it.
    expect(b.services.tm.lookup({ text: source })).toEqual([]);
    await b.services.team.sync();
    const offered = b.services.tm.lookup({ text: source });
    expect(offered[0]).toMatchObject({
      score: 100,
      target: 'Clashes broke out between the Taliban and ISIS in Jowzjan.',
      tm: 'Main',
    });
    // Server-side concordance, on the normalised Arabic: hamza and alef maqsura spelt the plain way still match.
    const plain = 'اشتباكات عنيفة بين عناصر من طالبان وتنظيم داعش';
    const hits = await c.services.team.concordance({ query: plain });
    expect(hits[0]).toMatchObject({ source, target: 'Clashes broke out between the Taliban and ISIS in Jowzjan.' });
  });

  it('keeps both translations of a unit translated differently on both sides', async () => {
    const docA = a.services.documents.list()[0]!.id;
    const docB = b.services.documents.list()[0]!.id;
    const source = a.services.documents.paragraphs(docA)[6]!.source;
    a.services.documents.updateParagraph({
      documentId: docA,
      index: 6,
      target: 'Amina’s English of the paragraph.',
      confirm: true,
    });
    b.services.documents.updateParagraph({
      documentId: docB,
      index: 6,
      target: 'Omar’s English of the paragraph.',
      confirm: true,
    });
    expect(b.services.team.status().pending).toBe(1);
    await a.services.team.sync();
    const report = await b.services.team.sync();
    expect(report.conflicts).toEqual([
      {
        kind: 'unit',
        id: expect.any(String),
        source,
        mine: 'Omar’s English of the paragraph.',
        theirs: 'Amina’s English of the paragraph.',
        kept: 'both',
      },
    ]);
    await a.services.team.sync();
    for (const app of [a, b]) {
      const targets = app.services.tm
        .lookup({ text: source })
        .filter((m) => m.score >= 100)
        .map((m) => m.target)
        .sort();
      expect(targets).toEqual(['Amina’s English of the paragraph.', 'Omar’s English of the paragraph.']);
    }
    const onServer = await store.pool.query('SELECT target, alternatives FROM units WHERE source = $1', [source]);
    expect(onServer.rows).toEqual([
      {
        target: 'Amina’s English of the paragraph.',
        alternatives: [{ target: 'Omar’s English of the paragraph.', author: 'omar' }],
      },
    ]);
  });

  it('syncs in the background while the app runs: a change reaches the other workspace within seconds', async () => {
    a.services.team.startBackground({ pullEveryMs: 500, pushAfterMs: 100 });
    b.services.team.startBackground({ pullEveryMs: 500, pushAfterMs: 100 });
    try {
      a.services.glossary.addTerm({ glossary: 'Desk', source: 'مزار شريف', target: 'Mazar-i-Sharif', kind: 'place' });
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline && b.services.glossary.search('مزار شريف').length === 0)
        await new Promise((r) => setTimeout(r, 100));
      expect(b.services.glossary.search('مزار شريف')[0]).toMatchObject({ target: 'Mazar-i-Sharif' });
      expect(a.services.team.status()).toMatchObject({ online: true, pending: 0 });
    } finally {
      a.services.team.stopBackground();
      b.services.team.stopBackground();
    }
  });

  it('loses nothing when the server is killed in the middle of a sync and started again', async () => {
    const e = open('e');
    const team = createTeamService({ db: e.db, env: systemEnv, batch: { push: 50, pull: 50 } });
    await team.join({ url: server.url, token: tokens.amina! });
    await team.sync();
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const names = Array.from({ length: 200 }, (_, i) => `${letters[i % 28]}${letters[Math.floor(i / 28) % 28]}ستان`);
    e.db.transaction(() => {
      for (const [i, source] of names.entries())
        e.services.glossary.addTerm({ glossary: 'Desk', source, target: `Place ${i}`, kind: 'place' });
    })();
    expect(team.status().pending).toBe(200);
    const port = new URL(server.url).port;
    const old = server;
    // Killed when the second batch arrives: the first batch's answer has reached the workspace by then (it sends
    // one batch at a time), so some but not all of the outbox is acknowledged, whatever the timing of the kill.
    let pushes = 0;
    old.onLog((l) => {
      if (l.includes('"/api/push"') && ++pushes === 2) old.child.kill('SIGKILL');
    });
    await expect(team.sync()).rejects.toThrow(/cannot reach the team server|broke off/);
    await old.stop();
    const left = team.status().pending;
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(200);
    server = await startServerProcess(pgUrl, ['--port', port]);
    const report = await team.sync();
    expect(report.refused).toEqual([]);
    expect(team.status().pending).toBe(0);
    const onServer = new Set((await serverTerms()).map((t) => t.source));
    expect(names.filter((n) => !onServer.has(n))).toEqual([]);
    // Another workspace pulls them all, in batches of 50.
    const f = open('f');
    const pulling = createTeamService({ db: f.db, env: systemEnv, batch: { push: 50, pull: 50 } });
    await pulling.join({ url: server.url, token: tokens.vera! });
    const seen: number[] = [];
    const pulled = await pulling.sync((p) => seen.push(p.done));
    expect(pulled.pulled).toBeGreaterThanOrEqual(202);
    expect(seen.length).toBeGreaterThan(4);
    expect(f.services.glossary.search('ستان', 500).length).toBe(200);
  });

  it('works with several server processes over one PostgreSQL', async () => {
    const second = await startServerProcess(pgUrl);
    try {
      const h = open('h');
      await h.services.team.join({ url: second.url, token: tokens.omar! });
      await h.services.team.sync();
      expect(h.services.glossary.search('جوزجان')[0]).toMatchObject({ target: 'Jozjan' });
      h.services.glossary.addTerm({ glossary: 'Desk', source: 'شبرغان', target: 'Sheberghan', kind: 'place' });
      expect((await h.services.team.sync()).pushed).toBe(1);
      await a.services.team.sync();
      expect(a.services.glossary.search('شبرغان')[0]).toMatchObject({ target: 'Sheberghan' });
    } finally {
      await second.stop();
    }
  });

  it('speaks HTTPS with a self-signed certificate when the workspace trusts its CA (--ca)', async () => {
    let openssl = true;
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
    } catch {
      openssl = false;
    }
    if (!openssl) return void console.warn('openssl not found: the TLS test is skipped');
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const tls = await startServerProcess(pgUrl, ['--tls-cert', cert, '--tls-key', key]);
    try {
      expect(tls.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const g = open('g');
      await expect(g.services.team.join({ url: tls.url, token: tokens.omar! })).rejects.toThrow(
        /certificate is not trusted.*--ca FILE/,
      );
      expect(await g.services.team.join({ url: tls.url, token: tokens.omar!, ca: cert })).toMatchObject({
        user: 'omar',
        role: 'translator',
      });
      await g.services.team.sync();
      expect(g.services.glossary.search('جوزجان')[0]).toMatchObject({ target: 'Jozjan' });
    } finally {
      await tls.stop();
    }
    // One log line per request, naming the user (read once the process has exited and its stderr drained).
    expect(tls.logs.some((l) => l.includes('"user":"omar"') && l.includes('/api/pull'))).toBe(true);
  });
});
