import type { Migration } from './types';

/** Inline codes of paragraphs imported from XLIFF (JSON), kept to write the markup back on export. */
export const m0003InlineCodes: Migration = {
  version: 3,
  name: 'inline-codes',
  up: `ALTER TABLE paragraphs ADD COLUMN inline TEXT;`,
};
