import { describe, expect, it } from 'vitest';
import { exportDocument, FormatError, importDocument } from './index';
import { placeholderChar as ph } from './placeholders';
import { documentFrom, options, sampleDocument } from './testing/sample-document';
import { all, one, strictParse } from './testing/strict-xml';
import { MEMOQ_12, OMEGAT_12, TRADOS_12, XLIFF_20 } from './testing/xliff-fixtures';

const doc = sampleDocument();
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytesOf = (s: string) => new TextEncoder().encode(s);
const exportAs = async (format: 'xliff' | 'xliff12', d = doc) =>
  text((await exportDocument(d, format, options())).bytes);
const reimport = async (format: 'xliff' | 'xliff12', d = doc) =>
  importDocument(bytesOf(await exportAs(format, d)), 'round.xlf');

describe('XLIFF 2.0 export', () => {
  it('has the 2.0 structure: root, namespace, languages, file/unit/segment, stable ids, states', async () => {
    const xml = strictParse(await exportAs('xliff'));
    const root = one(xml, 'xliff');
    expect(root['@xmlns']).toBe('urn:oasis:names:tc:xliff:document:2.0');
    expect(root['@version']).toBe('2.0');
    expect(root['@srcLang']).toBe('ar');
    expect(root['@trgLang']).toBe('en');
    const file = one(root, 'file');
    expect(file['@id']).toBeTruthy();
    const units = all(file, 'unit');
    expect(units.map((u) => u['@id'])).toEqual(doc.paragraphList.map((_, i) => `p${i + 1}`));
    units.forEach((unit, i) => {
      const p = doc.paragraphList[i]!;
      const segment = one(unit, 'segment');
      expect(one(segment, 'source')['#text']).toBe(p.source);
      expect(segment['@state']).toBe(p.status === 'translated' ? 'translated' : 'initial');
      if (p.status === 'untranslated') expect(all(segment, 'target')).toHaveLength(0);
      else expect(one(segment, 'target')['#text']).toBe(p.target);
    });
    expect(one(one(units[1]!, 'notes'), 'note')['#text']).toBe('check the date');
  });
});

describe('XLIFF 1.2 export', () => {
  it('has the 1.2 structure: namespace, file attributes, body/trans-unit, states', async () => {
    const xml = strictParse(await exportAs('xliff12'));
    const root = one(xml, 'xliff');
    expect(root['@xmlns']).toBe('urn:oasis:names:tc:xliff:document:1.2');
    expect(root['@version']).toBe('1.2');
    const file = one(root, 'file');
    expect(file['@source-language']).toBe('ar');
    expect(file['@target-language']).toBe('en');
    expect(file['@datatype']).toBe('plaintext');
    expect(file['@original']).toBe(doc.title);
    const units = all(one(file, 'body'), 'trans-unit');
    expect(units).toHaveLength(doc.paragraphList.length);
    const states = {
      untranslated: 'needs-translation',
      draft: 'needs-review-translation',
      translated: 'translated',
      reviewed: 'signed-off',
    };
    units.forEach((unit, i) => {
      const p = doc.paragraphList[i]!;
      expect(unit['@id']).toBe(`p${i + 1}`);
      expect(one(unit, 'source')['#text']).toBe(p.source);
      expect(one(unit, 'target')['@state']).toBe(states[p.status]);
    });
    expect(one(units[1]!, 'note')['#text']).toBe('check the date');
  });
});

