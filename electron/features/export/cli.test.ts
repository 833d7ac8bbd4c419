import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { docxTables } from '../../../core/formats/testing/docx-table';
import { runCli } from '../../cli/run';
import { layoutOptions } from './cli';
import { SEED } from '../../../scripts/shared-samples';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

async function cli(...argv: string[]): Promise<string> {
  let text = '';
  await runCli(argv, (s) => (text += s));
  return text;
}

describe('export --appendix --header --status-column --numbers --comments', () => {
  it('maps each true|false flag to its layout option and refuses anything else, naming the flag', () => {
    expect(
      layoutOptions({ appendix: 'false', header: 'true', 'status-column': 'true', numbers: 'false', comments: 'true' }),
    ).toEqual({
      glossaryAppendix: false,
      header: true,
      statusColumn: true,
      numberColumn: false,
      commentsColumn: true,
    });
    expect(layoutOptions({})).toEqual({});
    expect(() => layoutOptions({ comments: 'yes' })).toThrow('--comments must be true or false, not yes');
  });

  it('writes the bilingual DOCX the flags ask for', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-cli-export-'));
    dirs.push(dir);
    const db = path.join(dir, 'ws.sqlite');
    const imported = JSON.parse(await cli('import', '--db', db, SEED)) as { documentId: string };
    await cli('translate', '--db', db, '--doc', imported.documentId, '--paragraph', '1', '--text', 'Tehran, SANA');
    const out = path.join(dir, 'client.docx');
    await cli(
      'export',
      '--db',
      db,
      '--doc',
      imported.documentId,
      '--format',
      'docx',
      '--out',
      out,
      '--numbers',
      'false',
      '--status-column',
      'true',
      '--comments',
      'true',
      '--header',
      'false',
      '--appendix',
      'false',
    );
    const { texts, tables } = await docxTables(new Uint8Array(readFileSync(out)));
    // No number column; the Arabic on the right (the workspace's default) is the second column; then status, comments.
    expect(texts(tables[0]!)[0]).toEqual(['English', 'Arabic', 'Status', 'Comments']);
    expect(texts(tables[0]!)[2]).toEqual(['Tehran, SANA', 'طهران-سانا', 'Draft', '']);
    await expect(
      cli('export', '--db', db, '--doc', imported.documentId, '--format', 'docx', '--out', out, '--header', 'maybe'),
    ).rejects.toThrow('--header must be true or false, not maybe');
  });
});
