/** CLI command of the QA feature. */
import type { CliCommand } from '../../cli/command';
import { DOC_OPTION, need } from '../../cli/command';

export const qaCommands: CliCommand[] = [
  {
    name: 'qa',
    summary: 'the QA flags of a document (paragraph counted from 0), accepted ones left out',
    options: { doc: DOC_OPTION },
    workspace: 'required',
    async run(ctx) {
      ctx.print(await ctx.call('document.qa', { id: need(ctx, 'doc') }));
    },
  },
];
