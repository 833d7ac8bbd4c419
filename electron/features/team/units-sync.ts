/**
 * Memory units in a sync. Only paragraph units travel (each workspace derives the sentence units). The server
 * keeps one unit per Arabic source in a memory, with the other translations as alternatives; here the main
 * translation keeps the server's id and each alternative becomes a unit of its own (`ID~N`), so the memory
 * offers both. Pulled units are written with tm's own `addUnit`/`replaceUnit` (key, stems, sentences) while
 * team_applying keeps them out of the outbox.
 */
import type { Change, Collection, ServerUnit } from '../../../core/team/protocol';
import type { Db } from '../../../db/open';
import * as repo from '../../../db/team-repo';
import * as tmRepo from '../../../db/tm-repo';
import type { UnitRow } from '../../../db/tm-repo';
import type { Env } from '../../app/env';
import { addUnit, replaceUnit } from '../tm/store';

export function unitChange(db: Db, row: repo.OutboxRow, seq: number): Change | null {
  if (row.op === 'delete') return { kind: 'unit', op: 'delete', seq, id: row.entityId, collection: row.collectionId };
  const u = repo.paragraphUnit(db, row.entityId);
  if (!u) return null;
  return { kind: 'unit', op: 'upsert', seq, id: u.id, collection: u.memoryId, source: u.source, target: u.target, base: repo.base<string>(db, 'unit', u.id) };
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

/** Writes one translation of a pulled unit under a fixed id (sentence units get fresh ids). */
function put(db: Db, env: Env, existing: UnitRow | undefined, id: string, u: ServerUnit, target: string, author: string): void {
  if (existing && existing.source === u.source && existing.target === target) return;
  let first = true;
  const ids = (): string => (first ? ((first = false), id) : env.newId());
  const now = env.now();
  const input = { memoryId: u.collection, source: u.source, target, origin: { file: 'team' }, author, created: now, changed: now };
  if (existing) replaceUnit(db, existing, input, env.newId);
  else addUnit(db, input, ids);
}

/** Applies one pulled unit; false when a local change to it waits to be pushed. */
export function applyUnit(db: Db, env: Env, u: ServerUnit): boolean {
  if (repo.hasPending(db, 'unit', u.id)) return false;
  const local = repo.unitRow(db, u.id);
  const alternatives = u.deleted ? [] : u.alternatives;
  // Alternatives no longer on the server (or the unit deleted): their local copies go. (Only a unit pulled
  // before can have them.)
  if (local) for (let n = alternatives.length; repo.paragraphUnit(db, altId(u.id, n)); n++) repo.deleteUnit(db, altId(u.id, n));
  if (u.deleted) {
    if (local) repo.deleteUnit(db, u.id);
    repo.dropBase(db, 'unit', u.id);
    return true;
  }
  put(db, env, local, u.id, u, u.target, u.author);
  alternatives.forEach((a, n) => put(db, env, local ? repo.unitRow(db, altId(u.id, n)) : undefined, altId(u.id, n), u, a.target, a.author));
  // The same Arabic confirmed here under another id, already taken by the server: one copy is enough.
  const key = repo.unitRow(db, u.id)!.source_key;
  const others = repo.unitsWithSource(db, u.collection, key, u.source);
  if (others.length > 1 + alternatives.length) {
    const known = new Set([u.target, ...alternatives.map((a) => a.target)]);
    const ours = new Set([u.id, ...alternatives.map((_, n) => altId(u.id, n))]);
    for (const other of others) {
      if (!ours.has(other.id) && known.has(other.target) && !repo.hasPending(db, 'unit', other.id)) repo.deleteUnit(db, other.id);
    }
  }
  repo.setBase(db, 'unit', u.id, u.target);
  return true;
}
