/** CLI command of the export feature: every format of the registry that needs no desktop. */
import type { WrittenFormatId } from '../../../core/formats/registry';
import { formatsRunningAnywhere } from '../../../core/formats/registry';
import type { CliCommand } from '../../cli/command';
import { CliError, DOC_OPTION, need } from '../../cli/command';
import { outputPath, writeAtomically } from '../../cli/files';

const FORMATS: readonly string[] = formatsRunningAnywhere();

/** The bilingual layout's switches: each `true|false`, so a script says what it wants whatever the defaults. */
const LAYOUT_FLAGS = {
  appendix: { option: 'glossaryAppendix', help: 'the appendix of the names and terms used (bilingual formats)' },
  header: { option: 'header', help: 'the page header and footer (title, date, page numbers)' },
  progress: { option: 'progressLine', help: 'the progress line in the header (the desk’s copy; default false)' },
  'status-column': { option: 'statusColumn', help: 'a column with each row’s status' },
  numbers: { option: 'numberColumn', help: 'a column with the paragraph numbers (counted from 1)' },
  comments: { option: 'commentsColumn', help: 'a column with the rows’ comments' },
} as const;
type LayoutOption = (typeof LAYOUT_FLAGS)[keyof typeof LAYOUT_FLAGS]['option'];

/** The layout switches given on the command line; anything but true or false is refused, naming the flag. */
export function layoutOptions(
  values: Record<string, string | boolean | undefined>,
): Partial<Record<LayoutOption, boolean>> {
  const out: Partial<Record<LayoutOption, boolean>> = {};
  for (const [flag, { option }] of Object.entries(LAYOUT_FLAGS)) {
    const v = values[flag];
    if (v === undefined) continue;
    if (v !== 'true' && v !== 'false') throw new CliError(`--${flag} must be true or false, not ${String(v)}`);
    out[option] = v === 'true';
  }
  return out;
}

export const exportCommands: CliCommand[] = [
  {
    name: 'export',
    summary: `write a document in a format: ${FORMATS.join(', ')}`,
    options: {
      doc: DOC_OPTION,
      format: {
        type: 'string',
        value: FORMATS.join('|'),
        help: 'the format (PDF needs the desktop app)',
        required: true,
      },
      out: { type: 'string', value: 'FILE', help: 'the file to write (written whole or not at all)', required: true },
      lang: { type: 'string', value: 'en|ar', help: 'the language of the labels (default: the workspace’s)' },
      ...Object.fromEntries(
        Object.entries(LAYOUT_FLAGS).map(([flag, f]) => [
          flag,
          { type: 'string' as const, value: 'true|false', help: f.help },
        ]),
      ),
    },
    workspace: 'required',
    async run(ctx) {
      const format = need(ctx, 'format');
      if (!FORMATS.includes(format))
        throw new CliError(`--format must be one of ${FORMATS.join(', ')} (pdf needs the desktop app), not ${format}`);
      const out = outputPath(need(ctx, 'out'));
      const lang = ctx.values.lang;
      if (lang !== undefined && lang !== 'en' && lang !== 'ar') throw new CliError('--lang must be en or ar');
      const layout = layoutOptions(ctx.values);
      const file = await ctx.call('document.export', {
        id: need(ctx, 'doc'),
        format: format as WrittenFormatId,
        options: { ...(lang ? { uiLanguage: lang } : {}), ...layout },
      });
      writeAtomically(out, file.bytes);
      ctx.print({ out, bytes: file.bytes.length, mime: file.mime });
    },
  },
];
