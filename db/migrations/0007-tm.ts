import type { Migration } from './types';

/**
 * Translation memories. Several per workspace, in a priority order, each with a penalty (points subtracted from
 * its scores) and switched off per document in `tm_disabled`. A unit keeps a stable id (a UUID, for the team
 * server's sync), its author and created/changed times; `source_key` is a 52-bit hash of the normalised Arabic
 * (exact and repetition lookups), `prev_key`/`next_key` the same hash of the paragraphs around it (context
 * matches). Sentence units point at the paragraph unit they came from (`parent_id`).
 *
 * The index is a contentless FTS5 table over the normalised clitic-free stems of each unit (its rowid is the
 * unit's rowid): it stores posting lists only, never the text a second time. `tm_terms` reads its document
 * frequencies, so a lookup asks for its rarest stems first. `tm_index_en` indexes the English the same way (concordance).
 *
 * Paragraphs get an `origin` of their own (typed, repetition, tm:SCORE, pretranslated:SCORE), not a status.
 */
export const m0007Tm: Migration = {
  version: 7,
  name: 'tm',
  up: `
    CREATE TABLE tm_memories (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      priority INTEGER NOT NULL DEFAULT 0,
      penalty INTEGER NOT NULL DEFAULT 0 CHECK (penalty BETWEEN 0 AND 100),
      created_at TEXT NOT NULL,
      changed_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE tm_disabled (
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      memory_id TEXT NOT NULL REFERENCES tm_memories(id) ON DELETE CASCADE,
      PRIMARY KEY (document_id, memory_id)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE tm_units (
      rowid INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      memory_id TEXT NOT NULL REFERENCES tm_memories(id) ON DELETE CASCADE,
      parent_id TEXT REFERENCES tm_units(id) ON DELETE CASCADE,
      sentence INTEGER,
      source TEXT NOT NULL,
      target TEXT NOT NULL,
      source_key INTEGER NOT NULL,
      prev_key INTEGER,
      next_key INTEGER,
      tokens INTEGER NOT NULL,
      origin_document TEXT,
      origin_paragraph INTEGER,
      origin_file TEXT,
      tuid TEXT,
      author TEXT,
      extra TEXT,
      created_at TEXT NOT NULL,
      changed_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX tm_units_by_source_key ON tm_units (source_key);
    CREATE INDEX tm_units_by_origin ON tm_units (origin_document, origin_paragraph) WHERE origin_document IS NOT NULL;
    CREATE INDEX tm_units_by_parent_id ON tm_units (parent_id) WHERE parent_id IS NOT NULL;
    CREATE INDEX tm_units_by_memory_id ON tm_units (memory_id, changed_at);
    CREATE VIRTUAL TABLE tm_index USING fts5 (stems, content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61 remove_diacritics 0');
    CREATE VIRTUAL TABLE tm_terms USING fts5vocab (tm_index, row);
    CREATE VIRTUAL TABLE tm_index_en USING fts5 (text, content = '', contentless_delete = 1, detail = none);
    ALTER TABLE paragraphs ADD COLUMN origin TEXT;
  `,
};
