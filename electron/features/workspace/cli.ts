/** `backup` and `restore`: copies of the workspace file, made and put back without opening it for work. */
import { backupTo, restoreFrom } from '../../../db/backup';
import type { CliCommand } from '../../cli/command';
import { CliError, need } from '../../cli/command';

export const workspaceCommands: readonly CliCommand[] = [
  {
    name: 'backup',
    summary: 'copy the workspace, consistently even while the app has it open, to a new file',
    options: { out: { type: 'string', value: 'FILE', help: 'the new file (must not exist)', required: true } },
    workspace: 'required',
    fileOnly: true,
    async run(ctx) {
      ctx.print(backupTo(ctx.dbFile as string, need(ctx, 'out')));
    },
  },
  {
    name: 'restore',
    summary: 'put a backup in place of the workspace (what it replaces is backed up first); close the app first',
    args: 'FILE',
    options: {},
    workspace: 'required',
    creates: true,
    fileOnly: true,
    async run(ctx) {
      const from = ctx.positionals[0];
      if (!from) throw new CliError('restore: name the backup file to restore');
      ctx.print(restoreFrom(from, ctx.dbFile as string));
    },
  },
];
