/**
 * The team link, the outbox, the synced bases and the conflicts (migration 11). Plain synchronous functions;
 * the team service owns the transactions. Applying pulled terms writes the glossary tables through
 * glossary-repo with team_applying set, so those writes are not sent back to the server.
 */
import type Database from 'better-sqlite3';
import type { Db } from './open';

// Statements prepared once per connection: a first pull applies 100,000 units, several statements each.
const statements = new WeakMap<Db, Map<string, Database.Statement>>();
function sql(db: Db, text: string): Database.Statement {
  let m = statements.get(db);
  if (!m) statements.set(db, (m = new Map()));
  let st = m.get(text);
  if (!st) m.set(text, (st = db.prepare(text)));
  return st;
}

export interface TeamLink {
  url: string;
  token: string;
  user: string;
  role: string;
  ca: string | null;
  pulledRevision: number;
  lastSync: string | null;
}

export function link(db: Db): TeamLink | undefined {
  const r = sql(
    db,
    'SELECT url, token, user_name, role, ca, pulled_revision, last_sync FROM team_link WHERE id = 1',
  ).get() as
    | {
        url: string;
        token: string;
        user_name: string;
        role: string;
        ca: string | null;
        pulled_revision: number;
        last_sync: string | null;
      }
    | undefined;
  return (
    r && {
      url: r.url,
      token: r.token,
      user: r.user_name,
      role: r.role,
      ca: r.ca,
      pulledRevision: r.pulled_revision,
      lastSync: r.last_sync,
    }
  );
}

export function setLink(
  db: Db,
  l: { url: string; token: string; user: string; role: string; ca: string | null; now: string },
): void {
  sql(db, 'INSERT INTO team_link (id, url, token, user_name, role, ca, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)').run(
    l.url,
    l.token,
    l.user,
    l.role,
    l.ca,
    l.now,
  );
}

export function setRole(db: Db, role: string): void {
  sql(db, 'UPDATE team_link SET role = ? WHERE id = 1').run(role);
}

export function setPulled(db: Db, revision: number): void {
  sql(db, 'UPDATE team_link SET pulled_revision = ? WHERE id = 1').run(revision);
}

export function setLastSync(db: Db, now: string): void {
  sql(db, 'UPDATE team_link SET last_sync = ? WHERE id = 1').run(now);
}

/** Unlinks: the local glossaries and memories stay, as ordinary local ones. */
export function unlink(db: Db): void {
  db.exec(
    'DELETE FROM team_link; DELETE FROM team_collections; DELETE FROM team_outbox; DELETE FROM team_base; DELETE FROM team_conflicts; DELETE FROM team_applying;',
  );
}

export interface SharedCollection {
  localId: string;
  kind: 'glossary' | 'tm';
  name: string;
}

export function collections(db: Db): SharedCollection[] {
  return sql(
    db,
    'SELECT local_id AS localId, kind, name FROM team_collections ORDER BY name',
  ).all() as SharedCollection[];
}

export function addCollection(db: Db, c: SharedCollection): void {
  sql(db, 'INSERT INTO team_collections (local_id, kind, name) VALUES (?, ?, ?) ON CONFLICT (local_id) DO NOTHING').run(
    c.localId,
    c.kind,
    c.name,
  );
}

/** Puts every row of a newly shared collection in the outbox (its first push): terms, or paragraph units. */
export function enqueueAll(db: Db, kind: 'term' | 'unit', collectionId: string, now: string): number {
  const text =
    kind === 'term'
      ? `INSERT INTO team_outbox (kind, op, entity_id, collection_id, created_at) SELECT 'term', 'upsert', id, glossary_id, ? FROM terms WHERE glossary_id = ? ORDER BY created_at, id`
      : `INSERT INTO team_outbox (kind, op, entity_id, collection_id, created_at) SELECT 'unit', 'upsert', u.id, m.id, ?
         FROM tm_units u JOIN tm_memories m ON m.rowid = u.memory WHERE m.id = ? AND u.parent IS NULL ORDER BY u.rowid`;
  return sql(db, text).run(now, collectionId).changes;
}

export interface OutboxRow {
  seq: number;
  kind: 'term' | 'unit';
  op: 'upsert' | 'delete';
  entityId: string;
  collectionId: string;
  refused: string | null;
}

export function outbox(db: Db, afterSeq: number, limit: number): OutboxRow[] {
  return sql(
    db,
    'SELECT seq, kind, op, entity_id AS entityId, collection_id AS collectionId, refused FROM team_outbox WHERE seq > ? ORDER BY seq LIMIT ?',
  ).all(afterSeq, limit) as OutboxRow[];
}

export function pendingCount(db: Db): number {
  return (sql(db, 'SELECT COUNT(*) AS n FROM team_outbox').get() as { n: number }).n;
}

export function hasPending(db: Db, kind: 'term' | 'unit', entityId: string): boolean {
  return sql(db, 'SELECT 1 FROM team_outbox WHERE entity_id = ? AND kind = ?').get(entityId, kind) !== undefined;
}

/** The rows of one entity up to a sequence number, once the server has taken its change. */
export function removeSent(db: Db, kind: 'term' | 'unit', entityId: string, upToSeq: number): void {
  sql(db, 'DELETE FROM team_outbox WHERE kind = ? AND entity_id = ? AND seq <= ?').run(kind, entityId, upToSeq);
}