describe('XLIFF round trips', () => {
  for (const format of ['xliff', 'xliff12'] as const) {
    it(`${format}: export → import gives the same paragraphs, targets, statuses, notes and ids`, async () => {
      const back = await reimport(format);
      expect(back.sourceFormat).toBe('xliff');
      expect(back.title).toBe(doc.title);
      expect(back.paragraphs).toEqual(
        doc.paragraphList.map((p, i) => ({
          source: p.source,
          target: p.status === 'untranslated' ? '' : p.target,
          status: p.status,
          externalId: `p${i + 1}`,
          ...(p.note ? { note: p.note } : {}),
        })),
      );
    });
  }

  it('writes a reviewed row as reviewed (2.0) and signed-off (1.2), and reads both back as reviewed', async () => {
    const reviewed = {
      ...doc,
      paragraphList: doc.paragraphList.map((p, i) => (i === 0 ? { ...p, status: 'reviewed' as const } : p)),
    };
    for (const format of ['xliff', 'xliff12'] as const) {
      const text = await exportAs(format, reviewed);
      expect(text).toContain(format === 'xliff' ? '<segment state="reviewed">' : '<target state="signed-off">');
      const back = await reimport(format, reviewed);
      expect(back.paragraphs.map((p) => p.status)).toEqual(reviewed.paragraphList.map((p) => p.status));
      expect(back.paragraphs[0]!.status).toBe('reviewed');
    }
  });

  it('keeps the ids a file came with through export', async () => {
    const imported = documentFrom(await importDocument(bytesOf(OMEGAT_12), 'article.xlf'));
    const again = await reimport('xliff12', imported);
    expect(again.paragraphs.map((p) => p.externalId)).toEqual(['0', '1', '2', '3']);
    // 2.0 ids must be NMTOKENs: "0" is one, so it is kept as well.
    expect((await reimport('xliff', imported)).paragraphs.map((p) => p.externalId)).toEqual(['0', '1', '2', '3']);
  });
});

describe('XLIFF import from CAT tools', () => {
  it('reads Trados SDLXLIFF: groups, codes as placeholders, mrk segments, sdl confirmation, translate="no" left out', async () => {
    const d = await importDocument(bytesOf(TRADOS_12), 'report.docx.sdlxliff');
    expect(d.title).toBe('report.docx');
    const [p1, p2, p3] = d.paragraphs;
    expect(d.paragraphs).toHaveLength(3);
    expect(p1!.source).toBe(`تقرير ${ph(0)}عاجل${ph(1)} عن الوضع${ph(2)}`);
    expect(p1!.externalId).toBe('a1b2-1');
    expect(p1!.status).toBe('translated');
    // The target's segment marker is a code of its own, the g/x codes are the source's.
    expect(p1!.target).toBe(`${ph(3)}An ${ph(0)}urgent${ph(1)} report on the situation${ph(2)}${ph(4)}`);
    expect(p2).toMatchObject({ source: 'الفقرة الثانية & <الأخيرة>', status: 'draft' });
    expect(p2!.target).toBe(`${ph(0)}The second & last paragraph${ph(1)}`);
    expect(p3).toMatchObject({ source: 'نص بلا ترجمة', target: '', status: 'untranslated' });
  });

  it('reads memoQ: native codes, notes, mq:status', async () => {
    const d = await importDocument(bytesOf(MEMOQ_12), 'news.mqxliff');
    expect(d.paragraphs[0]).toMatchObject({
      source: `قال ${ph(0)}المتحدث${ph(1)} اليوم${ph(2)}`,
      target: `The ${ph(0)}spokesman${ph(1)} said today${ph(2)}`,
      status: 'translated',
      note: 'Reviewed by the editor',
      externalId: '1',
    });
    expect(d.paragraphs[1]).toMatchObject({ status: 'draft', target: 'He added that the situation' });
  });

  it('reads OmegaT: standard states, approved, empty targets; a plain DOCTYPE is accepted', async () => {
    const d = await importDocument(bytesOf(OMEGAT_12), 'article.xlf');
    expect(d.paragraphs.map((p) => p.status)).toEqual(['draft', 'translated', 'untranslated', 'translated']);
  });

  it('reads XLIFF 2.0: groups, pc/ph/sc/ec, originalData, several segments joined, lowest state wins', async () => {
    const d = await importDocument(bytesOf(XLIFF_20), 'brief.xlf');
    expect(d.paragraphs).toHaveLength(3);
    const [u1, u2, u3] = d.paragraphs;
    expect(u1).toMatchObject({
      source: `اضغط ${ph(0)}حفظ${ph(1)} الآن${ph(2)}`,
      target: `Press ${ph(0)}Save${ph(1)} now${ph(2)}`,
      status: 'translated',
      note: 'headline',
    });
    expect(u1!.inline?.originalData).toEqual([{ id: 'd1', text: '<br/>' }]);
    expect(u2).toMatchObject({
      source: `الجملة الأولى. الجملة ${ph(0)}الثانية.`,
      target: `First sentence. Second ${ph(0)}sentence.`,
      status: 'draft',
    });
    expect(u3).toMatchObject({ source: `غير مترجم ${ph(0)}بعد`, target: '', status: 'untranslated' });
  });
});

