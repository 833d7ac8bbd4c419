/** CLI commands of the glossary feature. */
import path from 'node:path';
import { TERM_KINDS } from '../../../core/glossary/types';
import type { TermKind } from '../../../core/glossary/types';
import type { CliCommand, CliOption } from '../../cli/command';
import { CliError, DOC_OPTION, need } from '../../cli/command';
import { outputPath, writeAtomically } from '../../cli/files';

const GLOSSARY: CliOption = {
  type: 'string',
  value: 'NAME',
  help: 'the glossary (default: the workspace’s first, created as Main)',
};
const str = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export const glossaryCommands: CliCommand[] = [
  {
    name: 'glossary import',
    summary: 'import a CSV (source,target,kind,variants,note) or TBX glossary; nothing is imported if a row is bad',
    args: 'FILE',
    options: {
      glossary: GLOSSARY,
      'skip-invalid': { type: 'boolean', help: 'import the valid rows and list the bad ones' },
    },
    readsFile: 'glossary import: name the FILE to import',
    workspace: 'required',
    creates: true,
    async run(ctx) {
      const { path: file, bytes } = ctx.file!;
      ctx.print(
        await ctx.call('glossary.import', {
          fileName: path.basename(file),
          bytes,
          glossary: str(ctx.values.glossary),
          skipInvalid: ctx.values['skip-invalid'] === true,
        }),
      );
    },
  },
  {
    name: 'glossary export',
    summary: 'write a glossary as CSV or TBX',
    options: {
      glossary: GLOSSARY,
      format: { type: 'string', value: 'csv|tbx', help: 'the file format', required: true },
      out: { type: 'string', value: 'FILE', help: 'the file to write', required: true },
    },
    workspace: 'required',
    async run(ctx) {
      const format = need(ctx, 'format');
      if (format !== 'csv' && format !== 'tbx') throw new CliError(`--format must be csv or tbx, not ${format}`);
      const out = outputPath(need(ctx, 'out'));
      const file = await ctx.call('glossary.export', { glossary: str(ctx.values.glossary), format });
      writeAtomically(out, file.bytes);
      ctx.print({ out, bytes: file.bytes.length });
    },
  },
  {
    name: 'glossary add',
    summary: 'add one term',
    options: {
      glossary: GLOSSARY,
      source: { type: 'string', value: 'S', help: 'the Arabic', required: true },
      target: {
        type: 'string',
        value: 'T',
        help: 'the English (alternatives separated by |, the first preferred)',
        required: true,
      },
      kind: { type: 'string', value: TERM_KINDS.join('|'), help: 'what the term is', required: true },
      variants: { type: 'string', value: 'A|B', help: 'other Arabic spellings' },
      note: { type: 'string', value: 'N', help: 'a note for translators' },
    },
    workspace: 'required',
    creates: true,
    async run(ctx) {
      const kind = need(ctx, 'kind');
      if (!(TERM_KINDS as readonly string[]).includes(kind))
        throw new CliError(`--kind must be one of ${TERM_KINDS.join(', ')}, not ${kind}`);
      const variants = str(ctx.values.variants);
      ctx.print(
        await ctx.call('term.add', {
          glossary: str(ctx.values.glossary),
          source: need(ctx, 'source'),
          target: need(ctx, 'target'),
          kind: kind as TermKind,
          variants: variants ? variants.split('|') : [],
          note: str(ctx.values.note) ?? '',
        }),
      );
    },
  },
  {
    name: 'match',
    summary: 'the glossary terms found in a document’s Arabic (paragraph counted from 0, UTF-16 offsets)',
    options: { doc: DOC_OPTION },
    workspace: 'required',
    async run(ctx) {
      const matches = await ctx.call('document.matches', { id: need(ctx, 'doc') });
      ctx.print(
        matches.map(({ paragraph, start, end, text, source, target, kind }) => ({
          paragraph,
          start,
          end,
          text,
          source,
          target,
          kind,
        })),
      );
    },
  },
];
