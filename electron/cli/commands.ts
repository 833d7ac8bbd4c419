/** Every CLI command, from each feature's `cli.ts`, in the order `--help` lists them. A name is declared once. */
import { documentCommands } from '../features/documents/cli';
import { exportCommands } from '../features/export/cli';
import { glossaryCommands } from '../features/glossary/cli';
import { namesCommands } from '../features/names/cli';
import { qaCommands } from '../features/qa/cli';
import { reviewCommands } from '../features/review/cli';
import { workspaceCommands } from '../features/workspace/cli';
import { searchCommands } from '../features/search/cli';
import { tmCommands } from '../features/tm/cli';
import { teamCommands } from '../features/team/cli';
import type { CliCommand } from './command';

export const COMMANDS: readonly CliCommand[] = [
  ...documentCommands,
  ...exportCommands,
  ...glossaryCommands,
  ...reviewCommands,
  ...namesCommands,
  ...qaCommands,
  ...workspaceCommands,
  ...searchCommands,
  ...tmCommands,
  ...teamCommands,
];

const names = COMMANDS.map((c) => c.name);
const twice = names.find((n, i) => names.indexOf(n) !== i);
if (twice) throw new Error(`CLI command ${twice} is declared twice`);
