import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossaryCsv, parseTbx } from '../../../core/glossary';
import { openWorkspace } from '../../../db/open';
import { runCli } from '../../cli/run';
import { composeServices } from '../../app/compose';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const ARTICLE = [
  'قتل ٢٥ شخصا وأصيب ١٣٠ آخرون في هجوم على مديرية درزاب في ١٥ آذار/مارس ٢٠٢٤.',
  'وقال والي جوزجان إن الهجوم صد.',
].join('\n\n');

async function workspace(file = ':memory:') {
  const s = composeServices(openWorkspace(file));
  const { documentId } = await s.documents.import({ fileName: 'a.txt', bytes: enc(ARTICLE) });
  s.documents.updateParagraph({
    documentId,
    index: 0,
    target: '25 people were killed and 103 wounded in an attack on Darzab district on April 15, 2024.',
    confirm: true,
  });
  s.documents.updateParagraph({
    documentId,
    index: 1,
    target: 'The goverenor of Jowzjan said the the attack was repelled',
    confirm: true,
  });
  return { s, documentId };
}

describe('QA service with every check', () => {
  it('reports each kind of problem, accepts one by key, and a changed paragraph brings it back', async () => {
    const { s, documentId } = await workspace();
    const flags = await s.qa.flags(documentId);
    expect(flags.map((f) => [f.paragraph, f.check, f.source ?? '', f.target ?? ''])).toEqual([
      [0, 'number', '١٣٠', '103'],
      [0, 'date', 'آذار', 'April'],
      [1, 'punctuation', '.', ''],
      [1, 'repeated-word', '', 'the the'],
      [1, 'spelling', '', 'goverenor'],
    ]);
    // One row's checks, as on confirm.
    expect((await s.qa.flags(documentId, undefined, [1])).map((f) => f.check)).toEqual([
      'punctuation',
      'repeated-word',
      'spelling',
    ]);
    const number = flags[0]!;
    s.qa.accept({ documentId, paragraph: 0, check: 'number', key: number.key });
    expect((await s.qa.flags(documentId)).map((f) => f.check)).not.toContain('number');
    s.documents.updateParagraph({
      documentId,
      index: 0,
      target: '25 people were killed and 103 wounded on March 15, 2024.',
      confirm: true,
    });
    expect((await s.qa.flags(documentId, ['number'])).map((f) => f.target)).toEqual(['103']);
  });

  it('switches checks off in the settings, takes personal words, and refuses unknown checks', async () => {
    const { s, documentId } = await workspace();
    s.qa.setSettings({ disabledChecks: ['date', 'punctuation'] });
    expect((await s.qa.flags(documentId)).map((f) => f.check)).toEqual(['number', 'repeated-word', 'spelling']);
    s.qa.addWord('Goverenor');
    expect(s.qa.settings().words).toEqual(['goverenor']);
    expect((await s.qa.flags(documentId)).map((f) => f.check)).toEqual(['number', 'repeated-word']);
    expect(() => s.qa.setSettings({ disabledChecks: ['numbers'] })).toThrow(
      /unknown QA check numbers: use glossary, number/,
    );
    expect(s.qa.settings().disabledChecks).toEqual(['date', 'punctuation']);
    await expect(s.qa.flags(documentId, ['nope'])).rejects.toThrow(/unknown QA check nope/);
  });
});

describe('qa on the CLI', () => {
  it('prints the flags as JSON with --check, and writes the CSV and HTML report', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dragoman-qa-cli-'));
    const db = path.join(dir, 'w.sqlite');
    const { documentId } = await workspace(db);
    let out = '';
    await runCli(['qa', '--db', db, '--doc', documentId, '--check', 'number,date'], (t) => (out += t));
    const flags = JSON.parse(out) as Array<Record<string, unknown>>;
    expect(flags).toEqual([
      expect.objectContaining({
        paragraph: 0,
        check: 'number',
        side: 'en',
        source: '١٣٠',
        target: '103',
        message: "the Arabic's ١٣٠ is 103 in the English",
      }),
      expect.objectContaining({ paragraph: 0, check: 'date', source: 'آذار', target: 'April' }),
    ]);
    const en = '25 people were killed and 103 wounded in an attack on Darzab district on April 15, 2024.';
    expect(en.slice(flags[0]!['start'] as number, flags[0]!['end'] as number)).toBe('103');
    out = '';
    await runCli(
      ['qa', '--db', db, '--doc', documentId, '--format', 'csv', '--out', path.join(dir, 'qa.csv')],
      (t) => (out += t),
    );
    const csv = readFileSync(path.join(dir, 'qa.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFrow,paragraph,check,message,source,target,side,start,end,key');
    expect(csv).toContain('1,0,number,');
    await runCli(
      ['qa', '--db', db, '--doc', documentId, '--format', 'html', '--out', path.join(dir, 'qa.html')],
      () => undefined,
    );
    const html = readFileSync(path.join(dir, 'qa.html'), 'utf8');
    expect(html).toContain('<h2>spelling (1)</h2>');
    expect(html).toContain('<td lang="ar" dir="rtl">١٣٠</td>');
    await expect(
      runCli(['qa', '--db', db, '--doc', documentId, '--check', 'numbers'], () => undefined),
    ).rejects.toThrow(/unknown check numbers/);
  });
});

