/**
 * CLI commands of the team feature: the server's users (straight in its PostgreSQL, `--pg URL`: whoever
 * administers the database administers the desk) and linking, syncing and sharing a workspace.
 */
import { addUser, listUsers, removeUser, ROLES } from '../../../server/users';
import { openStore } from '../../../server/store';
import type { Store } from '../../../server/store';
import type { CliCommand, CliOption } from '../../cli/command';
import { CliError, need } from '../../cli/command';

const PG: CliOption = {
  type: 'string',
  value: 'URL',
  help: 'the team server’s PostgreSQL (postgresql://USER@HOST:PORT/DATABASE)',
  required: true,
};
const str = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

async function withStore<T>(url: string, fn: (s: Store) => Promise<T>): Promise<T> {
  let store: Store;
  try {
    store = await openStore(url, { max: 1 });
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  try {
    return await fn(store);
  } catch (e) {
    throw new CliError((e as Error).message);
  } finally {
    await store.close();
  }
}

export const teamCommands: CliCommand[] = [
  {
    name: 'server user add',
    summary: 'add a user of the team server; prints its token once (the server keeps only a hash)',
    args: 'NAME',
    options: { role: { type: 'string', value: ROLES.join('|'), help: 'what the user may do', required: true }, pg: PG },
    workspace: 'optional',
    async run(ctx) {
      const name = ctx.positionals[0];
      if (!name) throw new CliError('server user add: name the user (server user add NAME --role ROLE --pg URL)');
      const role = need(ctx, 'role');
      ctx.print(await withStore(need(ctx, 'pg'), (s) => addUser(s, name, role)));
    },
  },
  {
    name: 'server user list',
    summary: 'the users of the team server: [{"user","role","created"}]',
    options: { pg: PG },
    workspace: 'optional',
    async run(ctx) {
      ctx.print(await withStore(need(ctx, 'pg'), (s) => listUsers(s)));
    },
  },
  {
    name: 'server user remove',
    summary: 'remove a user (its token stops working at once)',
    args: 'NAME',
    options: { pg: PG },
    workspace: 'optional',
    async run(ctx) {
      const name = ctx.positionals[0];
      if (!name) throw new CliError('server user remove: name the user');
      ctx.print(await withStore(need(ctx, 'pg'), (s) => removeUser(s, name)));
    },
  },
  {
    name: 'team join',
    summary: 'link the workspace to a team server: {"team","user","role"}',
    args: 'URL',
    options: {
      token: { type: 'string', value: 'T', help: 'your token, as `server user add` printed it', required: true },
      ca: {
        type: 'string',
        value: 'FILE',
        help: 'the CA certificate (PEM) of a server with a self-signed certificate',
      },
    },
    workspace: 'required',
    creates: true,
    async run(ctx) {
      const url = ctx.positionals[0];
      if (!url) throw new CliError('team join: give the server’s URL (team join URL --token T --db DB)');
      const ca = str(ctx.values.ca);
      ctx.print(await ctx.call('team.join', { url, token: need(ctx, 'token'), ...(ca ? { ca } : {}) }));
    },
  },
  {
    name: 'team sync',
    summary: 'push the outbox and pull the team’s changes once: {"pushed","pulled","refused","conflicts"}',
    options: {},
    workspace: 'required',
    async run(ctx) {
      // The CLI speaks English: each refusal's reason as text (the message form is for the UI).
      const report = await ctx.call('team.sync', {});
      ctx.print({ ...report, refused: report.refused.map(({ kind, id, reason }) => ({ kind, id, reason })) });
    },
  },
  {
    name: 'team status',
    summary: 'whether the workspace is linked, as whom, changes pending, last sync',
    options: {},
    workspace: 'required',
    async run(ctx) {
      const { linked, team, user, pending, lastSync } = await ctx.call('team.status', {});
      ctx.print({ linked, team, user, pending, lastSync });
    },
  },
  {
    name: 'team leave',
    summary: 'unlink the workspace (its glossaries stay, as local ones); refuses while changes are unsent',
    options: {
      discard: {
        type: 'boolean',
        help: 'leave even though changes have not reached the server (they stay local only)',
      },
    },
    workspace: 'required',
    async run(ctx) {
      ctx.print(await ctx.call('team.leave', { discard: ctx.values.discard === true }));
    },
  },
  {
    name: 'team share',
    summary: 'share a glossary or a memory (admins only) or a document (not viewers) of this workspace with the team',
    options: {
      glossary: { type: 'string', value: 'NAME', help: 'the glossary to share' },
      tm: { type: 'string', value: 'NAME', help: 'the memory to share' },
      doc: { type: 'string', value: 'ID', help: 'the document to share, with its rows (as `list` prints its id)' },
    },
    workspace: 'required',
    async run(ctx) {
      const glossary = str(ctx.values.glossary);
      const tm = str(ctx.values.tm);
      const doc = str(ctx.values.doc);
      if ([glossary, tm, doc].filter((x) => x !== undefined).length !== 1)
        throw new CliError('team share: give one of --glossary NAME, --tm NAME or --doc ID');
      ctx.print(await ctx.call('team.share', glossary ? { glossary } : tm ? { tm } : { doc: doc! }));
    },
  },
  {
    name: 'team assign',
    summary: 'set a shared document’s translator and reviewer (admins only; `-` for nobody)',
    options: {
      doc: { type: 'string', value: 'ID', help: 'the shared document', required: true },
      translator: { type: 'string', value: 'NAME', help: 'its translator' },
      reviewer: { type: 'string', value: 'NAME', help: 'its reviewer (only they, or an admin, mark rows reviewed)' },
    },
    workspace: 'required',
    async run(ctx) {
      const who = (v: string | undefined): string | null | undefined => (v === '-' ? null : v);
      const translator = who(str(ctx.values.translator));
      const reviewer = who(str(ctx.values.reviewer));
      if (translator === undefined && reviewer === undefined)
        throw new CliError('team assign: give --translator NAME, --reviewer NAME or both');
      const {
        shared,
        translator: t,
        reviewer: r,
      } = await ctx.call('team.assign', {
        doc: need(ctx, 'doc'),
        ...(translator !== undefined ? { translator } : {}),
        ...(reviewer !== undefined ? { reviewer } : {}),
      });
      ctx.print({ shared, translator: t, reviewer: r });
    },
  },
  {
    name: 'team history',
    summary:
      'a shared row’s history, oldest first: [{"kind":"version|lost|local","version","target","status","author","at"}]',
    options: {
      doc: { type: 'string', value: 'ID', help: 'the shared document', required: true },
      paragraph: { type: 'string', value: 'N', help: 'the paragraph, counted from 0', required: true },
    },
    workspace: 'required',
    async run(ctx) {
      const n = need(ctx, 'paragraph');
      if (!/^\d+$/.test(n)) throw new CliError(`--paragraph must be a number counted from 0, not ${n}`);
      ctx.print(await ctx.call('team.history', { documentId: need(ctx, 'doc'), index: Number(n) }));
    },
  },
  {
    name: 'team conflicts',
    summary: 'the open conflicts of shared terms on the server: [{"id","termId","field","mine","theirs","author"}]',
    options: {},
    workspace: 'required',
    async run(ctx) {
      ctx.print(await ctx.call('team.conflicts', {}));
    },
  },
  {
    name: 'team resolve',
    summary: 'pick one side of a term conflict (an admin or the term’s author): {"id","kept"}',
    args: 'ID',
    options: {
      pick: {
        type: 'string',
        value: 'mine|theirs',
        help: '`mine`: the value kept aside goes in; `theirs`: the server’s value stays',
        required: true,
      },
    },
    workspace: 'required',
    async run(ctx) {
      const id = Number(ctx.positionals[0]);
      if (!Number.isInteger(id) || id < 1)
        throw new CliError('team resolve: give the conflict’s id, as team conflicts prints it');
      const pick = need(ctx, 'pick');
      if (pick !== 'mine' && pick !== 'theirs') throw new CliError(`--pick must be mine or theirs, not ${pick}`);
      ctx.print(await ctx.call('team.resolve', { id, pick }));
    },
  },
  {
    name: 'team concordance',
    summary: 'search the team’s shared memories on the server (Arabic normalised as in the workspace)',
    args: 'TEXT...',
    options: { limit: { type: 'string', value: 'N', help: 'at most N hits (default 20)' } },
    workspace: 'required',
    async run(ctx) {
      const query = ctx.positionals.join(' ').trim();
      if (!query) throw new CliError('team concordance: give the text to look for');
      const limit = ctx.values.limit === undefined ? undefined : Number(ctx.values.limit);
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > 200))
        throw new CliError('--limit must be a number from 1 to 200');
      ctx.print(await ctx.call('team.concordance', { query, ...(limit ? { limit } : {}) }));
    },
  },
];
