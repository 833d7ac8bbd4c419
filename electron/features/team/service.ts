/**
 * The team feature: links the workspace to a team server, shares glossaries (and memories) with it, and
 * syncs: pushes the outbox in batches, then pulls by server revision in batches (with progress) until
 * caught up. The outbox is written by triggers in the same transaction as each change (migration 11), so a
 * crash loses nothing; a change the server refuses stays in the outbox, marked, and is reported each sync.
 */
import { readFileSync } from 'node:fs';
import type { Change, Conflict, PushResult, TeamRole } from '../../../core/team/protocol';
import { ApiError } from '../../../core/api/contract';
import type { Message } from '../../../core/i18n/message';
import { englishText, msg } from '../../../core/i18n/message';
import type {
  TeamConcordanceHit,
  TeamConflictView,
  TeamJoined,
  TeamResolved,
  TeamStatus,
  TeamSyncReport,
} from '../../../core/api/methods/team';
import * as glossaryRepo from '../../../db/glossary-repo';
import type { Db } from '../../../db/open';
import * as repo from '../../../db/team-repo';
import type { Env } from '../../app/env';
import type { TeamClient } from './client';
import { TeamRefused, TeamUnreachable, teamClient } from './client';
import { applyTerm, ensureGlossary, termChange } from './terms-sync';
import { applyUnit, ensureMemory, unitBatch, unitChange } from './units-sync';
import * as tmRepo from '../../../db/tm-repo';
import * as rowsRepo from '../../../db/team-rows-repo';
import * as documentsRepo from '../../../db/documents-repo';
import type { TeamDocumentInfo, TeamHistoryEntry } from '../../../core/api/methods/team';
import type { ConfirmedRow, RowChange, RowReport } from './rows-sync';
import { applyPulledRows, applyRowResults, rowChange, rowId } from './rows-sync';

export const PUSH_BATCH = 5000;
export const PULL_BATCH = 5000;

export interface SyncProgress {
  phase: 'push' | 'pull';
  done: number;
  total: number;
}

export interface TeamService {
  join(input: { url: string; token: string; ca?: string | undefined }): Promise<TeamJoined>;
  status(): TeamStatus;
  sync(onProgress?: (p: SyncProgress) => void): Promise<TeamSyncReport>;
  leave(input: { discard?: boolean | undefined }): { left: string };
  conflicts(): Promise<TeamConflictView[]>;
  resolve(input: { id: number; pick: 'mine' | 'theirs' }): Promise<TeamResolved>;
  concordance(input: { query: string; limit?: number | undefined }): Promise<TeamConcordanceHit[]>;
  /** Syncs in the background while linked: at start, within seconds of a local change, and on a timer. */
  startBackground(options?: { pullEveryMs?: number; pushAfterMs?: number }): void;
  stopBackground(): void;
  share(input: {
    glossary?: string | undefined;
    tm?: string | undefined;
    doc?: string | undefined;
  }): Promise<{ shared: string }>;
  /** Admins: a shared document's translator and reviewer (null: nobody). */
  assign(input: {
    doc: string;
    translator?: string | null | undefined;
    reviewer?: string | null | undefined;
  }): Promise<TeamDocumentInfo>;
  /** Whether a document is shared, with whom, whether this user may mark it reviewed, rows changed by others. */
  document(input: { documentId: string }): TeamDocumentInfo;
  /** A row's history, oldest first (index from 0). */
  history(input: { documentId: string; index: number }): TeamHistoryEntry[];
  /** The translator looked at a row changed by someone else: "changed by" goes. */
  seen(input: { documentId: string; index: number }): { seen: boolean };
  /** null when this workspace's user may mark the document's rows reviewed, else why not. */
  reviewRefusal(documentId: string): Message | null;
}

function apiError(e: unknown): never {
  if (e instanceof TeamUnreachable) throw new ApiError('busy', msg('teamUnreachable', { detail: e.message }));
  if (e instanceof TeamRefused)
    throw new ApiError(
      e.status === 409 ? 'conflict' : e.status === 403 ? 'forbidden' : 'invalid-input',
      // The server's own reason, as a message: the Arabic UI says it in Arabic (the English text is the same).
      e.reason
        ? msg('teamAnswered', { status: e.status, reason: e.reason })
        : msg('teamRefused', { detail: e.message }),
    );
  throw e;
}

