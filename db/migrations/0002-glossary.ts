import type { Migration } from './types';

/**
 * Glossaries in priority order, their terms (one per normalised key in a glossary), per-document
 * switches, QA cases the translator accepted, and names dismissed from discovery.
 */
export const m0002Glossary: Migration = {
  version: 2,
  name: 'glossary',
  up: `
    CREATE TABLE glossaries (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      priority INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE terms (
      id TEXT PRIMARY KEY,
      glossary_id TEXT NOT NULL REFERENCES glossaries(id) ON DELETE CASCADE,
      source TEXT NOT NULL,
      key TEXT NOT NULL,
      target TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('person', 'place', 'org', 'term', 'date', 'title')),
      variants TEXT NOT NULL DEFAULT '[]',
      note TEXT NOT NULL DEFAULT '',
      use_count INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (glossary_id, key)
    ) STRICT;
    CREATE INDEX terms_by_key ON terms (key);
    CREATE TABLE document_glossaries (
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      glossary_id TEXT NOT NULL REFERENCES glossaries(id) ON DELETE CASCADE,
      enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
      PRIMARY KEY (document_id, glossary_id)
    ) STRICT;
    CREATE TABLE qa_accepted (
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      paragraph INTEGER NOT NULL,
      term_key TEXT NOT NULL,
      PRIMARY KEY (document_id, paragraph, term_key)
    ) STRICT;
    CREATE TABLE dismissed_names (
      key TEXT PRIMARY KEY,
      text TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
  `,
};
