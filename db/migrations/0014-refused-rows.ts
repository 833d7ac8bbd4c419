import type { Migration } from './types';

/**
 * Refused row changes (issue 21): a row change the team server refuses (a viewer's edit, `reviewed` set by
 * someone who is not the reviewer) is not pushed again and the row takes the server's version, so what was
 * typed goes in the row's history as `refused`, with the reason (a message: key and values, shown in the UI's
 * language). The history table is rebuilt for its kind CHECK (copied whole, in the migration's transaction);
 * the trigger that keeps unsent local texts is made again to ignore refused outbox rows (they wait for nothing).
 */
export const m0014RefusedRows: Migration = {
  version: 14,
  name: 'refused-rows',
  up: `
    DROP TRIGGER team_row_local_history;
    CREATE TABLE team_row_history_rebuilt (
      id INTEGER PRIMARY KEY,
      server_id INTEGER UNIQUE,
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      idx INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('version', 'lost', 'local', 'refused')),
      version INTEGER NOT NULL,
      target TEXT NOT NULL,
      status TEXT NOT NULL,
      author TEXT NOT NULL,
      at TEXT NOT NULL,
      reason TEXT
    ) STRICT;
    INSERT INTO team_row_history_rebuilt (id, server_id, document_id, idx, kind, version, target, status, author, at)
      SELECT id, server_id, document_id, idx, kind, version, target, status, author, at FROM team_row_history;
    DROP TABLE team_row_history;
    ALTER TABLE team_row_history_rebuilt RENAME TO team_row_history;
    CREATE INDEX team_row_history_by_row ON team_row_history (document_id, idx);
    CREATE INDEX team_row_outbox_unsent ON team_row_outbox (seq) WHERE refused IS NULL;
    CREATE TRIGGER team_row_local_history BEFORE UPDATE OF target ON paragraphs
      WHEN OLD.target IS NOT NEW.target AND OLD.target <> '' AND NOT EXISTS (SELECT 1 FROM team_applying)
        AND EXISTS (SELECT 1 FROM team_row_outbox WHERE document_id = OLD.document_id AND idx = OLD.idx AND refused IS NULL)
      BEGIN INSERT INTO team_row_history (document_id, idx, kind, version, target, status, author, at)
        VALUES (OLD.document_id, OLD.idx, 'local', COALESCE((SELECT version FROM team_rows WHERE document_id = OLD.document_id AND idx = OLD.idx), 0),
          OLD.target, OLD.status, COALESCE((SELECT user_name FROM team_link WHERE id = 1), ''), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END;
  `,
};