export interface TeamDeps {
  db: Db;
  env: Env;
  /** Changes per push request and rows per pull request (smaller in tests, to cut a sync in the middle). */
  batch?: { push: number; pull: number };
  /** Called after a pull wrote memory units or memories (the tm service's caches). */
  onUnitsPulled?: () => void;
  /** Called after a pull wrote rows of shared documents. */
  onRowsPulled?: () => void;
  /**
   * Rows that came from the team as translated or reviewed (pulled, or the server's row taken after a conflict
   * or a refusal): the memory stores them as it stores a confirmation here. Called inside the transaction that
   * wrote them, with the outbox silenced (what the memory writes must not go back out).
   */
  onRowsConfirmed?: (rows: ConfirmedRow[]) => void;
}

export function createTeamService(deps: TeamDeps): TeamService {
  const { db, env } = deps;
  const pushBatch = deps.batch?.push ?? PUSH_BATCH;
  const pullBatch = deps.batch?.pull ?? PULL_BATCH;
  const makeClient = teamClient;
  const linked = (): repo.TeamLink => {
    const l = repo.link(db);
    if (!l) throw new ApiError('invalid-input', msg('teamNotLinked'));
    return l;
  };
  const clientOf = (l: repo.TeamLink): TeamClient => makeClient(l.url, l.token, l.ca);
  let running: Promise<TeamSyncReport> | undefined;
  /** null until a sync was tried in this process. */
  let online: boolean | null = null;
  let lastError: string | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  /** Whether the server's live stream is open; closing it. */
  let live = false;
  let closeLive: (() => void) | undefined;

  interface Batch {
    rows: repo.OutboxRow[];
    changes: Change[];
    skipped: repo.OutboxRow[];
    entities: Set<string>;
  }

  /** The next batch of the outbox after `after`: one change per entity, its latest state, for all its rows read. */
  function readBatch(after: number): Batch | null {
    const rows = repo.outbox(db, after, pushBatch);
    if (rows.length === 0) return null;
    const last = new Map<string, repo.OutboxRow>();
    for (const r of rows) last.set(`${r.kind}:${r.entityId}`, r);
    const changes: Change[] = [];
    const skipped: repo.OutboxRow[] = [];
    for (const r of last.values()) {
      const ch = r.kind === 'term' ? termChange(db, r, r.seq) : unitChange(db, r, r.seq);
      if (ch) changes.push(ch);
      else skipped.push(r);
    }
    return { rows, changes, skipped, entities: new Set(last.keys()) };
  }

  /** The rows of shared documents, after the terms and units: one change per row, its state now. */
  async function pushRows(client: TeamClient, report: TeamSyncReport): Promise<void> {
    const me = linked().user;
    const workspace = rowsRepo.workspaceId(db);
    let after = 0;
    for (;;) {
      const rows = rowsRepo.rowOutbox(db, after, pushBatch);
      if (rows.length === 0) return reportRefusedRows(report);
      after = rows.at(-1)!.seq;
      const last = new Map<string, rowsRepo.RowOutboxRow>();
      for (const r of rows) last.set(`${r.documentId}:${r.index}`, r);
      const changes: RowChange[] = [];
      const gone: rowsRepo.RowOutboxRow[] = [];
      for (const r of last.values()) {
        const ch = rowChange(db, r);
        if (ch) changes.push(ch);
        else gone.push(r);
      }
      const results = changes.length ? await client.push(changes, workspace) : [];
      db.transaction(() => {
        for (const r of gone) rowsRepo.removeRowSent(db, r.documentId, r.index, r.seq);
        const confirmed: ConfirmedRow[] = [];
        applyRowResults(db, env, me, changes, results, report as RowReport, confirmed);
        storeConfirmed(confirmed);
      }).immediate();
    }
  }

  /** Hands confirmed rows from the team to the memory, in the caller's transaction, the outbox silenced. */
  function storeConfirmed(rows: ConfirmedRow[]): void {
    if (rows.length === 0 || !deps.onRowsConfirmed) return;
    const applying = repo.isApplying(db);
    if (!applying) repo.setApplying(db, true);
    try {
      deps.onRowsConfirmed(rows);
    } finally {
      if (!applying) repo.setApplying(db, false);
    }
  }

  /** Refused row changes are reported on every sync (they are not pushed again), this sync's among them. */
  function reportRefusedRows(report: TeamSyncReport): void {
    for (const r of rowsRepo.refusedRows(db))
      report.refused.push({
        kind: 'paragraph',
        id: rowId(r.documentId, r.index),
        reason: englishText(r.reason),
        message: r.reason,
      });
  }

  function applyResults(batch: Batch, results: PushResult[], report: TeamSyncReport): void {
    const bySeq = new Map(batch.changes.map((c) => [c.seq, c]));
    db.transaction(() => {
      for (const r of batch.skipped) repo.removeSent(db, r.kind, r.entityId, r.seq);
      for (const res of results) {
        const ch = bySeq.get(res.seq);
        if (!ch || ch.kind === 'paragraph') continue;
        if (res.status === 'refused') {
          const reason = res.reasonMessage ?? msg('teamRefused', { detail: res.reason ?? 'refused' });
          repo.markRefused(db, ch.kind, ch.id, ch.seq, englishText(reason));
          report.refused.push({ kind: ch.kind, id: ch.id, reason: englishText(reason), message: reason });
          continue;
        }
        repo.removeSent(db, ch.kind, ch.id, ch.seq);
        report.pushed += 1;
        if (res.status === 'applied' && ch.kind === 'term' && ch.op === 'upsert')
          repo.setBase(db, 'term', res.id, ch.fields);
        if (res.status === 'applied' && ch.kind === 'unit' && ch.op === 'upsert' && res.id === ch.id)
          repo.setBase(db, 'unit', ch.id, ch.target);
        if (res.id !== ch.id && ch.kind === 'term' && glossaryRepo.findTerm(db, ch.id)) {
          // The server already had this Arabic under another id: ours gives way to it (pulled next).
          repo.setApplying(db, true);
          glossaryRepo.deleteTerm(db, ch.id);
          repo.dropBase(db, 'term', ch.id);
          repo.setApplying(db, false);
        }
        for (const k of res.conflicts ?? []) {
          if (k.kind === 'paragraph') continue;
          repo.addConflict(
            db,
            { kind: k.kind, id: k.id, field: k.field ?? null, mine: k.mine, theirs: k.theirs, kept: k.kept },
            env.now(),
          );
          report.conflicts.push(k);
        }
      }
    }).immediate();
  }

  const send = (client: TeamClient, batch: Batch): Promise<PushResult[]> => {
    const answer = batch.changes.length ? client.push(batch.changes) : Promise.resolve([]);
    answer.catch(() => undefined); // awaited in turn; a failure before then is not unhandled
    return answer;
  };

  /**
   * Pushes the outbox batch by batch, two requests in flight: the next batch is read and sent while the server
   * works on the current one (it parses it meanwhile and applies it after, under its write lock), unless it
   * touches the same rows (its bases would be read before this batch's answer moved them). Answers are applied
   * in order; a batch whose answer never came stays in the outbox, and pushing it again changes nothing.
   */
  async function push(
    client: TeamClient,
    report: TeamSyncReport,
    onProgress?: (p: SyncProgress) => void,
  ): Promise<void> {
    const total = repo.pendingCount(db);
    let done = 0;
    let batch = readBatch(0);
    let answer = batch && send(client, batch);
    while (batch && answer) {
      const lastSeq = batch.rows.at(-1)!.seq;
      let next = readBatch(lastSeq);
      const current = batch;
      if (next && [...next.entities].some((e) => current.entities.has(e))) next = null;
      let nextAnswer = next && send(client, next);
      applyResults(batch, await answer, report);
      done += batch.rows.length;
      onProgress?.({ phase: 'push', done: Math.min(done, total), total });
      if (!next) {
        next = readBatch(lastSeq);
        nextAnswer = next && send(client, next);
      }
      batch = next;
      answer = nextAnswer;
    }
  }

  async function pull(
    client: TeamClient,
    report: TeamSyncReport,
    onProgress?: (p: SyncProgress) => void,
  ): Promise<void> {
    const { pulledRevision: since, user: me } = linked();
    let unitsPulled = false;
    let total: number | undefined;
    let done = 0;
    // The next batch is asked for before this one is applied, so the server and the network work meanwhile.
    let coming = client.pull(since, pullBatch);
    try {
      for (;;) {
        const batch = await coming;
        if (batch.more) {
          coming = client.pull(batch.revision, pullBatch, false);
          coming.catch(() => undefined);
        }
        total ??= batch.remaining ?? batch.units.length + batch.terms.length;
        db.transaction(() => {
          repo.setApplying(db, true);
          for (const c of batch.collections) {
            if (c.kind === 'glossary') ensureGlossary(db, c, env.now());
            else ensureMemory(db, c, env.now());
          }
          for (const t of batch.terms) if (applyTerm(db, t, env.now())) report.pulled += 1;
          const units = unitBatch(db, batch.units);
          for (const u of batch.units) if (applyUnit(db, env, units, u)) report.pulled += 1;
          units.postings.flush(db);
          const confirmed: ConfirmedRow[] = [];
          report.pulled += applyPulledRows(db, env, me, batch, confirmed);
          storeConfirmed(confirmed);
          if (batch.rows.length) deps.onRowsPulled?.();
          if (batch.units.length || batch.collections.some((c) => c.kind === 'tm')) unitsPulled = true;
          repo.setApplying(db, false);
          repo.setPulled(db, batch.revision);
        }).immediate();
        done += batch.terms.length + batch.units.length;
        onProgress?.({ phase: 'pull', done, total });
        if (!batch.more) break;
      }
    } finally {
      // Also after a batch or two: what was written is in the memory already.
      if (unitsPulled) deps.onUnitsPulled?.();
    }
  }

  const fail = (message: Message): never => {
    throw new ApiError('not-found', message);
  };

  /** Shares a document with its rows as they are here; rows changed while the request was out go in the outbox. */
  async function shareDocument(l: repo.TeamLink, id: string): Promise<{ shared: string }> {
    const doc = documentsRepo.findDocument(db, id);
    if (!doc) throw new ApiError('not-found', msg('noDocument', { id }));
    if (rowsRepo.sharedDocument(db, id)) return { shared: doc.title };
    const sent = documentsRepo.listParagraphs(db, id);
    const rows = sent.map((p) => ({
      index: p.index,
      source: p.source,
      target: p.target,
      status: p.status,
      note: p.note ?? null,
      origin: p.origin ?? null,
      role: p.role ?? null,
    }));
    const workspace = rowsRepo.workspaceId(db);
    await clientOf(l)
      .shareDocument({ id, title: doc.title, sourceFormat: doc.sourceFormat, rows, workspace })
      .catch(apiError);
    db.transaction(() => {
      rowsRepo.upsertSharedDocument(
        db,
        {
          id,
          title: doc.title,
          sourceFormat: doc.sourceFormat,
          translator: l.role === 'translator' ? l.user : null,
          reviewer: null,
          sharedBy: l.user,
        },
        env.now(),
      );
      rowsRepo.setAllRowBases(db, id, l.user);
      const now = documentsRepo.listParagraphs(db, id);
      now.forEach((p, i) => {
        const s = rows[i];
        if (!s || s.target !== p.target || s.status !== p.status || s.note !== (p.note ?? null))
          rowsRepo.enqueueRow(db, id, p.index, env.now());
      });
    }).immediate();
    return { shared: doc.title };
  }

  const service: TeamService = {
    async join(input) {
      const existing = repo.link(db);
      if (existing) throw new ApiError('conflict', msg('teamLinked', { url: existing.url }));
      let url: URL;
      try {
        url = new URL(input.url);
      } catch {
        throw new ApiError('invalid-input', msg('teamNotUrl', { url: input.url }));
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new ApiError('invalid-input', msg('teamProtocol', { url: input.url }));
      let ca: string | null = null;
      if (input.ca) {
        try {
          ca = readFileSync(input.ca, 'utf8');
        } catch (e) {
          throw new ApiError('bad-file', msg('teamCa', { file: input.ca, detail: (e as Error).message }));
        }
      }
      const origin = url.origin;
      const me = await makeClient(origin, input.token, ca).me().catch(apiError);
      db.transaction(() =>
        repo.setLink(db, { url: origin, token: input.token, user: me.user, role: me.role, ca, now: env.now() }),
      ).immediate();
      return { team: origin, user: me.user, role: me.role };
    },
    status() {
      const l = repo.link(db);
      if (!l) return { linked: false, team: null, user: null, pending: 0, lastSync: null, online, error: null };
      return {
        linked: true,
        team: l.url,
        user: l.user,
        pending: repo.pendingCount(db) + rowsRepo.rowPendingCount(db),
        refused: rowsRepo.rowRefusedCount(db),
        lastSync: l.lastSync,
        online,
        error: lastError,
        live,
      };
    },
    sync(onProgress) {
      // One sync at a time per workspace (the background timer and a click may meet).
      running ??= (async () => {
        const l = linked();
        const client = clientOf(l);
        const report: TeamSyncReport = { pushed: 0, pulled: 0, refused: [], conflicts: [] as Conflict[] };
        try {
          const me = await client.me();
          if (me.role !== l.role) repo.setRole(db, me.role);
          await push(client, report, onProgress);
          await pushRows(client, report);
          await pull(client, report, onProgress);
        } catch (e) {
          online = !(e instanceof TeamUnreachable);
          lastError = e instanceof Error ? e.message : String(e);
          apiError(e);
        }
        online = true;
        lastError = null;
        repo.setLastSync(db, env.now());
        return report;
      })().finally(() => {
        running = undefined;
      });
      return running;
    },
    leave(input) {
      const l = linked();
      const pending = repo.pendingCount(db) + rowsRepo.rowPendingCount(db);
      if (pending > 0 && !input.discard) {
        throw new ApiError('conflict', msg('teamPending', { count: pending }));
      }
      service.stopBackground();
      db.transaction(() => {
        repo.unlink(db);
        rowsRepo.unlinkDocuments(db);
      }).immediate();
      return { left: l.url };
    },
    conflicts: () => clientOf(linked()).conflicts().catch(apiError),
    resolve: (input) => clientOf(linked()).resolve(input.id, input.pick).catch(apiError),
    concordance: (input) =>
      clientOf(linked())
        .concordance(input.query, input.limit ?? 20)
        .catch(apiError),
    startBackground(options = {}) {
      if (timer) return;
      const pullEvery = options.pullEveryMs ?? 30_000;
      const pushAfter = options.pushAfterMs ?? 300;
      let lastTry = 0;
      // The outbox's mark when the last sync started: a change put in since (even during that sync) is due.
      let seenMark = 0;
      let wanted = false;
      const tick = (): void => {
        if (!db.open || !repo.link(db)) return;
        connectLive();
        if (running) return;
        const mark = rowsRepo.outboxMark(db);
        const since = Date.now() - lastTry;
        // Offline: try again every 10 s (2 s while the live stream is down but the server answered: polling is
        // the fallback); a new local change goes out within a second; a change announced live comes at once.
        const every = online === false ? Math.min(10_000, pullEvery) : live ? pullEvery : Math.min(2_000, pullEvery);
        const due = since >= every || (mark > seenMark && since >= pushAfter) || wanted;
        if (!due) return;
        wanted = false;
        lastTry = Date.now();
        seenMark = mark;
        void service.sync().catch(() => undefined);
      };
      // The live stream: opened while linked, reopened after it drops (at most every 2 s).
      let lastOpen = 0;
      const connectLive = (): void => {
        if (closeLive || Date.now() - lastOpen < 2_000) return;
        const l = repo.link(db);
        if (!l) return;
        lastOpen = Date.now();
        closeLive = clientOf(l).events(
          () => {
            wanted = true;
            tick();
          },
          (open) => {
            live = open;
            if (!open) closeLive = undefined;
            else wanted = true;
          },
        );
      };
      lastTry = -Infinity;
      tick();
      timer = setInterval(tick, 100);
      timer.unref();
    },
    stopBackground() {
      if (timer) clearInterval(timer);
      timer = undefined;
      const close = closeLive;
      closeLive = undefined;
      close?.();
      live = false;
    },
    async share(input) {
      const l = linked();
      if (input.doc !== undefined) return shareDocument(l, input.doc);
      const kind = input.tm !== undefined ? 'tm' : 'glossary';
      const name = input.tm ?? input.glossary;
      if (!name) throw new ApiError('invalid-input', msg('teamShareWhat'));
      const found =
        kind === 'tm'
          ? tmRepo.listMemories(db).find((m) => m.name === name)
          : glossaryRepo.listGlossaries(db).find((g) => g.name === name);
      if (!found) throw new ApiError('not-found', msg(kind === 'tm' ? 'teamNoMemory' : 'teamNoGlossary', { name }));
      await clientOf(l).share(kind, found.id, found.name).catch(apiError);
      db.transaction(() => {
        if (repo.collections(db).some((c) => c.localId === found.id)) return;
        repo.addCollection(db, { localId: found.id, kind, name: found.name });
        repo.enqueueAll(db, kind === 'tm' ? 'unit' : 'term', found.id, env.now());
      }).immediate();
      return { shared: found.name };
    },
    async assign(input) {
      const l = linked();
      if (!rowsRepo.sharedDocument(db, input.doc))
        throw new ApiError('not-found', msg('teamDocNotShared', { id: input.doc }));
      const doc = await clientOf(l)
        .assign(input.doc, { translator: input.translator, reviewer: input.reviewer })
        .catch(apiError);
      db.transaction(() => rowsRepo.upsertSharedDocument(db, doc, env.now())).immediate();
      return service.document({ documentId: input.doc });
    },
    document(input) {
      const l = repo.link(db);
      const shared = rowsRepo.sharedDocument(db, input.documentId);
      const refusal = service.reviewRefusal(input.documentId);
      return {
        shared: Boolean(shared),
        translator: shared?.translator ?? null,
        reviewer: shared?.reviewer ?? null,
        user: l?.user ?? null,
        role: (l?.role as TeamRole | undefined) ?? null,
        pending: shared ? rowsRepo.rowPendingCountOf(db, input.documentId) : 0,
        canReview: refusal === null,
        reviewRefusal: refusal,
        changed: shared ? rowsRepo.unseenRows(db, input.documentId) : [],
      };
    },
    history(input) {
      if (!documentsRepo.findParagraph(db, input.documentId, input.index))
        fail(msg('noParagraph', { id: input.documentId, index: input.index }));
      return rowsRepo.rowHistory(db, input.documentId, input.index);
    },
    seen(input) {
      const shared = rowsRepo.sharedDocument(db, input.documentId);
      const l = repo.link(db);
      // Only the row's translator clears it (anyone, while the document has no translator assigned).
      if (!shared || !l || (shared.translator !== null && shared.translator !== l.user)) return { seen: false };
      return { seen: db.transaction(() => rowsRepo.markSeen(db, input.documentId, input.index)).immediate() };
    },
    reviewRefusal(documentId) {
      const l = repo.link(db);
      const shared = l && rowsRepo.sharedDocument(db, documentId);
      if (!l || !shared || l.role === 'admin' || l.user === shared.reviewer) return null;
      return shared.reviewer
        ? msg('reviewNotReviewer', { user: l.user, reviewer: shared.reviewer })
        : msg('reviewNoReviewer', { user: l.user });
    },
  };
  return service;
}