export function markRefused(db: Db, kind: 'term' | 'unit', entityId: string, upToSeq: number, reason: string): void {
  sql(db, 'UPDATE team_outbox SET refused = ? WHERE kind = ? AND entity_id = ? AND seq <= ?').run(
    reason,
    kind,
    entityId,
    upToSeq,
  );
}

export function base<T>(db: Db, kind: 'term' | 'unit', entityId: string): T | null {
  const r = sql(db, 'SELECT fields FROM team_base WHERE kind = ? AND entity_id = ?').get(kind, entityId) as
    { fields: string } | undefined;
  return r ? (JSON.parse(r.fields) as T) : null;
}

export function setBase(db: Db, kind: 'term' | 'unit', entityId: string, fields: unknown): void {
  sql(
    db,
    'INSERT INTO team_base (kind, entity_id, fields) VALUES (?, ?, ?) ON CONFLICT (kind, entity_id) DO UPDATE SET fields = excluded.fields',
  ).run(kind, entityId, JSON.stringify(fields));
}

export function dropBase(db: Db, kind: 'term' | 'unit', entityId: string): void {
  sql(db, 'DELETE FROM team_base WHERE kind = ? AND entity_id = ?').run(kind, entityId);
}

export interface StoredConflict {
  kind: 'term' | 'unit';
  id: string;
  field: string | null;
  mine: string;
  theirs: string;
  kept: 'mine' | 'theirs' | 'both';
}

export function addConflict(db: Db, c: StoredConflict, now: string): void {
  sql(
    db,
    'INSERT INTO team_conflicts (kind, entity_id, field, mine, theirs, kept, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(c.kind, c.id, c.field, c.mine, c.theirs, c.kept, now);
}

export function conflicts(db: Db): StoredConflict[] {
  return sql(
    db,
    'SELECT kind, entity_id AS id, field, mine, theirs, kept FROM team_conflicts ORDER BY id',
  ).all() as StoredConflict[];
}

/** While set (inside the transaction applying a pull), the outbox triggers stay quiet. */
export function setApplying(db: Db, on: boolean): void {
  sql(db, on ? 'INSERT OR IGNORE INTO team_applying (id) VALUES (1)' : 'DELETE FROM team_applying').run();
}

export function isApplying(db: Db): boolean {
  return sql(db, 'SELECT 1 FROM team_applying').get() !== undefined;
}

/** A paragraph unit of a memory by its id (sentence units are never shared), with its memory's id and rowid. */
export interface SharedUnit {
  rowid: number;
  id: string;
  memoryId: string;
  memory: number;
  source: string;
  target: string;
  createdAt: string;
}

const SHARED_UNIT =
  'SELECT u.rowid, u.id, m.id AS memoryId, u.memory, u.source, u.target, u.created_at AS createdAt FROM tm_units u JOIN tm_memories m ON m.rowid = u.memory';
type SharedUnitRow = Omit<SharedUnit, 'createdAt'> & { createdAt: number };
const sharedUnit = (r: SharedUnitRow): SharedUnit => ({ ...r, createdAt: new Date(r.createdAt).toISOString() });

export function paragraphUnit(db: Db, id: string): SharedUnit | undefined {
  const r = sql(db, `${SHARED_UNIT} WHERE u.id = ? AND u.parent IS NULL`).get(id) as SharedUnitRow | undefined;
  return r && sharedUnit(r);
}

/** The paragraph units of these ids that are here, by id: one query for a whole pulled batch. */
export function paragraphUnits(db: Db, ids: readonly string[]): Map<string, SharedUnit> {
  const rows = sql(db, `${SHARED_UNIT} WHERE u.id IN (SELECT value FROM json_each(?)) AND u.parent IS NULL`).all(
    JSON.stringify(ids),
  ) as SharedUnitRow[];
  return new Map(rows.map((r) => [r.id, sharedUnit(r)]));
}

/** `memory:key` of the paragraph units here with one of these source keys (before a pulled batch is written). */
export function sourceKeysHere(db: Db, keys: readonly number[]): Set<string> {
  const rows = sql(
    db,
    'SELECT DISTINCT memory, source_key AS key FROM tm_units WHERE source_key IN (SELECT value FROM json_each(?)) AND parent IS NULL',
  ).all(JSON.stringify(keys)) as Array<{ memory: number; key: number }>;
  return new Set(rows.map((r) => `${r.memory}:${r.key}`));
}

/** The rowid of a memory from its id (what units refer to). */
export function memoryNumber(db: Db, memoryId: string): number | undefined {
  return (sql(db, 'SELECT rowid FROM tm_memories WHERE id = ?').get(memoryId) as { rowid: number } | undefined)?.rowid;
}

/** The entities of one kind with a change waiting in the outbox. */
export function pendingIds(db: Db, kind: 'term' | 'unit'): Set<string> {
  return new Set(
    (sql(db, 'SELECT DISTINCT entity_id AS id FROM team_outbox WHERE kind = ?').all(kind) as Array<{ id: string }>).map(
      (r) => r.id,
    ),
  );
}
