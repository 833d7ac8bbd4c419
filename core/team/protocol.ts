/**
 * The wire protocol between a workspace and the team server (JSON over HTTP(S), bearer token). Pure types and
 * the field-by-field merge of a glossary term, shared by both sides so they agree on what a conflict is.
 */
import type { TermKind } from '../glossary/types';
import type { Message } from '../i18n/message';
import type { Status } from '../model';

export type TeamRole = 'admin' | 'translator' | 'reviewer' | 'viewer';
export type CollectionKind = 'glossary' | 'tm';

export interface TermFields {
  source: string;
  target: string;
  kind: TermKind;
  variants: string[];
  note: string;
}
export const TERM_FIELDS = ['source', 'target', 'kind', 'variants', 'note'] as const;
export type TermField = (typeof TERM_FIELDS)[number];

/** One change from a workspace's outbox. `base`: the version last synced (null: never synced, a new one). */
export type Change =
  | {
      kind: 'term';
      op: 'upsert';
      seq: number;
      id: string;
      collection: string;
      fields: TermFields;
      base: TermFields | null;
    }
  | { kind: 'term'; op: 'delete'; seq: number; id: string; collection: string }
  | {
      kind: 'unit';
      op: 'upsert';
      seq: number;
      id: string;
      collection: string;
      source: string;
      target: string;
      base: string | null;
    }
  | { kind: 'unit'; op: 'delete'; seq: number; id: string; collection: string }
  /**
   * A row of a shared document (issue 21): `id` is `DOCUMENT:INDEX` (index from 0), `collection` the
   * document; `base` the server version the row was at when this text was typed on it.
   */
  | {
      kind: 'paragraph';
      op: 'upsert';
      seq: number;
      id: string;
      collection: string;
      index: number;
      fields: RowFields;
      base: number;
    };

/** What a workspace sends of a row of a shared document. */
export interface RowFields {
  target: string;
  status: Status;
  note: string | null;
  origin: string | null;
}

/** A row of a shared document as the server holds it. `version` counts the texts the server took. */
export interface ServerRow extends RowFields {
  document: string;
  index: number;
  source: string;
  role: unknown;
  version: number;
  changedBy: string;
  rev: number;
}

export interface ServerDocument {
  id: string;
  title: string;
  sourceFormat: string;
  translator: string | null;
  reviewer: string | null;
  sharedBy: string;
}

/**
 * One entry of a row's history: `version`, a text the server took (with its author and time); `lost`, a text
 * that reached the server against an older version than the row's and gave way to the one already there.
 */
export interface ServerHistory {
  id: number;
  document: string;
  index: number;
  kind: 'version' | 'lost';
  version: number;
  target: string;
  status: Status;
  author: string;
  at: string;
  rev: number;
}

/** A document shared by a workspace: its rows as they are there (index from 0). */
export interface SharedDocumentBody {
  id: string;
  title: string;
  sourceFormat: string;
  rows: Array<RowFields & { index: number; source: string; role: unknown }>;
}

export interface Conflict {
  kind: 'term' | 'unit' | 'paragraph';
  id: string;
  /** The Arabic the conflict is about (the term's, the unit's, the row's): "Jozjan / Jawzjan" alone says nothing. */
  source?: string;
  field?: string;
  mine: string;
  theirs: string;
  kept: 'mine' | 'theirs' | 'both';
}

export interface PushResult {
  seq: number;
  id: string;
  status: 'applied' | 'proposed' | 'refused' | 'conflict';
  /** Why it was refused or is waiting, in English (what the CLI prints). */
  reason?: string;
  /** The same reason as a message (key and values), for the UI's language. */
  reasonMessage?: Message;
  conflicts?: Conflict[];
  /** A paragraph's row as the server holds it after the change (taken or not). */
  row?: ServerRow;
  /** The history entry that keeps a text which lost (a paragraph conflict). */
  lost?: ServerHistory;
}

export interface Collection {
  id: string;
  kind: CollectionKind;
  name: string;
}

export interface ServerTerm extends TermFields {
  id: string;
  collection: string;
  author: string;
  deleted: boolean;
  rev: number;
}

export interface Alternative {
  target: string;
  author: string;
}

export interface ServerUnit {
  id: string;
  collection: string;
  source: string;
  target: string;
  alternatives: Alternative[];
  author: string;
  deleted: boolean;
  rev: number;
}

export interface PullResponse {
  /** Pull again from here; `more`: there is more after it. */
  revision: number;
  more: boolean;
  /**
   * Changes after `since` in all, for a progress bar on the first pull of a large memory; absent when asked not
   * to count (`count=0`: the pages after the first, where counting 100,000 rows again would only cost time).
   */
  remaining?: number;
  collections: Collection[];
  terms: ServerTerm[];
  units: ServerUnit[];
  /** Every shared document (a handful; sent whole so a batch of rows never names an unknown one). */
  documents: ServerDocument[];
  rows: ServerRow[];
  history: ServerHistory[];
}

export interface Me {
  user: string;
  role: TeamRole;
}

/** An open conflict of a shared term, as the server keeps it until someone picks (`GET /api/conflicts`). */
export interface TeamConflictView {
  id: number;
  termId: string;
  /** The term's Arabic and the English that stands now, so the picker knows which term it is. */
  source: string;
  target: string;
  field: string;
  mine: unknown;
  theirs: unknown;
  author: string;
}

/** What picking a side of a conflict answers (`POST /api/conflicts/ID`). */
export interface TeamResolved {
  id: number;
  kept: 'mine' | 'theirs';
}

/** One hit of the server's concordance over the shared memories (`GET /api/concordance`). */
export interface TeamConcordanceHit {
  id: string;
  collection: string;
  source: string;
  target: string;
  alternatives: Alternative[];
  /** pg_trgm word similarity, 0–1, three decimals. */
  score: number;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Three-way merge of a term against the version last synced: a field changed on one side only takes that
 * side; a field changed on both sides differently is a conflict, and the server's value (`theirs`) stands.
 * Without a base (a term added on both sides under the same key) every differing field is a conflict.
 */
export function mergeTerm(
  mine: TermFields,
  theirs: TermFields,
  base: TermFields | null,
): { merged: TermFields; conflicts: Array<{ field: TermField; mine: string; theirs: string }> } {
  const merged = { ...theirs };
  const conflicts: Array<{ field: TermField; mine: string; theirs: string }> = [];
  for (const f of TERM_FIELDS) {
    if (same(mine[f], theirs[f])) continue;
    if (base && same(theirs[f], base[f])) {
      (merged as Record<TermField, unknown>)[f] = mine[f];
      continue;
    }
    if (base && same(mine[f], base[f])) continue;
    const show = (v: unknown): string => (Array.isArray(v) ? v.join('|') : String(v));
    conflicts.push({ field: f, mine: show(mine[f]), theirs: show(theirs[f]) });
  }
  return { merged, conflicts };
}
