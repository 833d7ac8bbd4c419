/**
 * CLI commands of the translation memory. Paragraphs are counted from 0. `--tm` defaults to the workspace's first
 * memory (created as "Main" when none exists).
 */
import path from 'node:path';
import type { TmMatch } from '../../../core/api/methods/tm';
import type { CliCommand, CliContext, CliOption } from '../../cli/command';
import { CliError, DOC_OPTION, need } from '../../cli/command';
import { outputPath, writeAtomically } from '../../cli/files';

const TM: CliOption = {
  type: 'string',
  value: 'NAME',
  help: 'the memory (default: the workspace’s first, created as Main)',
};
const MIN: CliOption = {
  type: 'string',
  value: 'N',
  help: 'the lowest score offered (default: the tmMinScore setting, 70)',
};
const LIMIT: CliOption = { type: 'string', value: 'N', help: 'at most N matches (per row; default 5)' };
const str = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

function int(ctx: CliContext, name: string, lo: number, hi: number): number | undefined {
  const v = str(ctx.values[name]);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < lo || Number(v) > hi)
    throw new CliError(`--${name} must be a whole number from ${lo} to ${hi}, not ${v}`);
  return Number(v);
}

/** A match as the CLI prints it. */
function shown(m: TmMatch): Record<string, unknown> {
  const out: Record<string, unknown> = {
    score: m.score,
    source: m.source,
    target: m.target,
    tm: m.tm,
    tuid: m.tuid ?? null,
    origin: m.origin,
  };
  if (m.sentence !== undefined) out.sentence = m.sentence;
  if (m.placeables) out.placeables = m.placeables;
  return out;
}