describe('inline codes', () => {
  const sourceOf = (xml: string, unit: number) =>
    /<source>(.*?)<\/source>/gs.exec(xml.split(/<(?:trans-)?unit /)[unit]!)?.[1];
  const targetOf = (xml: string, unit: number) =>
    /<target[^>]*>(.*?)<\/target>/gs.exec(xml.split(/<(?:trans-)?unit /)[unit]!)?.[1];

  it('writes 1.2 codes back in place, verbatim', async () => {
    const d = documentFrom(await importDocument(bytesOf(MEMOQ_12), 'news.mqxliff'));
    const xml = await exportAs('xliff12', d);
    strictParse(xml);
    expect(sourceOf(xml, 1)).toBe(
      'قال <bpt id="1" ctype="bold">&lt;b&gt;</bpt>المتحدث<ept id="1">&lt;/b&gt;</ept> اليوم<ph id="2">&lt;br/&gt;</ph>',
    );
    expect(targetOf(xml, 1)).toBe(
      'The <bpt id="1" ctype="bold">&lt;b&gt;</bpt>spokesman<ept id="1">&lt;/b&gt;</ept> said today<ph id="2">&lt;br/&gt;</ph>',
    );
  });

  it('writes 2.0 codes and originalData back in place', async () => {
    const d = documentFrom(await importDocument(bytesOf(XLIFF_20), 'brief.xlf'));
    const xml = await exportAs('xliff', d);
    strictParse(xml);
    expect(sourceOf(xml, 1)).toBe('اضغط <pc id="1">حفظ</pc> الآن<ph id="2" dataRef="d1"/>');
    expect(targetOf(xml, 1)).toBe('Press <pc id="1">Save</pc> now<ph id="2" dataRef="d1"/>');
    expect(xml).toContain('<originalData><data id="d1">&lt;br/&gt;</data></originalData>');
    const back = await importDocument(bytesOf(xml), 'again.xlf');
    expect(back.paragraphs.map((p) => [p.source, p.target, p.status])).toEqual(
      d.paragraphList.map((p) => [p.source, p.target, p.status]),
    );
  });

  it('survives editing: moved placeholders, a broken pair, across versions, always well-formed', async () => {
    const d = documentFrom(await importDocument(bytesOf(TRADOS_12), 'report.sdlxliff'));
    // The translator moved the bold span and deleted its closing placeholder in the target.
    d.paragraphList[0]!.target = `${ph(3)}${ph(0)}Urgent report on the situation${ph(2)}${ph(4)}`;
    const xml12 = await exportAs('xliff12', d);
    strictParse(xml12);
    expect(targetOf(xml12, 1)).toBe(
      '<mrk mtype="seg" mid="1"><bx id="5"/>Urgent report on the situation<x id="6"/></mrk>',
    );
    const xml20 = await exportAs('xliff', d);
    strictParse(xml20);
    expect(sourceOf(xml20, 1)).toBe('تقرير <pc id="c1">عاجل</pc> عن الوضع<ph id="c3"/>');
    expect(targetOf(xml20, 1)).toBe(
      '<pc id="c4"><sc id="c1" isolated="yes"/>Urgent report on the situation<ph id="c3"/></pc>',
    );
    const back = await importDocument(bytesOf(xml20), 'report.xlf');
    expect(back.paragraphs[0]!.source).toBe(d.paragraphList[0]!.source);
    expect([...back.paragraphs[0]!.target!].filter((c) => c >= '\uE000' && c <= '\uF8FF')).toHaveLength(4);
  });
});

