import type { Migration } from './types';

/**
 * Bilingual exports keep the English as it was sent out, so a reviewer's file is compared with what the
 * reviewer received (not with work done since). Glossary writes bump a revision through triggers, so every
 * process (app, CLI) knows when a cached match index is stale, whatever the clock does.
 */
export const m0004ExportsAndRevisions: Migration = {
  version: 4,
  name: 'exports-and-revisions',
  up: `
    CREATE TABLE exports (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      targets TEXT NOT NULL
    ) STRICT;
    CREATE INDEX exports_by_document_id ON exports (document_id);
    CREATE TABLE revisions (
      name TEXT PRIMARY KEY,
      value INTEGER NOT NULL
    ) STRICT;
    INSERT INTO revisions (name, value) VALUES ('glossary', 0);
    CREATE TRIGGER terms_insert_revision AFTER INSERT ON terms BEGIN
      UPDATE revisions SET value = value + 1 WHERE name = 'glossary'; END;
    CREATE TRIGGER terms_update_revision AFTER UPDATE ON terms BEGIN
      UPDATE revisions SET value = value + 1 WHERE name = 'glossary'; END;
    CREATE TRIGGER terms_delete_revision AFTER DELETE ON terms BEGIN
      UPDATE revisions SET value = value + 1 WHERE name = 'glossary'; END;
    CREATE TRIGGER glossaries_insert_revision AFTER INSERT ON glossaries BEGIN
      UPDATE revisions SET value = value + 1 WHERE name = 'glossary'; END;
    CREATE TRIGGER glossaries_update_revision AFTER UPDATE ON glossaries BEGIN
      UPDATE revisions SET value = value + 1 WHERE name = 'glossary'; END;
    CREATE TRIGGER glossaries_delete_revision AFTER DELETE ON glossaries BEGIN
      UPDATE revisions SET value = value + 1 WHERE name = 'glossary'; END;
  `,
};
