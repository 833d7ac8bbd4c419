/** Contract slice of the team feature: linking a workspace to a team server, sharing, syncing, its state. */
import { z } from 'zod';
import type { Conflict, TeamConcordanceHit, TeamConflictView, TeamResolved, TeamRole } from '../../team/protocol';
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
  /** Local changes in the outbox, not yet taken by the server (refused ones included). */
  pending: number;
  lastSync: string | null;
  /** Whether the last sync of this process reached the server (null: none tried yet). */
  online?: boolean | null;
  /** Why the last sync failed, if it did. */
  error?: string | null;
}

export interface TeamSyncReport {
  pushed: number;
  pulled: number;
  refused: Array<{ kind: 'term' | 'unit'; id: string; reason: string }>;
  conflicts: Conflict[];
}

/** The team server's own answers, passed on as they come (declared with the protocol). */
export type { TeamConcordanceHit, TeamConflictView, TeamResolved };

const name = z.string().min(1).max(200);

export const teamMethods = {
  'team.join': {
    input: z.object({ url: z.string().min(1).max(2000), token: z.string().min(1).max(500), ca: z.string().min(1).max(4000).optional() }).strict(),
    result: returns<TeamJoined>(),
  },
  'team.status': { input: z.object({}).strict(), result: returns<TeamStatus>() },
  'team.sync': { input: z.object({}).strict(), result: returns<TeamSyncReport>() },
  'team.leave': { input: z.object({ discard: z.boolean().optional() }).strict(), result: returns<{ left: string }>() },
  'team.share': {
    input: z
      .object({ glossary: name.optional(), tm: name.optional() })
      .strict()
      .refine((v) => (v.glossary === undefined) !== (v.tm === undefined), { message: 'name one glossary (--glossary NAME) or one memory (--tm NAME)' }),
    result: returns<{ shared: string }>(),
  },
  'team.conflicts': { input: z.object({}).strict(), result: returns<TeamConflictView[]>() },
  'team.resolve': {
    input: z.object({ id: z.number().int().min(1), pick: z.enum(['mine', 'theirs']) }).strict(),
    result: returns<TeamResolved>(),
  },
  'team.concordance': {
    input: z.object({ query: z.string().min(1).max(2000), limit: z.number().int().min(1).max(200).optional() }).strict(),
    result: returns<TeamConcordanceHit[]>(),
  },
} as const;
