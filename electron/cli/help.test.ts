import { describe, expect, it } from 'vitest';
import { formatsRunningAnywhere } from '../../core/formats/registry';
import { COMMANDS } from './commands';
import { runCli } from './run';

async function output(...argv: string[]): Promise<string> {
  let text = '';
  await runCli(argv, (s) => (text += s));
  return text;
}

describe('CLI help', () => {
  it('lists every command of the table', async () => {
    const help = await output('--help');
    for (const c of COMMANDS) expect(help).toMatch(new RegExp(`^  ${c.name}\\s`, 'm'));
    expect(help).toContain('import-review');
    expect(await output('help')).toBe(help);
  });

  it('prints a command’s options, and export lists every format that needs no desktop', async () => {
    const help = await output('help', 'export');
    expect(help).toMatch(/^usage: dragoman export --db DB --doc ID --format /m);
    for (const f of formatsRunningAnywhere()) expect(help).toContain(f);
    expect(help).toContain('--lang en|ar');
    expect(await output('glossary', 'add', '--help')).toMatch(/--source S .*--target T/);
  });

  it('answers an unknown command with the list of commands', async () => {
    await expect(output('frobnicate')).rejects.toThrow(/unknown command frobnicate\nusage: .*\n[\s\S]*translate/);
  });

  it('refuses an option the command does not take, naming the command', async () => {
    await expect(output('list', '--db', ':memory:', '--format', 'docx')).rejects.toThrow(
      /^list: Unknown option '--format'/,
    );
  });
});
