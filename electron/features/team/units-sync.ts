/**
 * Memory units in a sync. Only paragraph units travel (each workspace derives the sentence units). The server
 * keeps one unit per Arabic source in a memory, with the other translations as alternatives; here the main
 * translation keeps the server's id and each alternative becomes a unit of its own (`ID~N`), so the memory
 * offers both. Pulled units are written with tm's own `addUnit`/`replaceUnit` (key, index terms, sentences)
 * while team_applying keeps them out of the outbox; the reads a batch needs are made once per batch.
 */
import type { Change, Collection, ServerUnit } from '../../../core/team/protocol';
import type { Db } from '../../../db/open';
import * as repo from '../../../db/team-repo';
import * as tmRepo from '../../../db/tm-repo';
import type { Env } from '../../app/env';
import { addUnit, analyse, replaceUnit } from '../tm/store';

/** The change for a unit's outbox rows: its state now (a unit rewritten is deleted and inserted again). */
export function unitChange(db: Db, row: repo.OutboxRow, seq: number): Change {
  const u = repo.paragraphUnit(db, row.entityId);
  if (!u) return { kind: 'unit', op: 'delete', seq, id: row.entityId, collection: row.collectionId };
  return {
    kind: 'unit',
    op: 'upsert',
    seq,
    id: u.id,
    collection: u.memoryId,
    source: u.source,
    target: u.target,
    base: repo.base<string>(db, 'unit', u.id),
  };
}

export function ensureMemory(db: Db, c: Collection, now: string): void {
  if (repo.collections(db).some((x) => x.localId === c.id)) return;
  const all = tmRepo.listMemories(db);
  if (!all.some((m) => m.id === c.id)) {
    const name = all.some((m) => m.name === c.name) ? `${c.name} (team)` : c.name;
    tmRepo.insertMemory(db, { id: c.id, name, now });
  }
  repo.addCollection(db, { localId: c.id, kind: 'tm', name: c.name });
}

const altId = (id: string, n: number): string => `${id}~${n}`;

type Analysis = ReturnType<typeof analyse>;

/** Writes one translation of a pulled unit under a fixed id; returns its rowid. */
function put(
  db: Db,
  env: Env,
  postings: tmRepo.PostingWriter,
  memory: number,
  existing: repo.SharedUnit | undefined,
  id: string,
  u: ServerUnit,
  target: string,
  author: string,
  analysed?: Analysis,
): number {
  if (existing && existing.source === u.source && existing.target === target && existing.memory === memory)
    return existing.rowid;
  const now = env.now();
  const input = { memory, source: u.source, target, origin: { file: 'team' }, author, created: now, changed: now };
  return existing
    ? replaceUnit(db, { rowid: existing.rowid, id, created_at: existing.createdAt }, input, postings, analysed)
    : addUnit(db, input, id, postings, analysed);
}

/**
 * What one pull batch looks up once: the units with a change waiting, the memories' rowids, the batch's units
 * already here, the source keys already here and each unit's analysis. A first pull of 100,000 units then asks
 * SQLite nothing per unit but the writes themselves.
 */
export interface UnitBatch {
  postings: tmRepo.PostingWriter;
  pending: Set<string>;
  memories: Map<string, number>;
  local: Map<string, repo.SharedUnit>;
  /** `memory:key` of the paragraphs here before the batch with a key of one of its sources. */
  keysHere: Set<string>;
  /** The key, index terms and sentences of each unit's main translation, by id. */
  analysed: Map<string, Analysis>;
}

export function unitBatch(db: Db, units: readonly ServerUnit[]): UnitBatch {
  const analysed = new Map<string, Analysis>();
  for (const u of units) if (!u.deleted) analysed.set(u.id, analyse(u));
  return {
    postings: new tmRepo.PostingWriter(),
    pending: repo.pendingIds(db, 'unit'),
    memories: new Map(tmRepo.listMemories(db).map((m) => [m.id, m.num])),
    local: repo.paragraphUnits(
      db,
      units.map((u) => u.id),
    ),
    keysHere: repo.sourceKeysHere(db, [...new Set([...analysed.values()].map((a) => a.paragraph.source_key))]),
    analysed,
  };
}

/** Applies one pulled unit; false when a local change to it waits to be pushed. Flush `b.postings` after the batch. */
export function applyUnit(db: Db, env: Env, b: UnitBatch, u: ServerUnit): boolean {
  if (b.pending.has(u.id)) return false;
  const memory = b.memories.get(u.collection);
  if (memory === undefined) return false;
  const local = b.local.get(u.id);
  const alternatives = u.deleted ? [] : u.alternatives;
  // Alternatives no longer on the server (or the unit deleted) go here too; only a unit pulled before has any.
  if (local) {
    for (
      let n = alternatives.length, alt = repo.paragraphUnit(db, altId(u.id, n));
      alt;
      n++, alt = repo.paragraphUnit(db, altId(u.id, n))
    ) {
      tmRepo.deleteParagraphUnit(db, alt.rowid);
    }
  }
  if (u.deleted) {
    if (local) tmRepo.deleteParagraphUnit(db, local.rowid);
    repo.dropBase(db, 'unit', u.id);
    return true;
  }
  const a = b.analysed.get(u.id) ?? analyse(u);
  put(db, env, b.postings, memory, local, u.id, u, u.target, u.author, a);
  alternatives.forEach((alt, n) =>
    put(
      db,
      env,
      b.postings,
      memory,
      local ? repo.paragraphUnit(db, altId(u.id, n)) : undefined,
      altId(u.id, n),
      u,
      alt.target,
      alt.author,
    ),
  );
  // The same Arabic confirmed here under another id, already taken by the server: one copy is enough. Only a key
  // that was here before the batch can have one (the server keeps one unit per Arabic in a memory).
  const key = a.paragraph.source_key;
  if (b.keysHere.has(`${memory}:${key}`)) {
    const same = tmRepo.paragraphTextsByKey(db, memory, key).filter((x) => x.source === u.source);
    if (same.length > 1 + alternatives.length) {
      const known = new Set([u.target, ...alternatives.map((x) => x.target)]);
      const ours = new Set([u.id, ...alternatives.map((_, n) => altId(u.id, n))]);
      for (const other of same) {
        if (!ours.has(other.id) && known.has(other.target) && !b.pending.has(other.id)) {
          tmRepo.deleteParagraphUnit(db, other.rowid);
          b.local.delete(other.id);
        }
      }
    }
  }
  repo.setBase(db, 'unit', u.id, u.target);
  return true;
}
