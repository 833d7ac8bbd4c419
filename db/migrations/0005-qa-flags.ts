import type { Migration } from './types';

/**
 * QA flags of any check (numbers, dates, spelling… not only glossary terms) are accepted by check id and flag
 * key. The glossary flags accepted before are carried over with the key the glossary check now gives them
 * (`glossary:<term key>:<hash of the Arabic>.<hash of the English>`), so none comes back. The old table is
 * kept: a migration never drops data.
 */
export const m0005QaFlags: Migration = {
  version: 5,
  name: 'qa-flags',
  up: `
    CREATE TABLE qa_flags_accepted (
      document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      paragraph INTEGER NOT NULL,
      check_id TEXT NOT NULL,
      flag_key TEXT NOT NULL,
      PRIMARY KEY (document_id, paragraph, check_id, flag_key)
    ) STRICT;
    INSERT OR IGNORE INTO qa_flags_accepted (document_id, paragraph, check_id, flag_key)
      SELECT a.document_id, a.paragraph, 'glossary',
             'glossary:' || a.term_key || ':' || text_hash(p.source) || '.' || text_hash(p.target)
      FROM qa_accepted a JOIN paragraphs p ON p.document_id = a.document_id AND p.idx = a.paragraph;
  `,
};
