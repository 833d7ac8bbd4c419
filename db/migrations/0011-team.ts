import type { Migration } from './types';

/**
 * A workspace linked to a team server: the link (one row), the glossaries and memories shared with the team,
 * the outbox of local changes to them, the version of each shared row last synced (the base of the
 * field-by-field merge) and the conflicts reported. The outbox is filled by triggers, so a change and its
 * outbox row are one transaction whatever wrote it (the app, the CLI, an import); while a pull is applied a
 * row in team_applying keeps the pulled changes out of the outbox. Needs the memory tables (migration 7).
 */
export const m0011Team: Migration = {
  version: 11,
  name: 'team',
  up: `
    CREATE TABLE team_link (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      url TEXT NOT NULL,
      token TEXT NOT NULL,
      user_name TEXT NOT NULL,
      role TEXT NOT NULL,
      ca TEXT,
      pulled_revision INTEGER NOT NULL DEFAULT 0,
      last_sync TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE team_applying (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;
    CREATE TABLE team_collections (
      local_id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('glossary', 'tm')),
      name TEXT NOT NULL
    ) STRICT;
    CREATE TABLE team_outbox (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL CHECK (kind IN ('term', 'unit')),
      op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
      entity_id TEXT NOT NULL,
      collection_id TEXT NOT NULL,
      refused TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX team_outbox_by_entity_id ON team_outbox (entity_id);
    CREATE TABLE team_base (
      kind TEXT NOT NULL CHECK (kind IN ('term', 'unit')),
      entity_id TEXT NOT NULL,
      fields TEXT NOT NULL,
      PRIMARY KEY (kind, entity_id)
    ) STRICT;
    CREATE TABLE team_conflicts (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('term', 'unit')),
      entity_id TEXT NOT NULL,
      field TEXT,
      mine TEXT NOT NULL,
      theirs TEXT NOT NULL,
      kept TEXT NOT NULL CHECK (kept IN ('mine', 'theirs', 'both')),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX team_conflicts_by_entity_id ON team_conflicts (entity_id);
    CREATE TRIGGER team_outbox_term_insert AFTER INSERT ON terms
      WHEN EXISTS (SELECT 1 FROM team_collections WHERE local_id = NEW.glossary_id) AND NOT EXISTS (SELECT 1 FROM team_applying)
      BEGIN INSERT INTO team_outbox (kind, op, entity_id, collection_id, created_at)
        VALUES ('term', 'upsert', NEW.id, NEW.glossary_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END;
    CREATE TRIGGER team_outbox_term_update AFTER UPDATE OF source, target, kind, variants, note, glossary_id ON terms
      WHEN EXISTS (SELECT 1 FROM team_collections WHERE local_id = NEW.glossary_id) AND NOT EXISTS (SELECT 1 FROM team_applying)
      BEGIN INSERT INTO team_outbox (kind, op, entity_id, collection_id, created_at)
        VALUES ('term', 'upsert', NEW.id, NEW.glossary_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END;
    CREATE TRIGGER team_outbox_term_delete AFTER DELETE ON terms
      WHEN EXISTS (SELECT 1 FROM team_collections WHERE local_id = OLD.glossary_id) AND NOT EXISTS (SELECT 1 FROM team_applying)
      BEGIN INSERT INTO team_outbox (kind, op, entity_id, collection_id, created_at)
        VALUES ('term', 'delete', OLD.id, OLD.glossary_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END;
    -- Memory units: paragraph units only (sentence units are derived from them in each workspace). A memory is
    -- shared by its id; units refer to it by rowid. A rewritten unit is deleted and inserted again (same id):
    -- the sync sends a unit's state as it is when pushed, so the pair becomes one upsert.
    CREATE TRIGGER team_outbox_unit_insert AFTER INSERT ON tm_units
      WHEN NEW.parent IS NULL AND NOT EXISTS (SELECT 1 FROM team_applying)
        AND EXISTS (SELECT 1 FROM team_collections c JOIN tm_memories m ON m.id = c.local_id WHERE m.rowid = NEW.memory)
      BEGIN INSERT INTO team_outbox (kind, op, entity_id, collection_id, created_at)
        VALUES ('unit', 'upsert', NEW.id, (SELECT id FROM tm_memories WHERE rowid = NEW.memory), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END;
    CREATE TRIGGER team_outbox_unit_update AFTER UPDATE OF source, target, memory ON tm_units
      WHEN NEW.parent IS NULL AND NOT EXISTS (SELECT 1 FROM team_applying)
        AND EXISTS (SELECT 1 FROM team_collections c JOIN tm_memories m ON m.id = c.local_id WHERE m.rowid = NEW.memory)
      BEGIN INSERT INTO team_outbox (kind, op, entity_id, collection_id, created_at)
        VALUES ('unit', 'upsert', NEW.id, (SELECT id FROM tm_memories WHERE rowid = NEW.memory), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END;
    CREATE TRIGGER team_outbox_unit_delete AFTER DELETE ON tm_units
      WHEN OLD.parent IS NULL AND NOT EXISTS (SELECT 1 FROM team_applying)
        AND EXISTS (SELECT 1 FROM team_collections c JOIN tm_memories m ON m.id = c.local_id WHERE m.rowid = OLD.memory)
      BEGIN INSERT INTO team_outbox (kind, op, entity_id, collection_id, created_at)
        VALUES ('unit', 'delete', OLD.id, (SELECT id FROM tm_memories WHERE rowid = OLD.memory), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); END;
  `,
};
