import type { Migration } from './types';

/**
 * Deprecated English spellings of a glossary term (the CSV's optional `deprecated` column, TBX's
 * `administrativeStatus` deprecatedTerm-admn-sts): a JSON array of strings, empty for every existing term.
 */
export const m0008DeprecatedSpellings: Migration = {
  version: 8,
  name: 'deprecated-spellings',
  up: `
    ALTER TABLE terms ADD COLUMN deprecated TEXT NOT NULL DEFAULT '[]';
  `,
};
