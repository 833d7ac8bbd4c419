/**
 * How a CLI command is declared: once, with its arguments, its options and their help, whether it reads a
 * file and whether it may create the workspace. `--help` and `help COMMAND` are generated from these.
 */
import type { Input, Method, Result } from '../../core/api/contract';

export class CliError extends Error {}

export interface CliOption {
  type: 'string' | 'boolean';
  help: string;
  /** Shown in the usage line, e.g. `ID`, `N`, `FILE`. */
  value?: string;
  required?: boolean;
}

export interface CliContext {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** The named input file, read (and checked) before the workspace was opened. */
  file?: { path: string; bytes: Uint8Array };
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<M>>;
  print(value: unknown): void;
  /** The workspace file as --db named it (resolved), for commands that handle the file itself. */
  dbFile?: string;
}

export interface CliCommand {
  /** One to three words: `list`, `glossary import`, `server user add`. */
  name: string;
  summary: string;
  /** Positional arguments as shown in the usage line, e.g. `FILE` or `TEXT...`. */
  args?: string;
  options: Record<string, CliOption>;
  /** The first positional is a file read before the workspace opens: the message when it is missing. */
  readsFile?: string;
  /** `required`: --db must name a workspace (created only if `creates`); `optional`: used when given. */
  workspace: 'required' | 'optional';
  creates?: boolean;
  /** The command works on the workspace file itself (backup, restore): the CLI does not open it first. */
  fileOnly?: boolean;
  run(ctx: CliContext): Promise<void>;
}

/** A string option's value, or a clear error naming the option. */
export function need(ctx: CliContext, name: string): string {
  const v = ctx.values[name];
  if (typeof v !== 'string' || v === '') throw new CliError(`missing --${name}`);
  return v;
}

/** `--doc` is the document's id as `list` prints it. */
export const DOC_OPTION: CliOption = {
  type: 'string',
  value: 'ID',
  help: 'the document (its id, as `list` prints it)',
  required: true,
};
