/** CLI command of the QA feature: the flags as JSON, or the QA report written to a file. */
import { QA_CHECK_IDS } from '../../../core/qa/registry';
import type { CliCommand } from '../../cli/command';
import { CliError, DOC_OPTION, need } from '../../cli/command';
import { outputPath, writeAtomically } from '../../cli/files';

export const qaCommands: CliCommand[] = [
  {
    name: 'qa',
    summary: 'the QA flags of a document (paragraph counted from 0), accepted ones left out; or the QA report',
    options: {
      doc: DOC_OPTION,
      check: {
        type: 'string',
        value: 'ID,ID…',
        help: `only these checks: ${QA_CHECK_IDS.join(', ')} (default: those switched on)`,
      },
      format: {
        type: 'string',
        value: 'json|csv|html',
        help: 'json prints the flags (default); csv and html write the report to --out',
      },
      out: { type: 'string', value: 'FILE', help: 'where the csv/html report is written (whole or not at all)' },
    },
    workspace: 'required',
    async run(ctx) {
      const id = need(ctx, 'doc');
      const format = ctx.values.format ?? 'json';
      if (format !== 'json' && format !== 'csv' && format !== 'html')
        throw new CliError(`--format must be json, csv or html, not ${String(format)}`);
      const check = ctx.values.check;
      const checks =
        typeof check === 'string'
          ? check
              .split(',')
              .map((c) => c.trim())
              .filter((c) => c !== '')
          : undefined;
      const unknown = (checks ?? []).filter((c) => !QA_CHECK_IDS.includes(c));
      if (unknown.length)
        throw new CliError(`--check: unknown check ${unknown.join(', ')}; use ${QA_CHECK_IDS.join(', ')}`);
      if (format === 'json') {
        if (ctx.values.out !== undefined) throw new CliError('--out goes with --format csv or html');
        const flags = await ctx.call('document.qa', checks ? { id, checks } : { id });
        // The CLI's shape: no params, no fix (the UI's); paragraph counted from 0.
        ctx.print(flags.map(({ params: _params, fix: _fix, ...rest }) => rest));
        return;
      }
      if (checks) throw new CliError('--check goes with the JSON flags; the report has every check switched on');
      const out = outputPath(need(ctx, 'out'));
      const report = await ctx.call('qa.report', { id, format });
      const bytes = new TextEncoder().encode(report.text);
      writeAtomically(out, bytes);
      ctx.print({ out, bytes: bytes.length, mime: report.mime });
    },
  },
];