describe('deprecated glossary spellings', () => {
  it('reads the CSV deprecated column and the TBX status, flags their use with the approved spelling as the fix', async () => {
    const s = composeServices(openWorkspace(':memory:'));
    s.glossary.import({
      fileName: 'g.csv',
      bytes: enc('source,target,kind,variants,note,deprecated\nجوزجان,Jowzjan,place,,,Jawzjan|Jozjan\n'),
    });
    const tbx = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body><termEntry id="e1"><descrip type="subjectField">place</descrip>
<langSet xml:lang="ar"><tig><term>شبرغان</term></tig></langSet>
<langSet xml:lang="en"><tig><term>Sheberghan</term></tig><tig><term>Shibirghan</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
</termEntry></body></text></martif>`;
    s.glossary.import({ fileName: 'g.tbx', bytes: enc(tbx) });
    const { documentId } = await s.documents.import({
      fileName: 'a.txt',
      bytes: enc('وقال والي جوزجان إن المسلحين هاجموا شبرغان.'),
    });
    s.documents.updateParagraph({
      documentId,
      index: 0,
      target: 'The governor of Jawzjan said militants attacked Shibirghan.',
      confirm: true,
    });
    const flags = await s.qa.flags(documentId, ['glossary']);
    expect(flags.map((f) => [f.params['kind'], f.target, f.fix?.text])).toEqual([
      ['deprecated', 'Jawzjan', 'Jowzjan'],
      ['deprecated', 'Shibirghan', 'Sheberghan'],
    ]);
    // The spellings survive an export and come back.
    const csv = new TextDecoder().decode(s.glossary.export({ format: 'csv' }).bytes);
    expect(csv).toContain('Jawzjan|Jozjan');
    const back = new TextDecoder().decode(s.glossary.export({ format: 'tbx' }).bytes);
    expect(parseTbx(back, 'back.tbx').terms.find((t) => t.target === 'Sheberghan')?.deprecated).toEqual(['Shibirghan']);
    expect(parseGlossaryCsv(csv, 'back.csv').terms.find((t) => t.target === 'Jowzjan')?.deprecated).toEqual([
      'Jawzjan',
      'Jozjan',
    ]);
  });
});

describe('two Arabic names given the same English', () => {
  it('flags a name of the glossary rendered as another name of the document', async () => {
    const s = composeServices(openWorkspace(':memory:'));
    s.glossary.addTerm({ source: 'جوزجان', target: 'Jowzjan', kind: 'place' });
    s.glossary.addTerm({ source: 'شبرغان', target: 'Sheberghan', kind: 'place' });
    const { documentId } = await s.documents.import({
      fileName: 'a.txt',
      bytes: enc('وقال والي جوزجان إن الوضع هادئ.\n\nوهاجم المسلحون مدينة شبرغان.\n\nوزار الوالي شبرغان.'),
    });
    s.documents.updateParagraph({
      documentId,
      index: 0,
      target: 'The governor of Jowzjan said the situation was calm.',
      confirm: true,
    });
    s.documents.updateParagraph({
      documentId,
      index: 1,
      target: 'Militants attacked the city of Jowzjan.',
      confirm: true,
    });
    s.documents.updateParagraph({ documentId, index: 2, target: 'The governor visited Sheberghan.', confirm: true });
    const flags = await s.qa.flags(documentId, ['consistency']);
    expect(flags.map((f) => [f.paragraph, f.params['kind'], f.source, f.target])).toEqual([
      [1, 'name', 'شبرغان', 'Jowzjan'],
    ]);
  });
});
