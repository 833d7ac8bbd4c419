/**
 * The team server's HTTP(S) front: bearer-token authentication on every request, the role checked before
 * anything is read or written (401 without a valid token, 403 for a forbidden action, nothing changed then),
 * JSON in and out, and one log line per request naming the user.
 */
import { englishText, msg } from '../core/i18n/message';
import type { ErrorKey } from '../core/i18n/message';
import http from 'node:http';
import https from 'node:https';
import { z } from 'zod';
import { TERM_KINDS } from '../core/glossary/types';
import { STATUSES } from '../core/model';
import type { Change, SharedDocumentBody } from '../core/team/protocol';
import { assign, rowHistory, shareDocument } from './documents';
import { createEventHub } from './events';
import { decideProposal, HttpError, listConflicts, listProposals, resolveConflict, setSettings, share } from './admin';
import { concordance, pull } from './pull';
import { applyPush } from './push';
import { startSearchIndexer } from './search-index';
import type { Store } from './store';
import type { User } from './users';
import { authenticate } from './users';

const MAX_BODY = 64 * 1024 * 1024;
const id = z.string().min(1).max(200);
const termFields = z.object({
  source: z.string().min(1),
  target: z.string().min(1),
  kind: z.enum(TERM_KINDS),
  variants: z.array(z.string()),
  note: z.string(),
});
const change = z.union([
  z.object({
    kind: z.literal('term'),
    op: z.literal('upsert'),
    seq: z.number().int(),
    id,
    collection: id,
    fields: termFields,
    base: termFields.nullable(),
  }),
  z.object({ kind: z.enum(['term', 'unit']), op: z.literal('delete'), seq: z.number().int(), id, collection: id }),
  z.object({
    kind: z.literal('unit'),
    op: z.literal('upsert'),
    seq: z.number().int(),
    id,
    collection: id,
    source: z.string().min(1),
    target: z.string().min(1),
    base: z.string().nullable(),
  }),
]);
const rowFields = z.object({
  target: z.string().max(100_000),
  status: z.enum(STATUSES),
  note: z.string().max(20_000).nullable(),
  origin: z.string().max(40).nullable(),
});
const rowChange = z.object({
  kind: z.literal('paragraph'),
  op: z.literal('upsert'),
  seq: z.number().int(),
  id,
  collection: id,
  index: z.number().int().min(0),
  fields: rowFields,
  base: z.number().int().min(0),
});
const workspace = z.string().min(1).max(100).optional();
const pushBody = z.object({ changes: z.array(z.union([change, rowChange])).max(50_000), workspace });
const documentBody = z.object({
  id,
  title: z.string().min(1).max(2000),
  sourceFormat: z.string().min(1).max(40),
  workspace,
  rows: z
    .array(rowFields.extend({ index: z.number().int().min(0), source: z.string().max(100_000), role: z.unknown() }))
    .max(200_000),
});
const assignBody = z.object({
  translator: z.string().min(1).max(64).nullable().optional(),
  reviewer: z.string().min(1).max(64).nullable().optional(),
});
const shareBody = z.object({ kind: z.enum(['glossary', 'tm']), id, name: z.string().min(1).max(200) });
const settingsBody = z.object({ termApproval: z.boolean() });
const resolveBody = z.object({ pick: z.enum(['mine', 'theirs']) });

export interface ServerOptions {
  host?: string;
  port?: number;
  tls?: { cert: Buffer; key: Buffer };
  log?: (line: string) => void;
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, msg('srvTooLarge', { bytes: MAX_BODY }));
    chunks.push(chunk);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, msg('srvNotJson'));
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new HttpError(
      400,
      msg('srvBadRequest', {
        detail: r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
      }),
    );
  return r.data;
}

const ROLE_KEYS: Record<User['role'], ErrorKey> = {
  admin: 'teamRoleAdmin',
  translator: 'teamRoleTranslator',
  reviewer: 'teamRoleReviewer',
  viewer: 'teamRoleViewer',
};

const admin = (u: User): void => {
  if (u.role !== 'admin')
    throw new HttpError(403, msg('srvAdminsOnly', { user: u.user, role: msg(ROLE_KEYS[u.role]) }));
};

