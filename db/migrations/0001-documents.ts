import type { Migration } from './types';

/** Documents and their paragraphs; settings of the workspace (UI language, source side). */
export const m0001Documents: Migration = {
  version: 1,
  name: 'documents',
  up: `
    CREATE TABLE documents (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      source_format TEXT NOT NULL,
      active_paragraph INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE paragraphs (
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      idx INTEGER NOT NULL,
      source TEXT NOT NULL,
      target TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'untranslated'
        CHECK (status IN ('untranslated', 'draft', 'translated')),
      source_words INTEGER NOT NULL,
      role TEXT,
      external_id TEXT,
      note TEXT,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (document_id, idx)
    ) STRICT;
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `,
};