describe('inline codes crossing in 2.0', () => {
  it('writes crossing pairs as sc/ec with startRef and lone ends as isolated', async () => {
    const d = documentFrom(await importDocument(bytesOf(XLIFF_20), 'brief.xlf'));
    const p = d.paragraphList[0]!;
    p.target = `${ph(0)}Press${ph(2)} Save${ph(1)}`; // pc moved around the ph: still nested
    let xml = await exportAs('xliff', d);
    expect(/<target>(.*?)<\/target>/.exec(xml)![1]).toBe('<pc id="1">Press<ph id="2" dataRef="d1"/> Save</pc>');
    p.target = `Press${ph(1)} Save ${ph(0)}now`; // ends swapped: crossing
    xml = await exportAs('xliff', d);
    strictParse(xml);
    expect(/<target>(.*?)<\/target>/.exec(xml)![1]).toBe('Press<ec startRef="1"/> Save <sc id="1"/>now');
  });
});

describe('XLIFF refused', () => {
  const refuse = (xml: string, name = 'bad.xlf') => importDocument(bytesOf(xml), name);

  it('refuses another language pair with a clear message', async () => {
    await expect(refuse(TRADOS_12.replace('source-language="ar-SA"', 'source-language="fr-FR"'))).rejects.toThrow(
      /source language is "fr-FR", not Arabic/,
    );
    await expect(refuse(OMEGAT_12.replace('target-language="en"', 'target-language="de"'))).rejects.toThrow(
      /target language is "de", not English/,
    );
    await expect(refuse(XLIFF_20.replace('srcLang="ar"', 'srcLang="en"'))).rejects.toThrow(FormatError);
    await expect(refuse(XLIFF_20.replace('trgLang="en"', 'trgLang="ar"'))).rejects.toThrow(/target language/);
  });

  it('refuses DOCTYPE internal subsets and entity declarations, never expanding them', async () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE xliff [\n<!ENTITY lol "lol">\n<!ENTITY lol2 "&lol;&lol;&lol;">\n]>\n<xliff version="1.2"><file source-language="ar" target-language="en"><body><trans-unit id="1"><source>&lol2;</source></trans-unit></body></file></xliff>`;
    await expect(refuse(bomb)).rejects.toThrow(/bad\.xlf \(line 3\): entity declarations/);
    const external = `<?xml version="1.0"?>\n<!DOCTYPE xliff [ <!ELEMENT xliff ANY> ]>\n<xliff version="1.2"/>`;
    await expect(refuse(external)).rejects.toThrow(/internal subset/);
    const undefinedEntity = OMEGAT_12.replace('الجملة الأولى', '&xxe;');
    await expect(refuse(undefinedEntity)).rejects.toThrow(/undefined entity &xxe;/);
  });

  it('refuses malformed XML, other roots and versions, and files without units', async () => {
    await expect(refuse('<xliff version="1.2"><file>')).rejects.toThrow(/malformed XML/);
    await expect(refuse('<html><body/></html>')).rejects.toThrow(/root element is not <xliff>/);
    await expect(refuse('<xliff version="3.0"/>')).rejects.toThrow(/unsupported XLIFF version/);
    await expect(refuse('<xliff version="2.0" srcLang="ar" trgLang="en"><file id="f"/></xliff>')).rejects.toThrow(
      /no translation units/,
    );
  });
});

describe('hostile XLIFF', () => {
  it('refuses nesting past the limit as a bad file with its line, never an internal error', async () => {
    const head =
      '<?xml version="1.0"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ar" trgLang="en">\n<file id="f"><unit id="u1"><segment><source>';
    const deep = `${head}${'<pc id="x">'.repeat(100_000)}جوزجان${'</pc>'.repeat(100_000)}</source></segment></unit></file></xliff>`;
    const err = await importDocument(bytesOf(deep), 'deep.xlf').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FormatError);
    expect((err as Error).message).toMatch(/^deep\.xlf \(line 3\): elements are nested more than 1000 deep/);
  });
});