async function route(
  store: Store,
  notify: () => void,
  user: User,
  method: string,
  url: URL,
  req: http.IncomingMessage,
): Promise<unknown> {
  const p = url.pathname;
  const num = (name: string, dflt: number, max: number): number => {
    const v = url.searchParams.get(name);
    const n = v === null ? dflt : Number(v);
    if (!Number.isInteger(n) || n < 0) throw new HttpError(400, msg('srvWholeNumber', { name }));
    return Math.min(n, max);
  };
  if (method === 'GET' && p === '/api/me') return user;
  if (method === 'GET' && p === '/api/pull')
    return store.read((c) =>
      pull(c, num('since', 0, Number.MAX_SAFE_INTEGER), num('limit', 5000, 20_000) || 1, num('count', 1, 1) === 1),
    );
  if (method === 'GET' && p === '/api/concordance')
    return store.read((c) => concordance(c, url.searchParams.get('q') ?? '', num('limit', 20, 200)));
  if (method === 'GET' && p === '/api/conflicts') return store.read((c) => listConflicts(c));
  if (method === 'POST' && p === '/api/push') {
    const body = parse(pushBody, await readJson(req)) as { changes: Change[]; workspace?: string };
    const results = await store.write((c) => applyPush(c, user, body.changes, body.workspace ?? null));
    if (body.changes.some((ch) => ch.kind === 'paragraph')) notify();
    return { results };
  }
  if (method === 'POST' && p === '/api/documents') {
    if (user.role === 'viewer') throw new HttpError(403, msg('srvViewer', { user: user.user }));
    const body = parse(documentBody, await readJson(req)) as SharedDocumentBody & { workspace?: string };
    const shared = await store.write((c) => shareDocument(c, user, body, body.workspace ?? null));
    notify();
    return shared;
  }
  const assignment = /^\/api\/documents\/([^/]+)\/assignment$/.exec(p);
  if (method === 'PUT' && assignment) {
    admin(user);
    const body = parse(assignBody, await readJson(req));
    const doc = await store.write((c) => assign(c, decodeURIComponent(assignment[1]!), body));
    notify();
    return doc;
  }
  const history = /^\/api\/documents\/([^/]+)\/rows\/(\d+)\/history$/.exec(p);
  if (method === 'GET' && history)
    return store.read((c) => rowHistory(c, decodeURIComponent(history[1]!), Number(history[2])));
  const conflict = /^\/api\/conflicts\/(\d+)\/resolve$/.exec(p);
  if (method === 'POST' && conflict) {
    const body = parse(resolveBody, await readJson(req));
    return store.write((c) => resolveConflict(c, user, Number(conflict[1]), body.pick));
  }
  if (method === 'POST' && p === '/api/share') {
    admin(user);
    const body = parse(shareBody, await readJson(req));
    return store.write((c) => share(c, user, body));
  }
  if (method === 'PUT' && p === '/api/settings') {
    admin(user);
    const body = parse(settingsBody, await readJson(req));
    return store.write((c) => setSettings(c, body));
  }
  if (method === 'GET' && p === '/api/proposals') {
    admin(user);
    return store.read((c) => listProposals(c));
  }
  const decide = /^\/api\/proposals\/(\d+)\/(approve|reject)$/.exec(p);
  if (method === 'POST' && decide) {
    admin(user);
    return store.write((c) => decideProposal(c, Number(decide[1]), decide[2] === 'approve'));
  }
  throw new HttpError(404, msg('srvNoEndpoint', { method, path: p }));
}

export function createTeamServer(store: Store, options: ServerOptions = {}): http.Server {
  const hub = createEventHub(store.pool, store.url);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const search = startSearchIndexer(store, log);
  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://server');
    let user: User | undefined;
    const send = (status: number, value: unknown): void => {
      const body = JSON.stringify(value);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
      log(
        JSON.stringify({
          time: new Date().toISOString(),
          user: user?.user ?? null,
          method: req.method,
          path: url.pathname,
          status,
          ms: Math.round(performance.now() - started),
        }),
      );
    };
    void (async () => {
      try {
        const header = req.headers.authorization ?? '';
        const token = /^Bearer (\S+)$/.exec(header)?.[1];
        user = await authenticate(store, token);
        if (!user) {
          req.resume();
          throw new HttpError(401, msg(token ? 'srvTokenInvalid' : 'srvTokenMissing'));
        }
        if (req.method === 'GET' && url.pathname === '/api/events') {
          hub.subscribe(req, res);
          log(
            JSON.stringify({
              time: new Date().toISOString(),
              user: user.user,
              method: req.method,
              path: url.pathname,
              status: 200,
              stream: true,
            }),
          );
          return;
        }
        send(200, await route(store, () => hub.notify(), user, req.method ?? 'GET', url, req));
        // New memory units reach the concordance index after the answer has gone (search-index.ts).
        if (req.method === 'POST' && url.pathname === '/api/push') search.poke();
      } catch (e) {
        if (e instanceof HttpError) send(e.status, { error: e.message, message: e.reason });
        else {
          send(500, { error: englishText(msg('srvInternal')), message: msg('srvInternal') });
          log(
            JSON.stringify({
              time: new Date().toISOString(),
              error: e instanceof Error ? (e.stack ?? e.message) : String(e),
            }),
          );
        }
      }
    })();
  };
  const server = options.tls
    ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, handler)
    : http.createServer(handler);
  server.on('close', () => {
    search.stop();
    void hub.close();
  });
  return server;
}

/** Listens and resolves with the address to print (`--port 0` picks a free port). */
export async function listen(server: http.Server, options: ServerOptions): Promise<string> {
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4780, host, () => resolve());
  });
  const addr = server.address() as { port: number };
  const shown = host.includes(':') ? `[${host}]` : host;
  return `${options.tls ? 'https' : 'http'}://${shown}:${addr.port}`;
}
