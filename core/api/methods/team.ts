/** Contract slice of the team feature: linking a workspace to a team server, sharing, syncing, its state. */
import { z } from 'zod';
import type { Conflict, TeamConcordanceHit, TeamConflictView, TeamResolved, TeamRole } from '../../team/protocol';
import type { Status } from '../../model';
import type { Message } from '../../i18n/message';
import { returns } from './common';

export interface TeamJoined {
  team: string;
  user: string;
  role: TeamRole;
}

export interface TeamStatus {
  linked: boolean;
  team: string | null;
  user: string | null;
  /**
   * Local changes in the outbox, not yet taken by the server: refused terms and units included (they are tried
   * again), refused rows of shared documents not (they took the server's version; see `refused`).
   */
  pending: number;
  /** Rows of shared documents whose change the server refused (the text typed is in the row's history). */
  refused?: number;
  lastSync: string | null;
  /** Whether the last sync of this process reached the server (null: none tried yet). */
  online?: boolean | null;
  /** Why the last sync failed, if it did. */
  error?: string | null;
  /** Whether the server's live stream is open (changes come down as they happen). */
  live?: boolean;
}

/** A document's place on the team (issue 21). `changed`: rows changed by others, not yet looked at (index from 0). */
export interface TeamDocumentInfo {
  shared: boolean;
  translator: string | null;
  reviewer: string | null;
  /** This workspace's user on the team (null: not linked). */
  user: string | null;
  /** Its role on the team (null: not linked): only admins assign, viewers cannot share. */
  role: TeamRole | null;
  /** Changes to this document's rows not yet taken by the server. */
  pending: number;
  canReview: boolean;
  reviewRefusal: Message | null;
  changed: Array<{ index: number; changedBy: string }>;
}

/**
 * One entry of a row's history: a version the server took, a text that lost a conflict, one saved here only, or
 * one the server refused.
 */
export interface TeamHistoryEntry {
  kind: 'version' | 'lost' | 'local' | 'refused';
  version: number;
  target: string;
  status: Status;
  author: string;
  at: string;
  /** Why the team server refused the text (kind `refused`). */
  reason?: Message;
}

export interface TeamSyncReport {
  pushed: number;
  pulled: number;
  /** `reason` in English (what the CLI prints), `message` the same as a message for the UI's language. */
  refused: Array<{ kind: 'term' | 'unit' | 'paragraph'; id: string; reason: string; message?: Message }>;
  conflicts: Conflict[];
}

/** The team server's own answers, passed on as they come (declared with the protocol). */
export type { TeamConcordanceHit, TeamConflictView, TeamResolved };

const name = z.string().min(1).max(200);

export const teamMethods = {
  'team.join': {
    input: z
      .object({
        url: z.string().min(1).max(2000),
        token: z.string().min(1).max(500),
        ca: z.string().min(1).max(4000).optional(),
      })
      .strict(),
    result: returns<TeamJoined>(),
  },
  'team.status': { input: z.object({}).strict(), result: returns<TeamStatus>() },
  'team.sync': { input: z.object({}).strict(), result: returns<TeamSyncReport>() },
  'team.leave': { input: z.object({ discard: z.boolean().optional() }).strict(), result: returns<{ left: string }>() },
  'team.share': {
    input: z
      .object({ glossary: name.optional(), tm: name.optional(), doc: name.optional() })
      .strict()
      .refine((v) => [v.glossary, v.tm, v.doc].filter((x) => x !== undefined).length === 1, {
        message: 'name one glossary (--glossary NAME), one memory (--tm NAME) or one document (--doc ID)',
      }),
    result: returns<{ shared: string }>(),
  },
  'team.assign': {
    input: z
      .object({ doc: name, translator: name.nullable().optional(), reviewer: name.nullable().optional() })
      .strict(),
    result: returns<TeamDocumentInfo>(),
  },
  'team.document': { input: z.object({ documentId: name }).strict(), result: returns<TeamDocumentInfo>() },
  /** Index counted from 0. */
  'team.history': {
    input: z.object({ documentId: name, index: z.number().int().min(0) }).strict(),
    result: returns<TeamHistoryEntry[]>(),
  },
  'team.seen': {
    input: z.object({ documentId: name, index: z.number().int().min(0) }).strict(),
    result: returns<{ seen: boolean }>(),
  },
  'team.conflicts': { input: z.object({}).strict(), result: returns<TeamConflictView[]>() },
  'team.resolve': {
    input: z.object({ id: z.number().int().min(1), pick: z.enum(['mine', 'theirs']) }).strict(),
    result: returns<TeamResolved>(),
  },
  'team.concordance': {
    input: z
      .object({ query: z.string().min(1).max(2000), limit: z.number().int().min(1).max(200).optional() })
      .strict(),
    result: returns<TeamConcordanceHit[]>(),
  },
} as const;
