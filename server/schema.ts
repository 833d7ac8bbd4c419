/**
 * The team server's PostgreSQL schema, versioned like the workspace's: migrations append only, the version is
 * kept in `dragoman_schema`, and a database migrated by a newer server is refused (never half-understood).
 * Every write takes the `revision` sequence under one advisory lock (see store.ts), so revisions commit in
 * order and a pull "since revision R" never skips a row committed late.
 */
export interface ServerMigration {
  version: number;
  name: string;
  up: string;
}

export const SERVER_MIGRATIONS: readonly ServerMigration[] = [
  {
    version: 1,
    name: 'users, shared glossaries and memories',
    up: `
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE TABLE users (
        name text PRIMARY KEY,
        role text NOT NULL CHECK (role IN ('admin', 'translator', 'reviewer', 'viewer')),
        token_hash text NOT NULL UNIQUE,
        created timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE settings (name text PRIMARY KEY, value jsonb NOT NULL);
      CREATE SEQUENCE revision;
      CREATE TABLE collections (
        id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('glossary', 'tm')),
        name text NOT NULL,
        shared_by text NOT NULL,
        rev bigint NOT NULL,
        created timestamptz NOT NULL DEFAULT now(),
        UNIQUE (kind, name)
      );
      CREATE TABLE terms (
        id text PRIMARY KEY,
        collection_id text NOT NULL REFERENCES collections (id),
        source text NOT NULL,
        key text NOT NULL,
        target text NOT NULL,
        kind text NOT NULL,
        variants jsonb NOT NULL DEFAULT '[]',
        note text NOT NULL DEFAULT '',
        author text NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        rev bigint NOT NULL,
        updated timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX terms_by_key ON terms (collection_id, key) WHERE NOT deleted;
      CREATE INDEX terms_by_rev ON terms (rev);
      -- Terms of translators and reviewers waiting for an admin (when the approval setting is on).
      CREATE TABLE term_proposals (
        id bigserial PRIMARY KEY,
        term_id text NOT NULL,
        collection_id text NOT NULL REFERENCES collections (id),
        op text NOT NULL CHECK (op IN ('upsert', 'delete')),
        fields jsonb NOT NULL,
        author text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        created timestamptz NOT NULL DEFAULT now()
      );
      -- A field changed on both sides: the server's value stands, the other is kept here until someone picks.
      CREATE TABLE term_conflicts (
        id bigserial PRIMARY KEY,
        term_id text NOT NULL,
        field text NOT NULL,
        mine jsonb NOT NULL,
        theirs jsonb NOT NULL,
        author text NOT NULL,
        resolved text CHECK (resolved IN ('mine', 'theirs')),
        created timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX term_conflicts_by_term_id ON term_conflicts (term_id);
      CREATE TABLE units (
        id text PRIMARY KEY,
        collection_id text NOT NULL REFERENCES collections (id),
        source text NOT NULL,
        source_norm text NOT NULL,
        target text NOT NULL,
        -- Other translations of the same source, kept when two translators disagreed: [{"target","author"}].
        alternatives jsonb NOT NULL DEFAULT '[]',
        author text NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        rev bigint NOT NULL,
        updated timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX units_by_source ON units (collection_id, md5(source));
      CREATE INDEX units_by_rev ON units (rev);
      CREATE INDEX units_by_source_norm ON units USING gin (source_norm gin_trgm_ops);
    `,
  },
  {
    version: 2,
    name: 'shared documents: rows, assignments, each row’s history',
    up: `
      CREATE TABLE documents (
        id text PRIMARY KEY,
        title text NOT NULL,
        source_format text NOT NULL,
        translator text,
        reviewer text,
        shared_by text NOT NULL,
        rev bigint NOT NULL,
        created timestamptz NOT NULL DEFAULT now()
      );
      -- One row per paragraph; version counts the texts taken (a push names the version it was typed on).
      CREATE TABLE doc_rows (
        document_id text NOT NULL REFERENCES documents (id),
        idx integer NOT NULL,
        source text NOT NULL,
        role jsonb,
        target text NOT NULL,
        status text NOT NULL CHECK (status IN ('untranslated', 'draft', 'translated', 'reviewed')),
        note text,
        origin text,
        version integer NOT NULL DEFAULT 0,
        changed_by text NOT NULL,
        workspace text,
        rev bigint NOT NULL,
        updated timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (document_id, idx)
      );
      CREATE INDEX doc_rows_by_rev ON doc_rows (rev);
      -- Every version taken and every text that lost: nothing typed that reached the server is ever dropped.
      CREATE TABLE row_history (
        id bigserial PRIMARY KEY,
        document_id text NOT NULL REFERENCES documents (id),
        idx integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('version', 'lost')),
        version integer NOT NULL,
        target text NOT NULL,
        status text NOT NULL,
        author text NOT NULL,
        workspace text,
        rev bigint NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX row_history_by_rev ON row_history (rev);
      CREATE INDEX row_history_by_row ON row_history (document_id, idx, version);
    `,
  },
  {
    version: 3,
    name: 'the concordance index beside the units, filled after a push has answered (server/search-index.ts)',
    up: `
      CREATE TABLE unit_search (
        unit_id text PRIMARY KEY REFERENCES units (id) ON DELETE CASCADE,
        source_norm text NOT NULL
      );
      CREATE TABLE search_progress (rev bigint NOT NULL);
      INSERT INTO unit_search (unit_id, source_norm) SELECT id, source_norm FROM units;
      INSERT INTO search_progress (rev) SELECT coalesce(max(rev), 0) FROM units;
      CREATE INDEX unit_search_trigrams ON unit_search USING gin (source_norm gin_trgm_ops);
      DROP INDEX units_by_source_norm;
    `,
  },
];

export const SERVER_SCHEMA_VERSION = SERVER_MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);
