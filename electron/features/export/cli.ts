/** CLI command of the export feature: every format of the registry that needs no desktop. */
import type { WrittenFormatId } from '../../../core/formats/registry';
import { formatsRunningAnywhere } from '../../../core/formats/registry';
import type { CliCommand } from '../../cli/command';
import { CliError, DOC_OPTION, need } from '../../cli/command';
import { outputPath, writeAtomically } from '../../cli/files';

const FORMATS: readonly string[] = formatsRunningAnywhere();

export const exportCommands: CliCommand[] = [
  {
    name: 'export',
    summary: `write a document in a format: ${FORMATS.join(', ')}`,
    options: {
      doc: DOC_OPTION,
      format: { type: 'string', value: FORMATS.join('|'), help: 'the format (PDF needs the desktop app)', required: true },
      out: { type: 'string', value: 'FILE', help: 'the file to write (written whole or not at all)', required: true },
      lang: { type: 'string', value: 'en|ar', help: 'the language of the labels (default: the workspace’s)' },
    },
    workspace: 'required',
    async run(ctx) {
      const format = need(ctx, 'format');
      if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')} (pdf needs the desktop app), not ${format}`);
      const out = outputPath(need(ctx, 'out'));
      const lang = ctx.values.lang;
      if (lang !== undefined && lang !== 'en' && lang !== 'ar') throw new CliError('--lang must be en or ar');
      const file = await ctx.call('document.export', {
        id: need(ctx, 'doc'),
        format: format as WrittenFormatId,
        options: lang ? { uiLanguage: lang } : {},
      });
      writeAtomically(out, file.bytes);
      ctx.print({ out, bytes: file.bytes.length, mime: file.mime });
    },
  },
];
