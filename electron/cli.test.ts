import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED } from '../scripts/shared-samples';

const ROOT = path.resolve(import.meta.dirname, '..');

function cli(...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-cli-'));
  const db = path.join(dir, 'w.sqlite');

  it('imports, lists, translates, shows and exports the seed article as JSON', () => {
    const imported = cli('import', SEED, '--db', db, '--title', 'Tasnim report');
    expect(imported.stderr).toBe('');
    const { documentId, paragraphs } = JSON.parse(imported.stdout) as { documentId: string; paragraphs: number };
    expect(typeof documentId).toBe('string');
    expect(paragraphs).toBe(10);

    expect(
      cli('translate', '--db', db, '--doc', documentId, '--paragraph', '1', '--text', 'Tehran-SANA', '--confirm')
        .status,
    ).toBe(0);
    expect(
      JSON.parse(
        cli('translate', '--db', db, '--doc', documentId, '--paragraph', '2', '--text', 'Tasnim revealed').stdout,
      ),
    ).toMatchObject({ status: 'draft' });

    const list = JSON.parse(cli('list', '--db', db).stdout) as Array<Record<string, unknown>>;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: documentId, title: 'Tasnim report', paragraphs: 10, translated: 1 });
    expect(Object.keys(list[0]!).sort()).toEqual([
      'id',
      'paragraphs',
      'title',
      'translated',
      'updatedAt',
      'words',
      'wordsTranslated',
    ]);
    expect(new Date(String(list[0]!.updatedAt)).toISOString()).toBe(list[0]!.updatedAt);

    const shown = JSON.parse(cli('show', '--db', db, '--doc', documentId).stdout) as {
      paragraphs: Array<{ index: number; source: string; target: string; status: string }>;
    };
    expect(shown.paragraphs[1]).toEqual({
      index: 1,
      source: 'طهران-سانا',
      target: 'Tehran-SANA',
      status: 'translated',
    });
    expect(shown.paragraphs[2]!.status).toBe('draft');
    expect(shown.paragraphs[3]!.status).toBe('untranslated');

    const out = path.join(dir, 'out.docx');
    const exported = cli('export', '--db', db, '--doc', documentId, '--format', 'docx', '--out', out);
    expect(exported.status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it.each([
    [['import', path.join(os.tmpdir(), 'no-such-file.txt'), '--db', 'DB'], /no-such-file\.txt: no such file/],
    [['show', '--db', 'DB', '--doc', 'nope'], /no document with id nope/],
    [['translate', '--db', 'DB', '--doc', 'x', '--paragraph', 'three', '--text', 'a'], /--paragraph must be a number/],
    [['export', '--db', 'DB', '--doc', 'x', '--format', 'pdf', '--out', 'OUT'], /--format must be one of/],
    [['frobnicate', '--db', 'DB'], /unknown command frobnicate/],
  ])('fails with one clear line on stderr, nothing on stdout, nothing written: %j', (args, message) => {
    const out = path.join(dir, 'never.docx');
    const r = cli(...args.map((a) => (a === 'DB' ? db : a === 'OUT' ? out : a)));
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')[0]).toMatch(/^dragoman: /);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an empty file and leaves the workspace as it was', () => {
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const before = cli('list', '--db', db).stdout;
    const r = cli('import', empty, '--db', db);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/empty\.txt: the file is empty/);
    expect(cli('list', '--db', db).stdout).toBe(before);
    // Not even a new empty workspace is left behind.
    const fresh = path.join(dir, 'fresh.sqlite');
    expect(cli('import', empty, '--db', fresh).status).not.toBe(0);
    expect(existsSync(fresh)).toBe(false);
  });

  it('backs the workspace up to a file and restores it, keeping what it replaced', () => {
    const ws = path.join(dir, 'b.sqlite');
    const { documentId } = JSON.parse(cli('import', SEED, '--db', ws).stdout) as { documentId: string };
    cli('translate', '--db', ws, '--doc', documentId, '--paragraph', '1', '--text', 'Tehran-SANA');
    const copy = path.join(dir, 'b-copy.sqlite');
    const made = JSON.parse(cli('backup', '--db', ws, '--out', copy).stdout) as { backup: string; bytes: number };
    expect(made.backup).toBe(copy);
    expect(made.bytes).toBeGreaterThan(4096);
    cli('translate', '--db', ws, '--doc', documentId, '--paragraph', '1', '--text', 'changed after the backup');

    const restored = cli('restore', copy, '--db', ws);
    expect(restored.stderr).toBe('');
    const r = JSON.parse(restored.stdout) as { restored: string; previous: string };
    expect(r.restored).toBe(copy);
    expect(r.previous).toMatch(/backups\/b-.*-before-restore\.sqlite$/);
    const shown = (db: string) =>
      (JSON.parse(cli('show', '--db', db, '--doc', documentId).stdout) as { paragraphs: Array<{ target: string }> })
        .paragraphs[1]!.target;
    expect(shown(ws)).toBe('Tehran-SANA');
    expect(shown(r.previous)).toBe('changed after the backup');

    const empty = path.join(dir, 'zero.sqlite');
    writeFileSync(empty, '');
    const refused = cli('restore', empty, '--db', ws);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/zero\.sqlite: the file is empty \(0 bytes\)/);
    expect(shown(ws)).toBe('Tehran-SANA');
  });
});
