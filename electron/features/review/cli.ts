/** CLI command of the review feature. */
import path from 'node:path';
import type { CliCommand } from '../../cli/command';
import { DOC_OPTION, need } from '../../cli/command';

export const reviewCommands: CliCommand[] = [
  {
    name: 'import-review',
    summary: 'apply a reviewer’s corrections from a bilingual DOCX: {"changed", "conflicts"}',
    args: 'FILE',
    options: { doc: DOC_OPTION },
    readsFile: 'import-review: name the reviewed DOCX FILE',
    workspace: 'required',
    async run(ctx) {
      const { path: file, bytes } = ctx.file!;
      ctx.print(
        await ctx.call('document.importReview', { id: need(ctx, 'doc'), fileName: path.basename(file), bytes }),
      );
    },
  },
];
