import { describe, expect, it } from 'vitest';
import type { ParsedTerm } from './parse-result';
import { glossaryToTbx, parseTbx } from './tbx';

const terms: ParsedTerm[] = [
  { source: 'أفغانستان', target: 'Afghanistan', kind: 'place', variants: ['افغانستان'], note: '' },
  { source: 'داعش', target: 'ISIS|Daesh', kind: 'org', variants: [], note: 'also "Islamic State" & <IS>' },
  { source: 'التحالف الدولي', target: 'international coalition', kind: 'term', variants: [], note: "it's" },
  { source: 'تموز', target: 'July', kind: 'date', variants: [], note: 'Levantine month\nname' },
];

describe('TBX', () => {
  it('writes TBX-Basic v2 with subjectField kinds and proper-noun marks on names', () => {
    const xml = glossaryToTbx(terms);
    expect(xml).toContain('<martif type="TBX-Basic" xml:lang="en">');
    expect(xml).toContain('<descrip type="subjectField">place</descrip>');
    expect(xml).toContain(
      '<langSet xml:lang="ar"><tig><term>أفغانستان</term><termNote type="partOfSpeech">properNoun</termNote></tig>',
    );
    expect(xml).toContain('<note>also &quot;Islamic State&quot; &amp; &lt;IS&gt;</note>');
    expect(xml).not.toMatch(/<term>التحالف الدولي<\/term><termNote/);
  });

  it('round-trips', () => {
    const back = parseTbx(glossaryToTbx(terms), 'g.tbx');
    expect(back.errors).toEqual([]);
    expect(back.terms).toEqual(terms);
  });

  it('reads TBX v3 (conceptEntry / langSec / termSec) and regional language tags', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <descrip type="subjectField">place</descrip>
      <langSec xml:lang="ar-SY"><termSec><term>دير الزور</term></termSec><termSec><term>ديرالزور</term></termSec></langSec>
      <langSec xml:lang="en-GB"><termSec><term>Deir ez-Zor</term></termSec><termSec><term>Deir al-Zour</term></termSec></langSec>
      <note>city &#x26; province &#1583;</note>
    </conceptEntry>
  </body></text>
</tbx>`;
    const { terms: got, errors } = parseTbx(xml, 'v3.tbx');
    expect(errors).toEqual([]);
    expect(got).toEqual([
      {
        source: 'دير الزور',
        target: 'Deir ez-Zor|Deir al-Zour',
        kind: 'place',
        variants: ['ديرالزور'],
        note: 'city & province د',
      },
    ]);
  });

  it('accepts a plain DOCTYPE line', () => {
    const xml = glossaryToTbx(terms);
    expect(xml).toContain('<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">');
    expect(parseTbx(xml, 'g.tbx').terms).toHaveLength(4);
  });

  it('refuses entity declarations and DOCTYPE internal subsets, with the line', () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE martif [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;">
]>
<martif type="TBX-Basic"><text><body><termEntry><langSet xml:lang="ar"><tig><term>&lol2;</term></tig></langSet></termEntry></body></text></martif>`;
    const r = parseTbx(bomb, 'bomb.tbx');
    expect(r.terms).toEqual([]);
    expect(r.errors).toEqual([{ line: 3, message: expect.stringMatching(/<!ENTITY/) }]);
    const subset = '<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "x.dtd" [ ]>\n<martif/>';
    expect(parseTbx(subset, 's.tbx').errors).toEqual([{ line: 2, message: expect.stringMatching(/internal subset/) }]);
  });

  it('never expands other entities', () => {
    const xml = glossaryToTbx([{ source: 'كابل', target: 'Kabul', kind: 'place', variants: [], note: 'x' }]).replace(
      '<note>x</note>',
      '<note>&nbsp;&amp;</note>',
    );
    expect(parseTbx(xml, 'g.tbx').terms[0]?.note).toBe('&nbsp;&');
  });

  it('reports bad entries with their line and keeps the good ones', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="1"><langSet xml:lang="ar"><tig><term>كابل</term></tig></langSet><langSet xml:lang="en"><tig><term>Kabul</term></tig></langSet></termEntry>
<termEntry id="2"><langSet xml:lang="ar"><tig><term>هرات</term></tig></langSet></termEntry>
<termEntry id="3"><descrip type="subjectField">Geography</descrip><langSet xml:lang="ar"><tig><term>غزني</term></tig></langSet><langSet xml:lang="en"><tig><term>Ghazni</term></tig></langSet></termEntry>
<termEntry id="4"><langSet xml:lang="ar"><tig><term>كابُل</term></tig></langSet><langSet xml:lang="en"><tig><term>Kabul</term></tig></langSet></termEntry>
<termEntry id="5"><langSet xml:lang="en"><tig><term>Herat</term></tig></langSet></termEntry>
</body></text></martif>`;
    const { terms: got, errors } = parseTbx(xml, 'g.tbx');
    expect(got.map((t) => t.source)).toEqual(['كابل']);
    expect(errors.map((e) => e.line)).toEqual([4, 5, 6, 7]);
    expect(errors[0]?.message).toMatch(/no English/);
    expect(errors[1]?.message).toMatch(/unknown kind "geography"/);
    expect(errors[2]?.message).toMatch(/duplicate of the entry on line 3/);
    expect(errors[3]?.message).toMatch(/no Arabic/);
  });

  it('refuses malformed XML and files that are not TBX, with a line', () => {
    const broken = parseTbx('<?xml version="1.0"?>\n<martif>\n<text><body></text></martif>', 'b.tbx');
    expect(broken.errors[0]?.line).toBe(3);
    expect(broken.errors[0]?.message).toMatch(/not well-formed/);
    expect(parseTbx('<html></html>', 'x.tbx').errors[0]?.message).toMatch(/not a TBX file/);
  });
});
