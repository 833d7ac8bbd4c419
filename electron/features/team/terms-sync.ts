/**
 * Glossary terms in a sync: building a change from the outbox (the term as it is now, with the version last
 * synced as its base) and applying pulled terms to the local glossary (with team_applying set, so they are
 * not sent back). A term with a change still waiting in the outbox is not overwritten by a pull.
 */
import { termKey } from '../../../core/glossary';
import type { Change, Collection, ServerTerm, TermFields } from '../../../core/team/protocol';
import * as glossaryRepo from '../../../db/glossary-repo';
import type { Db } from '../../../db/open';
import * as repo from '../../../db/team-repo';

export const fieldsOfTerm = (t: TermFields): TermFields => ({
  source: t.source,
  target: t.target,
  kind: t.kind,
  variants: t.variants,
  note: t.note,
});

/** The change for a term's outbox rows, or null when the term is gone (its delete row follows). */
export function termChange(db: Db, row: repo.OutboxRow, seq: number): Change | null {
  if (row.op === 'delete') return { kind: 'term', op: 'delete', seq, id: row.entityId, collection: row.collectionId };
  const t = glossaryRepo.findTerm(db, row.entityId);
  if (!t) return null;
  return {
    kind: 'term',
    op: 'upsert',
    seq,
    id: t.id,
    collection: t.glossaryId,
    fields: fieldsOfTerm(t),
    base: repo.base<TermFields>(db, 'term', t.id),
  };
}

/** A shared collection this workspace does not have yet becomes a local glossary with the team's id. */
export function ensureGlossary(db: Db, c: Collection, now: string): void {
  const known = repo.collections(db).some((x) => x.localId === c.id);
  if (known) return;
  const all = glossaryRepo.listGlossaries(db);
  if (!all.some((g) => g.id === c.id)) {
    const name = all.some((g) => g.name === c.name) ? `${c.name} (team)` : c.name;
    glossaryRepo.insertGlossary(db, { id: c.id, name, now });
  }
  repo.addCollection(db, { localId: c.id, kind: 'glossary', name: c.name });
}

/** Applies one pulled term; returns false when it was left alone (a local change waits to be pushed). */
export function applyTerm(db: Db, t: ServerTerm, now: string): boolean {
  if (repo.hasPending(db, 'term', t.id)) return false;
  const local = glossaryRepo.findTerm(db, t.id);
  if (t.deleted) {
    if (local) glossaryRepo.deleteTerm(db, t.id);
    repo.dropBase(db, 'term', t.id);
    return true;
  }
  const fields = fieldsOfTerm(t);
  const key = termKey(t.source);
  const clash = glossaryRepo.findTermByKey(db, t.collection, key);
  if (clash && clash.id !== t.id) {
    // The same Arabic added here under another id: the server merged it into its term (conflicts reported).
    if (repo.hasPending(db, 'term', clash.id)) return false;
    glossaryRepo.deleteTerm(db, clash.id);
    repo.dropBase(db, 'term', clash.id);
  }
  if (local) glossaryRepo.updateTerm(db, t.id, { ...fields, key, now });
  else glossaryRepo.insertTerm(db, { ...fields, key, id: t.id, glossaryId: t.collection, now });
  repo.setBase(db, 'term', t.id, fields);
  return true;
}
