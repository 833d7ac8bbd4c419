/**
 * The workspace's HTTP(S) client of the team server: bearer token, JSON, the team's own CA when given
 * (`team join --ca FILE`, a self-signed certificate), and errors that say whether the server was unreachable
 * (the changes wait in the outbox) or answered no.
 */
import http from 'node:http';
import type { Message } from '../../../core/i18n/message';
import { isMessage } from '../../../core/i18n/message';
import https from 'node:https';
import type {
  Change,
  Me,
  PullResponse,
  PushResult,
  ServerDocument,
  ServerHistory,
  SharedDocumentBody,
  TeamConcordanceHit,
  TeamConflictView,
  TeamResolved,
} from '../../../core/team/protocol';

export class TeamUnreachable extends Error {
  override readonly name = 'TeamUnreachable';
}

export class TeamRefused extends Error {
  override readonly name = 'TeamRefused';
  constructor(
    readonly status: number,
    message: string,
    /** The server's reason as a message (key and values), when it gave one: shown in the UI's language. */
    readonly reason?: Message,
  ) {
    super(message);
  }
}

export interface TeamClient {
  me(): Promise<Me>;
  push(changes: Change[], workspace?: string): Promise<PushResult[]>;
  shareDocument(body: SharedDocumentBody & { workspace: string }): Promise<{ shared: string; id: string }>;
  assign(
    id: string,
    input: { translator?: string | null | undefined; reviewer?: string | null | undefined },
  ): Promise<ServerDocument>;
  history(id: string, index: number): Promise<ServerHistory[]>;
  /**
   * The server's live stream (`GET /api/events`): `onChange` for each change committed on the team server,
   * `onState` when the stream opens or drops. Returns a function that closes it.
   */
  events(onChange: () => void, onState: (open: boolean) => void): () => void;
  /** `count: false`: the server need not count what remains (the pages after the first). */
  pull(since: number, limit: number, count?: boolean): Promise<PullResponse>;
  share(kind: 'glossary' | 'tm', id: string, name: string): Promise<{ shared: string; id: string }>;
  concordance(q: string, limit: number): Promise<TeamConcordanceHit[]>;
  conflicts(): Promise<TeamConflictView[]>;
  resolve(id: number, pick: 'mine' | 'theirs'): Promise<TeamResolved>;
}

const TIMEOUT_MS = 60_000;

export function teamClient(base: string, token: string, ca?: string | null): TeamClient {
  const root = new URL(base);
  const call = <T>(method: string, path: string, body?: unknown): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const url = new URL(path, root);
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body), 'utf8');
      const options: https.RequestOptions = {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
        },
        timeout: TIMEOUT_MS,
        // A fresh connection per request: a kept-alive one may be closed by the server while a large batch is
        // being applied here (ECONNRESET on the next request).
        agent: false,
        ...(ca ? { ca } : {}),
      };
      const req = (url.protocol === 'https:' ? https : http).request(url, options, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (e) =>
          reject(new TeamUnreachable(`the team server at ${root.origin} broke off: ${e.message}`)),
        );
        res.on('end', () => {
          let json: unknown;
          try {
            json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            reject(
              new TeamRefused(
                res.statusCode ?? 0,
                `${root.origin} did not answer like a Dragoman team server (HTTP ${res.statusCode})`,
              ),
            );
            return;
          }
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(json as T);
          else {
            const body = json as { error?: string; message?: unknown };
            reject(
              new TeamRefused(
                status,
                `the team server answered ${status}: ${body.error ?? 'no reason given'}`,
                isMessage(body.message) ? body.message : undefined,
              ),
            );
          }
        });
      });
      req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
      req.on('error', (e: NodeJS.ErrnoException) => {
        const tlsProblem = /certificate|self[- ]signed|CERT|SSL/i.test(`${e.code ?? ''} ${e.message}`);
        reject(
          tlsProblem
            ? new TeamRefused(
                0,
                `${root.origin}: the server's certificate is not trusted (${e.message}); give its CA with --ca FILE`,
              )
            : new TeamUnreachable(`cannot reach the team server at ${root.origin} (${e.code ?? e.message})`),
        );
      });
      req.end(payload);
    });
  return {
    me: () => call<Me>('GET', '/api/me'),
    push: async (changes, workspace) =>
      (await call<{ results: PushResult[] }>('POST', '/api/push', { changes, ...(workspace ? { workspace } : {}) }))
        .results,
    shareDocument: (body) => call('POST', '/api/documents', body),
    assign: (id, input) => call('PUT', `/api/documents/${encodeURIComponent(id)}/assignment`, input),
    history: (id, index) => call('GET', `/api/documents/${encodeURIComponent(id)}/rows/${index}/history`),
    events: (onChange, onState) => openEvents(root, token, ca, onChange, onState),
    pull: (since, limit, count = true) =>
      call<PullResponse>('GET', `/api/pull?since=${since}&limit=${limit}${count ? '' : '&count=0'}`),
    share: (kind, id, name) => call('POST', '/api/share', { kind, id, name }),
    concordance: (q, limit) => call('GET', `/api/concordance?q=${encodeURIComponent(q)}&limit=${limit}`),
    conflicts: () => call('GET', '/api/conflicts'),
    resolve: (id, pick) => call('POST', `/api/conflicts/${id}/resolve`, { pick }),
  };
}

/** One SSE connection (no retry here: the background sync reconnects, and polls while it is down). */
function openEvents(
  root: URL,
  token: string,
  ca: string | null | undefined,
  onChange: () => void,
  onState: (open: boolean) => void,
): () => void {
  const url = new URL('/api/events', root);
  let done = false;
  const req = (url.protocol === 'https:' ? https : http).request(url, {
    method: 'GET',
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    agent: false,
    ...(ca ? { ca } : {}),
  });
  const close = (): void => {
    if (done) return;
    done = true;
    req.destroy();
    onState(false);
  };
  req.on('response', (res) => {
    if (res.statusCode !== 200) {
      res.resume();
      close();
      return;
    }
    onState(true);
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const event = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        if (/^event: change$/m.test(event)) onChange();
      }
    });
    res.on('end', close);
    res.on('error', close);
  });
  req.on('error', close);
  req.end();
  return close;
}
