import type { Db } from '../open';
import type { Migration } from './types';

/**
 * Shared documents (issue 21). First the paragraphs table is rebuilt so its status CHECK admits `reviewed`
 * (SQLite cannot alter a CHECK): SQLite's twelve-step rebuild inside the migration's one transaction — the
 * table created anew from its own stored definition with only the CHECK changed, every row copied, the old
 * one dropped, the new one renamed, then its indexes and triggers made again from their stored SQL, and the
 * foreign keys checked. Nothing refers to paragraphs by foreign key, so the drop cannot cascade anywhere.
 *
 * Then the team's side of documents: which documents are shared (with their translator and reviewer), the
 * server version each row was last synced at and who changed it last (shown until its translator has looked),
 * an outbox of row changes filled by triggers in the change's transaction (as migration 11 does for terms),
 * each row's history (versions from the server, texts that lost a conflict, and the local texts overwritten
 * before they were sent), and this workspace's id (the server tells its own retried pushes from another's).
 */
const OLD_CHECK = "CHECK (status IN ('untranslated', 'draft', 'translated'))";
const NEW_CHECK = "CHECK (status IN ('untranslated', 'draft', 'translated', 'reviewed'))";

export function rebuildParagraphs(db: Db): void {
  const table = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'paragraphs'").get() as
    { sql: string } | undefined;
  if (!table) throw new Error('migration 12: the workspace has no paragraphs table');
  if (!table.sql.includes(OLD_CHECK))
    throw new Error('migration 12: the paragraphs table’s status check is not the one this step rebuilds');
  // Step 4–5: indexes and triggers of the table, kept to be made again (automatic indexes have no SQL).
  const others = db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'paragraphs' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name",
    )
    .all() as Array<{ type: string; name: string; sql: string }>;
  const created = table.sql
    .replace(OLD_CHECK, NEW_CHECK)
    .replace(/^CREATE TABLE\s+"?paragraphs"?/, 'CREATE TABLE paragraphs_rebuilt');
  db.exec(created);
  const columns = (db.prepare('PRAGMA table_info(paragraphs)').all() as Array<{ name: string }>)
    .map((c) => `"${c.name}"`)
    .join(', ');
  db.exec(`INSERT INTO paragraphs_rebuilt (${columns}) SELECT ${columns} FROM paragraphs`);
  db.exec('DROP TABLE paragraphs');
  db.exec('ALTER TABLE paragraphs_rebuilt RENAME TO paragraphs');
  for (const o of others) db.exec(o.sql);
  const broken = db.prepare('PRAGMA foreign_key_check(paragraphs)').all();
  if (broken.length) throw new Error(`migration 12: ${broken.length} paragraph(s) refer to a missing document`);
}

const TEAM_DOCUMENTS = `
  CREATE TABLE team_documents (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    translator TEXT,
    reviewer TEXT,
    shared_by TEXT NOT NULL
  ) STRICT;
  CREATE TABLE team_rows (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    changed_by TEXT,
    unseen INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, idx)
  ) STRICT;
  CREATE TABLE team_row_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    refused TEXT,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX team_row_outbox_by_row ON team_row_outbox (document_id, idx);
  -- kind: 'version' (a version the server took), 'lost' (a text that lost a conflict), 'local' (a text saved
  -- here and overwritten before it was sent). server_id: the server's history id (pulled once).
  CREATE TABLE team_row_history (
    id INTEGER PRIMARY KEY,
    server_id INTEGER UNIQUE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('version', 'lost', 'local')),
    version INTEGER NOT NULL,
    target TEXT NOT NULL,
    status TEXT NOT NULL,
    author TEXT NOT NULL,
    at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX team_row_history_by_row ON team_row_history (document_id, idx);
  CREATE TABLE team_identity (id INTEGER PRIMARY KEY CHECK (id = 1), workspace TEXT NOT NULL) STRICT;
  INSERT INTO team_identity (id, workspace) VALUES (1, lower(hex(randomblob(16))));
  CREATE TRIGGER team_row_outbox_update AFTER UPDATE OF target, status, note ON paragraphs
    WHEN EXISTS (SELECT 1 FROM team_documents WHERE document_id = NEW.document_id) AND NOT EXISTS (SELECT 1 FROM team_applying)
      AND (OLD.target IS NOT NEW.target OR OLD.status IS NOT NEW.status OR OLD.note IS NOT NEW.note)
    BEGIN INSERT INTO team_row_outbox (document_id, idx, created_at) VALUES (NEW.document_id, NEW.idx, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END;
  -- A text saved here and replaced before it reached the server is kept (nothing typed is only in a journal).
  -- BEFORE: the outbox row of this very save is not there yet, so a row in it means the old text is unsent.
  CREATE TRIGGER team_row_local_history BEFORE UPDATE OF target ON paragraphs
    WHEN OLD.target IS NOT NEW.target AND OLD.target <> '' AND NOT EXISTS (SELECT 1 FROM team_applying)
      AND EXISTS (SELECT 1 FROM team_row_outbox WHERE document_id = OLD.document_id AND idx = OLD.idx)
    BEGIN INSERT INTO team_row_history (document_id, idx, kind, version, target, status, author, at)
      VALUES (OLD.document_id, OLD.idx, 'local', COALESCE((SELECT version FROM team_rows WHERE document_id = OLD.document_id AND idx = OLD.idx), 0),
        OLD.target, OLD.status, COALESCE((SELECT user_name FROM team_link WHERE id = 1), ''), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END;
`;

export const m0012SharedDocuments: Migration = {
  version: 12,
  name: 'shared-documents',
  up: (db) => {
    rebuildParagraphs(db);
    db.exec(TEAM_DOCUMENTS);
  },
};
