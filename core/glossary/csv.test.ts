import { describe, expect, it } from 'vitest';
import { glossaryToCsv, parseGlossaryCsv } from './csv';
import type { ParsedTerm } from './parse-result';

const terms: ParsedTerm[] = [
  { source: 'أفغانستان', target: 'Afghanistan', kind: 'place', variants: ['افغانستان'], note: '' },
  { source: 'داعش', target: 'ISIS|Daesh', kind: 'org', variants: [], note: 'also "Islamic State", in full' },
  {
    source: 'حبيب الرحمان',
    target: 'Habib al-Rahman',
    kind: 'person',
    variants: ['حبيب الرحمن', 'حبيبالرحمن'],
    note: 'line one\nline two',
  },
  { source: 'تموز', target: '=HYPERLINK("http://x")', kind: 'date', variants: [], note: '+1 day' },
  { source: 'مولوي', target: '-Mawlawi', kind: 'title', variants: [], note: "@admin '=already quoted" },
  { source: 'قاري', target: "'=SUM(A1)", kind: 'title', variants: [], note: '\tTab' },
];

describe('glossary CSV', () => {
  it('writes the header, RFC 4180 quoting and CRLF', () => {
    const csv = glossaryToCsv(terms.slice(0, 2));
    expect(csv).toBe(
      'source,target,kind,variants,note\r\n' +
        'أفغانستان,Afghanistan,place,افغانستان,\r\n' +
        'داعش,ISIS|Daesh,org,,"also ""Islamic State"", in full"\r\n',
    );
  });

  it('round-trips exactly, formula-looking cells included', () => {
    const csv = glossaryToCsv(terms);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`'-Mawlawi`);
    expect(csv).toContain(`''=SUM(A1)`);
    const back = parseGlossaryCsv(csv, 'g.csv');
    expect(back.errors).toEqual([]);
    expect(back.terms).toEqual(terms);
  });

  it('never lets a spreadsheet see a formula', () => {
    const csv = glossaryToCsv(terms);
    for (const line of csv.split('\r\n').slice(1)) {
      for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t]/);
    }
  });

  it('accepts a BOM, LF line ends, blank lines, header in another order and a missing kind', () => {
    const text = '\uFEFFtarget,source,note\n\nKabul,كابل,capital\n';
    const { terms: got, errors } = parseGlossaryCsv(text, 'g.csv');
    expect(errors).toEqual([]);
    expect(got).toEqual([{ source: 'كابل', target: 'Kabul', kind: 'term', variants: [], note: 'capital' }]);
  });

  it('reports each bad row once with its line number, and keeps the good rows', () => {
    const text = [
      'source,target,kind,variants,note', // 1
      'كابل,Kabul,place,,', // 2
      ',Nothing,place,,', // 3 empty source
      'هرات,,place,,', // 4 empty target
      'قندهار,Kandahar,city,,', // 5 unknown kind
      'كابل,Kabul again,place,,', // 6 duplicate key of line 2
      'كابُل,Kabul,place,,', // 7 duplicate through normalisation
      'بلخ,Balkh,place', // 8 wrong column count
      'هلمند,"Helmand,place,,', // 9 unbalanced quote
      'غزني,Ghazni,place,,', // 10
      'فراه,Far"ah,place,,', // 11 stray quote
      '"نيمروز"x,Nimruz,place,,', // 12 text after closing quote
      'زابل,Zabul,Place,,"multi', // 13 (record continues)
      'line note"', // 14
      'لغمان,,,,', // 15 empty target, empty kind
    ].join('\n');
    const { terms: got, errors } = parseGlossaryCsv(text, 'g.csv');
    expect(got.map((t) => t.source)).toEqual(['كابل', 'غزني', 'زابل']);
    expect(got[2]?.note).toBe('multi\nline note');
    expect(got[2]?.kind).toBe('place');
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 11, 12, 15]);
    const byLine = new Map(errors.map((e) => [e.line, e.message]));
    expect(byLine.get(3)).toMatch(/source is empty/);
    expect(byLine.get(4)).toMatch(/target is empty/);
    expect(byLine.get(5)).toMatch(/unknown kind "city"/);
    expect(byLine.get(6)).toMatch(/duplicate of the term on line 2/);
    expect(byLine.get(7)).toMatch(/line 2/);
    expect(byLine.get(8)).toMatch(/3 cells where the header has 5/);
    expect(byLine.get(9)).toMatch(/not closed|never closed/);
    expect(byLine.get(11)).toMatch(/quote inside an unquoted cell/);
    expect(byLine.get(12)).toMatch(/after a closing quote/);
  });

  it('reports an unbalanced quote at the end of the file', () => {
    const { terms: got, errors } = parseGlossaryCsv('source,target\nكابل,Kabul\nهرات,"Herat\nغزني,Ghazni\n', 'g.csv');
    expect(errors).toEqual([{ line: 3, message: expect.stringMatching(/never closed/) }]);
    expect(got.map((t) => t.source)).toEqual(['كابل', 'غزني']);
  });

  it('refuses an empty file', () => {
    expect(parseGlossaryCsv('', 'empty.csv').errors).toEqual([{ line: 0, message: expect.stringMatching(/empty/) }]);
  });
});
