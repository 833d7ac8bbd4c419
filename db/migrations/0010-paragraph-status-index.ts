import type { Migration } from './types';

/**
 * Big documents (issue 12). A covering index of each paragraph's status and word count in reading order:
 * the document summary (counts and progress, computed after every save) and the outline's status per row
 * read this small index instead of every row's text. On a 100,000-paragraph document (47 MB of Arabic)
 * the summary took 200 ms, read from the table, and the save that computes it waited as long.
 */
export const m0010ParagraphStatusIndex: Migration = {
  version: 10,
  name: 'paragraph-status-index',
  up: `
    CREATE INDEX paragraphs_by_status ON paragraphs (document_id, idx, status, source_words);
  `,
};
