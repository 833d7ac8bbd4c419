/** Usage text generated from the command table. */
import type { CliCommand, CliOption } from './command';

const DB_HELP = 'the workspace file (created by import and glossary commands)';

function optionUsage(name: string, o: CliOption): string {
  const flag = o.type === 'boolean' ? `--${name}` : `--${name} ${o.value ?? 'VALUE'}`;
  return o.required ? flag : `[${flag}]`;
}

export function usageLine(c: CliCommand): string {
  const db = c.workspace === 'required' ? '--db DB' : '[--db DB]';
  const opts = Object.entries(c.options).map(([n, o]) => optionUsage(n, o));
  return [c.name, c.args, db, ...opts].filter(Boolean).join(' ');
}

export function usage(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'usage: dragoman COMMAND [options]   (dragoman help COMMAND for its options)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

export function commandHelp(c: CliCommand): string {
  const lines = [
    `usage: dragoman ${usageLine(c)}`,
    '',
    c.summary,
    '',
    `  --db DB  ${c.workspace === 'required' ? DB_HELP : 'a workspace whose glossary comes first'}`,
  ];
  for (const [name, o] of Object.entries(c.options)) {
    lines.push(`  ${o.type === 'boolean' ? `--${name}` : `--${name} ${o.value ?? 'VALUE'}`}  ${o.help}`);
  }
  return lines.join('\n');
}
