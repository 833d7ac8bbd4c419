/** Every memory command through the real CLI process, on the seed article and TMX files as other tools write them. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OMEGAT_TMX, tradosTmx } from '../../../core/tm/testing/tmx-fixtures';
import { splitSeed } from '../../../core/tm/testing/seed';
import { readShared, SEED } from '../../../scripts/shared-samples';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const P = splitSeed(readShared('samples/seed-ar.txt'));

function cli(...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
function json<T = unknown>(...args: string[]): T {
  const r = cli(...args);
  if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

describe('tm CLI', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-tm-cli-'));
  const db = path.join(dir, 'w.sqlite');
  const omegat = path.join(dir, 'omegat.tmx');
  const trados = path.join(dir, 'trados.tmx');
  writeFileSync(omegat, OMEGAT_TMX);
  writeFileSync(trados, tradosTmx());

  it('prints each skipped unit as one English line with its file and line', () => {
    const partial = path.join(dir, 'partial.tmx');
    writeFileSync(partial, OMEGAT_TMX.replace('<seg>Tehran, SANA</seg>', '<seg> </seg>'));
    expect(json('tm', 'import', partial, '--db', path.join(dir, 'partial.sqlite'))).toEqual({
      tm: 'Main',
      added: 1,
      updated: 0,
      skipped: 1,
      errors: ['partial.tmx: line 7: the unit has no English (xml:lang="en…") target; skipped'],
    });
  });

  it('imports TMX (UTF-8 and UTF-16), lists, sets and exports memories', () => {
    expect(json('tm', 'import', omegat, '--db', db)).toEqual({
      tm: 'Main',
      added: 2,
      updated: 0,
      skipped: 0,
      errors: [],
    });
    expect(json('tm', 'import', trados, '--db', db, '--tm', 'Trados')).toEqual({
      tm: 'Trados',
      added: 1,
      updated: 0,
      skipped: 0,
      errors: [],
    });
    const list = json<Array<Record<string, unknown>>>('tm', 'list', '--db', db);
    expect(list.map(({ id, ...rest }) => (expect(typeof id).toBe('string'), rest))).toEqual([
      { name: 'Main', priority: 1, penalty: 0, units: 2, enabled: true },
      { name: 'Trados', priority: 2, penalty: 0, units: 1, enabled: true },
    ]);
    const set = json<Array<Record<string, unknown>>>(
      'tm',
      'set',
      'Trados',
      '--db',
      db,
      '--priority',
      '1',
      '--penalty',
      '3',
    );
    expect(set.map((m) => [m.name, m.priority, m.penalty])).toEqual([
      ['Main', 1, 0],
      ['Trados', 1, 3],
    ]);
    const out = path.join(dir, 'main.tmx');
    expect(json('tm', 'export', '--db', db, '--out', out)).toMatchObject({ out });
    expect(readFileSync(out, 'utf8')).toContain('<seg>Tehran, SANA</seg>');
  });

  it('looks up a text and a document (fuzzy and sentence matches), searches the concordance, pre-translates and analyses', () => {
    const { documentId } = json<{ documentId: string }>('import', SEED, '--db', db);
    // The seed headline with one clitic changed and its spelling simplified.
    const text = 'وكالة تسنيم: امريكا نفذت عملية لانقاذ متزعمين من داعش في افغانستان';
    const matches = json<Array<Record<string, unknown>>>('tm', 'lookup', '--db', db, '--text', text);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toEqual({
      score: expect.any(Number),
      source: P[0],
      target: 'Tasnim: US carried out operation to rescue ISIS leaders in Afghanistan',
      tm: 'Main',
      tuid: null,
      origin: { file: 'omegat.tmx' },
    });
    expect(matches[0]!.score).toBeGreaterThanOrEqual(80);
    expect(matches[0]!.score).toBeLessThan(99);
    expect(json('tm', 'lookup', '--db', db, '--text', text, '--min', '95')).toEqual([]);

    const rows = json<Array<{ paragraph: number; matches: Array<Record<string, unknown>> }>>(
      'tm',
      'lookup',
      '--db',
      db,
      '--doc',
      documentId,
    );
    expect(rows).toHaveLength(10);
    expect(rows[0]!.matches[0]).toMatchObject({ score: 100, tm: 'Main' });
    expect(rows[1]!.matches[0]).toMatchObject({ score: 100, target: 'Tehran, SANA' });
    // Paragraph 4 holds the Trados sentence (وقتل على أثرها عدد كبير من عناصر داعش الإرهابي) inside a longer one.
    expect(rows[4]!.matches).toEqual([]);

    const conc = json<Array<Record<string, unknown>>>('concordance', '--db', db, '--query', 'وداعش');
    // Newest first: the OmegaT units carry no date of their own (theirs are on the tuv), so they are dated at import.
    expect(conc.map((c) => [c.tm, c.side])).toEqual([
      ['Main', 'ar'],
      ['Trados', 'ar'],
    ]);
    const hit = conc[0] as { source: string; start: number; end: number };
    expect(hit.source.slice(hit.start, hit.end)).toBe('داعش');
    expect(json<unknown[]>('concordance', '--db', db, '--query', 'rescue ISIS', '--side', 'en')).toHaveLength(1);

    expect(json('analyze', '--db', db, '--doc', documentId)).toEqual({
      bands: { '100': { rows: 2, words: 12 }, none: { rows: 8, words: 439 } },
      total: { rows: 10, words: 451 },
    });
    expect(json('pretranslate', '--db', db, '--doc', documentId)).toEqual({ filled: 2, bands: { '100': 2 } });
    const shown = json<{ paragraphs: Array<{ target: string; status: string }> }>(
      'show',
      '--db',
      db,
      '--doc',
      documentId,
    );
    expect(shown.paragraphs[1]).toMatchObject({ target: 'Tehran, SANA', status: 'draft' });
  });

  it('fills the memory and the repetitions from translate --confirm, and adds a document to a memory', () => {
    const doc = path.join(dir, 'repeats.txt');
    writeFileSync(doc, [P[2], P[3], P[2], P[3]].join('\n\n'));
    const { documentId } = json<{ documentId: string }>('import', doc, '--db', db);
    json(
      'translate',
      '--db',
      db,
      '--doc',
      documentId,
      '--paragraph',
      '0',
      '--text',
      'The Iranian Tasnim agency revealed a secret operation.',
      '--confirm',
    );
    const shown = json<{ paragraphs: Array<{ target: string; status: string }> }>(
      'show',
      '--db',
      db,
      '--doc',
      documentId,
    );
    expect(shown.paragraphs.map((p) => p.status)).toEqual(['translated', 'untranslated', 'draft', 'untranslated']);
    expect(shown.paragraphs[2]!.target).toBe('The Iranian Tasnim agency revealed a secret operation.');
    const found = json<Array<Record<string, unknown>>>('tm', 'lookup', '--db', db, '--text', P[2]!);
    expect(found[0]).toMatchObject({ score: 100, origin: { document: documentId, paragraph: 0 } });
    expect(json('tm', 'add-doc', '--db', db, '--doc', documentId, '--tm', 'Archive')).toEqual({
      tm: 'Archive',
      added: 1,
      updated: 0,
      skipped: 0,
      errors: [],
    });
    const off = json<Array<Record<string, unknown>>>(
      'tm',
      'set',
      'Archive',
      '--db',
      db,
      '--doc',
      documentId,
      '--enabled',
      'false',
    );
    expect(off.find((m) => m.name === 'Archive')!.enabled).toBe(false);
    expect(
      json<Array<Record<string, unknown>>>('tm', 'list', '--db', db, '--doc', documentId).find(
        (m) => m.name === 'Main',
      )!.enabled,
    ).toBe(true);
    expect(json('tm', 'settings', '--db', db, '--min', '80', '--repetitions', 'false')).toEqual({
      tmMinScore: 80,
      maxMatches: 5,
      repetitions: false,
    });
  });

  it.each([
    [['tm', 'import', 'BAD', '--db', 'DB'], /bad\.tmx: line 3: entity declarations \(<!ENTITY\) are not accepted/],
    [['tm', 'import', 'CUT', '--db', 'DB'], /cut\.tmx: line 15: the file ends inside a <tu>/],
    [['tm', 'lookup', '--db', 'DB'], /give either --text or --doc/],
    [['tm', 'lookup', '--db', 'DB', '--text', 'x', '--min', 'high'], /--min must be a whole number from 0 to 101/],
    [['tm', 'set', 'Nope', '--db', 'DB', '--penalty', '2'], /no translation memory named Nope/],
    [['concordance', '--db', 'DB', '--query', 'x', '--side', 'fr'], /--side must be ar or en/],
    [['pretranslate', '--db', 'DB', '--doc', 'nope'], /no document with id nope/],
  ])('fails with one clear line and changes nothing: %j', (args, message) => {
    const bad = path.join(dir, 'bad.tmx');
    writeFileSync(
      bad,
      '<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY x "y">]>\n<tmx version="1.4"><body></body></tmx>',
    );
    const cut = path.join(dir, 'cut.tmx');
    writeFileSync(cut, OMEGAT_TMX.slice(0, OMEGAT_TMX.indexOf('<seg>وكالة')));
    const before = existsSync(db) ? cli('tm', 'list', '--db', db).stdout : '';
    const r = cli(...args.map((a) => (a === 'DB' ? db : a === 'BAD' ? bad : a === 'CUT' ? cut : a)));
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(cli('tm', 'list', '--db', db).stdout).toBe(before);
  });
});
