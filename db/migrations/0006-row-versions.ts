import type { Migration } from './types';

/**
 * Row versions. Every paragraph counts its saves (`version`); a save names the version it edits, so a save
 * made against text that changed elsewhere (another tab, the CLI, a second server) is shown as a conflict
 * instead of overwriting it. Each document counts its changes (`revision`) and every paragraph remembers the
 * revision of its last change (`changed_rev`), so an open tab asks "what changed since revision N?" cheaply.
 * The team server builds its conflicts on the same versions.
 */
export const m0006RowVersions: Migration = {
  version: 6,
  name: 'row-versions',
  up: `
    ALTER TABLE paragraphs ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE paragraphs ADD COLUMN changed_rev INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX paragraphs_by_changed_rev ON paragraphs (document_id, changed_rev);
  `,
};
