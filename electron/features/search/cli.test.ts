import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED } from '../../../scripts/shared-samples';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function cli(...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
const json = (r: { stdout: string; stderr: string }): unknown => {
  if (r.stderr) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
};

describe('CLI search and replace', () => {
  const db = path.join(mkdtempSync(path.join(os.tmpdir(), 'dragoman-search-')), 'w.sqlite');
  const { documentId: doc } = json(cli('import', SEED, '--db', db)) as { documentId: string };
  cli(
    'translate',
    '--db',
    db,
    '--doc',
    doc,
    '--paragraph',
    '0',
    '--text',
    'Tasnim: US rescued ISIS leaders in Afghanistan',
    '--confirm',
  );
  cli(
    'translate',
    '--db',
    db,
    '--doc',
    doc,
    '--paragraph',
    '3',
    '--text',
    'Clashes in Jowzjan province; afghanistan says',
  );

  it('search: Arabic with clitics, English by case and word, partial, regex, sides', () => {
    type Hit = { paragraph: number; side: string; start: number; end: number; text: string };
    const ar = json(cli('search', '--db', db, '--doc', doc, '--query', 'أفغانستان', '--side', 'ar')) as Hit[];
    expect(ar[0]).toEqual({
      paragraph: 0,
      side: 'ar',
      start: expect.any(Number),
      end: expect.any(Number),
      text: 'بأفغانستان',
    });
    expect(ar.map((h) => h.text)).toContain('افغانستان');
    const both = json(cli('search', '--db', db, '--doc', doc, '--query', 'afghanistan')) as Hit[];
    expect(both.map((h) => `${h.paragraph}${h.side}:${h.text}`)).toEqual(['0en:Afghanistan', '3en:afghanistan']);
    expect(json(cli('search', '--db', db, '--doc', doc, '--query', 'afghanistan', '--match-case'))).toEqual([
      { paragraph: 3, side: 'en', start: 29, end: 40, text: 'afghanistan' },
    ]);
    expect(json(cli('search', '--db', db, '--doc', doc, '--query', 'Afghan', '--side', 'en', '--whole-word'))).toEqual(
      [],
    );
    expect((json(cli('search', '--db', db, '--doc', doc, '--query', 'Afghan', '--side', 'en')) as Hit[]).length).toBe(
      2,
    );
    expect(json(cli('search', '--db', db, '--doc', doc, '--query', 'جوز', '--side', 'ar'))).toEqual([]);
    expect(
      (json(cli('search', '--db', db, '--doc', doc, '--query', 'جوز', '--side', 'ar', '--partial')) as Hit[]).length,
    ).toBe(2);
    expect(
      (json(cli('search', '--db', db, '--doc', doc, '--query', 'J\\w+an', '--side', 'en', '--regex')) as Hit[])[0]!
        .text,
    ).toBe('Jowzjan');
    const bad = cli('search', '--db', db, '--doc', doc, '--query', 'x', '--side', 'fr');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/--side must be ar, en or both/);
  });

  it('replace: dry run writes nothing, --regex with $1, --match-case', () => {
    const dry = json(
      cli(
        'replace',
        '--db',
        db,
        '--doc',
        doc,
        '--find',
        'afghanistan',
        '--with',
        'Afghanistan',
        '--match-case',
        '--dry-run',
      ),
    );
    expect(dry).toEqual({
      changed: [
        {
          index: 3,
          before: 'Clashes in Jowzjan province; afghanistan says',
          after: 'Clashes in Jowzjan province; Afghanistan says',
        },
      ],
      refused: [],
    });
    const shown = json(cli('show', '--db', db, '--doc', doc)) as {
      paragraphs: Array<{ target: string; status: string }>;
    };
    expect(shown.paragraphs[3]!.target).toContain('afghanistan');

    const re = json(
      cli('replace', '--db', db, '--doc', doc, '--find', '(\\w+) province', '--with', '$1 Province', '--regex'),
    ) as { changed: Array<{ after: string }> };
    expect(re.changed.map((c) => c.after)).toEqual(['Clashes in Jowzjan Province; afghanistan says']);
    const all = json(
      cli('replace', '--db', db, '--doc', doc, '--find', 'AFGHANISTAN', '--with', 'Afghanistan (AF)'),
    ) as { changed: Array<{ index: number }> };
    expect(all.changed.map((c) => c.index)).toEqual([0, 3]);
    const after = json(cli('show', '--db', db, '--doc', doc)) as {
      paragraphs: Array<{ target: string; status: string }>;
    };
    expect(after.paragraphs[0]!.status).toBe('draft'); // a confirmed row that changed is a draft again
    const bad = cli('replace', '--db', db, '--doc', doc, '--find', '(', '--with', 'x', '--regex');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/regular expression "\(" is not valid/);
  });
});
