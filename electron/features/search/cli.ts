/** CLI commands of the search feature. Paragraphs are counted from 0, as everywhere in the CLI. */
import type { CliCommand } from '../../cli/command';
import { CliError, DOC_OPTION, need } from '../../cli/command';

const flag = (ctx: { values: Record<string, string | boolean | undefined> }, name: string): boolean =>
  ctx.values[name] === true;

export const searchCommands: CliCommand[] = [
  {
    name: 'search',
    summary:
      'find a word over a whole document: [{"paragraph","side","start","end","text"}] (Arabic whole-word with clitics)',
    options: {
      doc: DOC_OPTION,
      query: { type: 'string', value: 'Q', help: 'what to find', required: true },
      side: { type: 'string', value: 'ar|en|both', help: 'where to look (default both)' },
      'match-case': { type: 'boolean', help: 'English: upper and lower case differ' },
      'whole-word': { type: 'boolean', help: 'English: whole words only' },
      partial: { type: 'boolean', help: 'Arabic: any part of a word (جوزجان then finds جوزجانية)' },
      regex: { type: 'boolean', help: 'a JavaScript regular expression, on the text as stored' },
    },
    workspace: 'required',
    async run(ctx) {
      const side = typeof ctx.values.side === 'string' ? ctx.values.side : 'both';
      if (side !== 'ar' && side !== 'en' && side !== 'both')
        throw new CliError(`--side must be ar, en or both, not ${side}`);
      const r = await ctx.call('search.find', {
        documentId: need(ctx, 'doc'),
        query: need(ctx, 'query'),
        side,
        matchCase: flag(ctx, 'match-case'),
        wholeWord: flag(ctx, 'whole-word'),
        partial: flag(ctx, 'partial'),
        regex: flag(ctx, 'regex'),
        limit: 100_000,
      });
      ctx.print(
        r.hits.map((h) => ({ paragraph: h.paragraph, side: h.side, start: h.start, end: h.end, text: h.text })),
      );
    },
  },
  {
    name: 'replace',
    summary:
      'replace in the English of a document: {"changed": [{"index","before","after"}], "refused": [{"index","reason"}]}',
    options: {
      doc: DOC_OPTION,
      find: { type: 'string', value: 'F', help: 'what to replace', required: true },
      with: { type: 'string', value: 'R', help: 'the replacement (with --regex, $1 names a group)', required: true },
      regex: { type: 'boolean', help: 'F is a JavaScript regular expression' },
      'match-case': { type: 'boolean', help: 'upper and lower case differ' },
      'whole-word': { type: 'boolean', help: 'whole words only' },
      'dry-run': { type: 'boolean', help: 'say what would change, write nothing' },
    },
    workspace: 'required',
    async run(ctx) {
      if (typeof ctx.values.with !== 'string') throw new CliError('missing --with');
      const r = await ctx.call('search.replace', {
        documentId: need(ctx, 'doc'),
        find: need(ctx, 'find'),
        with: ctx.values.with,
        regex: flag(ctx, 'regex'),
        matchCase: flag(ctx, 'match-case'),
        wholeWord: flag(ctx, 'whole-word'),
        dryRun: flag(ctx, 'dry-run'),
      });
      ctx.print({
        changed: r.changed.map((c) => ({ index: c.index, before: c.before, after: c.after })),
        refused: r.refused.map((x) => ({ index: x.index, reason: x.reason })),
      });
    },
  },
];
