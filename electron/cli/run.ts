/**
 * Runs one CLI command from the table: parses its options, reads its input file before anything is opened
 * (so a bad file leaves no trace, not even a new empty workspace), opens one workspace for the whole run and
 * calls the same handlers as the app. JSON on stdout; errors are thrown as CliError (one line each).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import type { Input, Method, Result } from '../../core/api/contract';
import type { Message } from '../../core/i18n/message';
import { englishText, isMessage } from '../../core/i18n/message';
import { composeApp } from '../app/compose';
import { resolveWorkspace } from '../workspace-path';
import type { CliCommand, CliContext } from './command';
import { CliError } from './command';
import { COMMANDS } from './commands';
import { readInputFile } from './files';
import { commandHelp, usage } from './help';

function findCommand(argv: readonly string[]): { command: CliCommand | undefined; word: string; rest: string[] } {
  // The longest name first: `server user add` (three words), `glossary import` (two), `list` (one).
  for (const n of [3, 2]) {
    if (argv.length < n) continue;
    const found = COMMANDS.find((c) => c.name === argv.slice(0, n).join(' '));
    if (found) return { command: found, word: found.name, rest: argv.slice(n) };
  }
  const first = argv[0] ?? '';
  const one = COMMANDS.find((c) => c.name === first);
  return { command: one, word: first, rest: argv.slice(1) };
}

export async function runCli(argv: string[], out: (s: string) => void): Promise<void> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || (argv[0] === 'help' && argv.length === 1)) {
    out(`${usage(COMMANDS)}\n`);
    return;
  }
  if (argv[0] === 'help') {
    const { command, word } = findCommand(argv.slice(1));
    if (!command) throw new CliError(`unknown command ${word}\n${usage(COMMANDS)}`);
    out(`${commandHelp(command)}\n`);
    return;
  }
  const { command, word, rest } = findCommand(argv);
  if (!command) throw new CliError(`unknown command ${word}\n${usage(COMMANDS)}`);
  const options: NonNullable<ParseArgsConfig['options']> = { db: { type: 'string' }, help: { type: 'boolean' } };
  for (const [name, o] of Object.entries(command.options)) options[name] = { type: o.type };
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(`${command.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const values = parsed.values as CliContext['values'];
  if (values.help) {
    out(`${commandHelp(command)}\n`);
    return;
  }
  const dbArg = typeof values.db === 'string' ? values.db : undefined;
  if (command.workspace === 'required' && !dbArg) throw new CliError('missing --db (the workspace file)');
  const file = command.readsFile ? readNamed(parsed.positionals[0], command.readsFile) : undefined;
  const dbFile = dbArg ? resolveWorkspace(dbArg) : ':memory:';
  if (dbArg && !command.creates && !existsSync(dbFile)) throw new CliError(`${dbFile}: no such workspace`);
  // Messages inside results (a skipped unit's reason) print as the English line, as errors do.
  const print = (v: unknown): void =>
    out(`${JSON.stringify(v, (_k, x: unknown) => (isResultMessage(x) ? englishText(x) : x), 2)}\n`);
  if (command.fileOnly) {
    const call = (): Promise<never> => Promise.reject(new CliError(`${command.name} does not open the workspace`));
    await command.run({ values, positionals: parsed.positionals, call, print, dbFile });
    return;
  }
  const app = composeApp({ dbFile, log: () => undefined });
  try {
    const ctx: CliContext = {
      values,
      positionals: parsed.positionals,
      ...(file ? { file } : {}),
      call: async <M extends Method>(method: M, input: Input<M>): Promise<Result<M>> => {
        const r = await app.dispatch(method, input);
        if (!r.ok) throw new CliError(r.error.message);
        return r.value as Result<M>;
      },
      print,
      dbFile,
    };
    await command.run(ctx);
  } finally {
    app.close();
  }
}

function readNamed(file: string | undefined, missing: string): { path: string; bytes: Uint8Array } {
  if (!file) throw new CliError(missing);
  return { path: file, bytes: readInputFile(file) };
}

/** A message as results carry it: only `key` and `values`, the key one of ours (a term's own `key` is Arabic). */
function isResultMessage(x: unknown): x is Message {
  return isMessage(x) && Object.keys(x).every((k) => k === 'key' || k === 'values');
}
