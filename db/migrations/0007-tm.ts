import type { Migration } from './types';

/**
 * Translation memories. Several per workspace, in a priority order, each with a penalty (points subtracted from
 * its scores) and switched off per document in `tm_disabled`. A memory and a paragraph unit keep a stable id (a
 * UUID, for the team server's sync); a unit keeps its author and its created/changed times (milliseconds since
 * 1970, UTC). `source_key` is a 52-bit hash of the normalised Arabic (exact and repetition lookups),
 * `prev_key`/`next_key` the same hash of the paragraphs around it (context matches). Units refer to their memory
 * by its rowid, which keeps a unit row small.
 *
 * A sentence unit is derived from its paragraph unit (`parent`): it stores only where it sits in the parent's two
 * texts (UTF-16 offsets), its key and token count; it has no id of its own (a sync sends paragraph units and the
 * receiver derives the sentences again) and is deleted with its parent.
 *
 * The index is ours, an inverted index in `tm_postings`: for each clitic-free stem of the units' normalised Arabic
 * (and, prefixed `e:`, each lower-cased word of their English, for the concordance) the number of units holding
 * it and their rowids, ascending, delta-coded as varints in one BLOB. Rowids only grow (AUTOINCREMENT): a new unit
 * is appended to a list without reading it, a changed unit is written again under a new rowid, and a rowid left
 * behind in a list (a deleted or rewritten unit) is dropped when the units are read. SQLite's FTS5 was measured
 * at 60–120 µs per unit here, too slow for importing 20,000 units a second, and it cannot fold clitics anyway.
 *
 * Paragraphs get an `origin` of their own (typed, repetition, tm:SCORE, pretranslated:SCORE), not a status.
 */
export const m0007Tm: Migration = {
  version: 7,
  name: 'tm',
  up: `
    CREATE TABLE tm_memories (
      rowid INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL UNIQUE,
      priority INTEGER NOT NULL DEFAULT 0,
      penalty INTEGER NOT NULL DEFAULT 0 CHECK (penalty BETWEEN 0 AND 100),
      created_at TEXT NOT NULL,
      changed_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE tm_disabled (
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      memory INTEGER NOT NULL REFERENCES tm_memories(rowid) ON DELETE CASCADE,
      PRIMARY KEY (document_id, memory)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE tm_units (
      rowid INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT UNIQUE,
      memory INTEGER NOT NULL REFERENCES tm_memories(rowid) ON DELETE CASCADE,
      parent INTEGER REFERENCES tm_units(rowid) ON DELETE CASCADE,
      sentence INTEGER,
      source TEXT,
      target TEXT,
      source_start INTEGER,
      source_end INTEGER,
      target_start INTEGER,
      target_end INTEGER,
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
      created_at INTEGER,
      changed_at INTEGER,
      CHECK ((parent IS NULL) = (id IS NOT NULL AND source IS NOT NULL AND target IS NOT NULL AND created_at IS NOT NULL))
    ) STRICT;
    CREATE INDEX tm_units_by_source_key ON tm_units (source_key);
    CREATE INDEX tm_units_by_origin_document ON tm_units (origin_document, origin_paragraph) WHERE origin_document IS NOT NULL;
    CREATE INDEX tm_units_by_parent ON tm_units (parent) WHERE parent IS NOT NULL;
    CREATE TABLE tm_postings (
      stem TEXT PRIMARY KEY,
      units INTEGER NOT NULL,
      last INTEGER NOT NULL,
      list BLOB NOT NULL
    ) STRICT;
    ALTER TABLE paragraphs ADD COLUMN origin TEXT;
  `,
};
