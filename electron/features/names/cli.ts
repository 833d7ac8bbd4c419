/** CLI commands of the names feature. */
import { SCHEMES } from '../../../core/api/contract';
import type { SchemeName } from '../../../core/api/contract';
import { decodeText } from '../../../core/formats/plain-text';
import type { CliCommand } from '../../cli/command';
import { CliError, DOC_OPTION, need } from '../../cli/command';
import { readInputFile } from '../../cli/files';

export const namesCommands: CliCommand[] = [
  {
    name: 'translit',
    summary: 'English spellings for Arabic names, best first (the glossary of --db first)',
    args: 'TEXT...',
    options: {
      scheme: { type: 'string', value: SCHEMES.join('|'), help: 'the romanisation (default news)' },
      file: { type: 'string', value: 'FILE', help: 'names to spell, one per line, instead of TEXT' },
    },
    workspace: 'optional',
    async run(ctx) {
      const scheme = typeof ctx.values.scheme === 'string' ? ctx.values.scheme : 'news';
      if (!(SCHEMES as readonly string[]).includes(scheme))
        throw new CliError(`--scheme must be one of ${SCHEMES.join(', ')}, not ${scheme}`);
      let inputs = ctx.positionals;
      if (typeof ctx.values.file === 'string') {
        const text = decodeText(readInputFile(ctx.values.file), ctx.values.file);
        inputs = text
          .replace(/\r\n?/g, '\n')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
      }
      if (inputs.length === 0) throw new CliError('translit: give one or more names, or --file FILE');
      const results = [];
      for (const input of inputs)
        results.push({
          input,
          candidates: await ctx.call('translit.suggest', { text: input, scheme: scheme as SchemeName }),
        });
      ctx.print(results);
    },
  },
  {
    name: 'names',
    summary: 'names in a document that no glossary covers, with a suggested spelling',
    options: { doc: DOC_OPTION },
    workspace: 'required',
    async run(ctx) {
      ctx.print(await ctx.call('names.discover', { documentId: need(ctx, 'doc') }));
    },
  },
];