export const tmCommands: CliCommand[] = [
  {
    name: 'tm import',
    summary:
      'import a TMX 1.4b or XLIFF file into a memory: {"tm","added","updated","skipped","errors"}; a broken file changes nothing',
    args: 'FILE',
    options: { tm: TM },
    readsFile: 'tm import: name the TMX or XLIFF FILE to import',
    workspace: 'required',
    creates: true,
    async run(ctx) {
      const { path: file, bytes } = ctx.file!;
      ctx.print(await ctx.call('tm.import', { fileName: path.basename(file), bytes, tm: str(ctx.values.tm) }));
    },
  },
  {
    name: 'tm list',
    summary: 'the memories in their priority order: [{"id","name","priority","penalty","units","enabled"}]',
    options: { doc: { ...DOC_OPTION, required: false, help: 'say whether each memory is on for this document' } },
    workspace: 'required',
    async run(ctx) {
      const list = await ctx.call('tm.list', { documentId: str(ctx.values.doc) });
      ctx.print(
        list.map(({ id, name, priority, penalty, units, enabled }) => ({
          id,
          name,
          priority,
          penalty,
          units,
          enabled,
        })),
      );
    },
  },
  {
    name: 'tm set',
    summary: 'change a memory’s priority (1 first) or penalty, or switch it on or off for one document',
    args: 'NAME',
    options: {
      priority: { type: 'string', value: 'N', help: 'its place in the lookup order (1 first)' },
      penalty: { type: 'string', value: 'N', help: 'points subtracted from its scores (0–100)' },
      doc: { ...DOC_OPTION, required: false, help: 'the document --enabled applies to' },
      enabled: { type: 'string', value: 'true|false', help: 'use this memory for the document (needs --doc)' },
    },
    workspace: 'required',
    async run(ctx) {
      const name = ctx.positionals[0];
      if (!name) throw new CliError('tm set: name the memory (tm set NAME)');
      const enabled = str(ctx.values.enabled);
      if (enabled !== undefined && enabled !== 'true' && enabled !== 'false')
        throw new CliError(`--enabled must be true or false, not ${enabled}`);
      const list = await ctx.call('tm.set', {
        tm: name,
        priority: int(ctx, 'priority', 1, 1000),
        penalty: int(ctx, 'penalty', 0, 100),
        documentId: str(ctx.values.doc),
        enabled: enabled === undefined ? undefined : enabled === 'true',
      });
      ctx.print(
        list.map(({ id, name: n, priority, penalty, units, enabled: e }) => ({
          id,
          name: n,
          priority,
          penalty,
          units,
          enabled: e,
        })),
      );
    },
  },
  {
    name: 'tm add-doc',
    summary: 'add a document’s confirmed rows to a memory',
    options: { doc: DOC_OPTION, tm: TM },
    workspace: 'required',
    async run(ctx) {
      ctx.print(await ctx.call('tm.addDocument', { documentId: need(ctx, 'doc'), tm: str(ctx.values.tm) }));
    },
  },
  {
    name: 'tm export',
    summary: 'write a whole memory as TMX 1.4b',
    options: { tm: TM, out: { type: 'string', value: 'FILE', help: 'the file to write', required: true } },
    workspace: 'required',
    async run(ctx) {
      const out = outputPath(need(ctx, 'out'));
      const file = await ctx.call('tm.export', { tm: str(ctx.values.tm) });
      writeAtomically(out, file.bytes);
      ctx.print({ out, bytes: file.bytes.length });
    },
  },
  {
    name: 'tm lookup',
    summary:
      'matches for an Arabic text (--text), or for every paragraph of a document (--doc; sentence matches carry "sentence")',
    options: {
      text: { type: 'string', value: 'TEXT', help: 'the Arabic to look up' },
      doc: { ...DOC_OPTION, required: false, help: 'look up every paragraph of this document instead' },
      min: MIN,
      limit: LIMIT,
    },
    workspace: 'required',
    async run(ctx) {
      const min = int(ctx, 'min', 0, 101);
      const limit = int(ctx, 'limit', 1, 100);
      const text = str(ctx.values.text);
      const doc = str(ctx.values.doc);
      if ((text === undefined) === (doc === undefined)) throw new CliError('tm lookup: give either --text or --doc');
      if (text !== undefined) {
        ctx.print((await ctx.call('tm.lookup', { text, min, limit })).map(shown));
        return;
      }
      const rows = await ctx.call('tm.lookupDocument', { documentId: doc!, min, limit });
      ctx.print(
        rows.map((r) => ({
          paragraph: r.paragraph,
          matches: r.matches.map(shown),
          ...(r.assembled ? { assembled: r.assembled } : {}),
        })),
      );
    },
  },
  {
    name: 'tm settings',
    summary: 'the memory’s settings, changed by the options given: {"tmMinScore","maxMatches","repetitions"}',
    options: {
      min: { type: 'string', value: 'N', help: 'tmMinScore: the lowest score offered (default 70)' },
      limit: { type: 'string', value: 'N', help: 'at most N matches per row (default 5)' },
      repetitions: {
        type: 'string',
        value: 'true|false',
        help: 'fill identical rows when one is confirmed (default true)',
      },
    },
    workspace: 'required',
    creates: true,
    async run(ctx) {
      const rep = str(ctx.values.repetitions);
      if (rep !== undefined && rep !== 'true' && rep !== 'false')
        throw new CliError(`--repetitions must be true or false, not ${rep}`);
      ctx.print(
        await ctx.call('tm.setSettings', {
          tmMinScore: int(ctx, 'min', 0, 101),
          maxMatches: int(ctx, 'limit', 1, 100),
          repetitions: rep === undefined ? undefined : rep === 'true',
        }),
      );
    },
  },
  {
    name: 'concordance',
    summary:
      'search the memories’ Arabic (any clitics and spelling) or English: [{"source","target","tm","origin","side","start","end"}]',
    options: {
      query: { type: 'string', value: 'Q', help: 'the words to find', required: true },
      side: {
        type: 'string',
        value: 'ar|en',
        help: 'which side to search (default: Arabic when Q has Arabic letters)',
      },
      limit: { type: 'string', value: 'N', help: 'at most N hits (default 20)' },
    },
    workspace: 'required',
    async run(ctx) {
      const side = str(ctx.values.side);
      if (side !== undefined && side !== 'ar' && side !== 'en')
        throw new CliError(`--side must be ar or en, not ${side}`);
      const hits = await ctx.call('tm.concordance', {
        query: need(ctx, 'query'),
        side,
        limit: int(ctx, 'limit', 1, 100),
      });
      ctx.print(
        hits.map(({ source, target, tm, origin, side: s, start, end }) => ({
          source,
          target,
          tm,
          origin,
          side: s,
          start,
          end,
        })),
      );
    },
  },
  {
    name: 'pretranslate',
    summary: 'fill a document’s empty rows with their best match as drafts: {"filled", "bands"}',
    options: { doc: DOC_OPTION, min: MIN },
    workspace: 'required',
    async run(ctx) {
      ctx.print(await ctx.call('tm.pretranslate', { documentId: need(ctx, 'doc'), min: int(ctx, 'min', 0, 101) }));
    },
  },
  {
    name: 'analyze',
    summary: 'rows and words of a document by match band (context, 100, 95-99, 85-94, 75-84, 50-74, none, repetition)',
    options: { doc: DOC_OPTION },
    workspace: 'required',
    async run(ctx) {
      ctx.print(await ctx.call('tm.analyze', { documentId: need(ctx, 'doc') }));
    },
  },
];
