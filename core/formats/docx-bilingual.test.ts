import { describe, expect, it } from 'vitest';
import { exportDocument } from './index';
import { sampleDocument, options, LABELS_AR } from './testing/sample-document';
import { docxTables, hasElement } from './testing/docx-table';
import { childrenOf, tagOf } from './xml';
import { descendants } from './docx-xml';

const doc = sampleDocument();

describe('bilingual DOCX export', () => {
  it('writes a header row and one row per paragraph, in order, none dropped', async () => {
    const { bytes, mime, extension } = await exportDocument(doc, 'docx', options());
    expect(extension).toBe('docx');
    expect(mime).toContain('wordprocessingml');
    const { tables, texts } = await docxTables(bytes);
    expect(tables).toHaveLength(1);
    const rows = texts(tables[0]!);
    expect(rows[0]).toEqual(['No.', 'Arabic', 'English']);
    expect(rows).toHaveLength(doc.paragraphList.length + 1);
    doc.paragraphList.forEach((p, i) => {
      expect(rows[i + 1]).toEqual([String(i + 1), p.source, p.status === 'untranslated' ? '' : p.target]);
    });
  });

  it('marks Arabic cells bidi/rtl with Arabic language and complex-script font and size, English cells LTR', async () => {
    const { tables, rows, cells } = await docxTables((await exportDocument(doc, 'docx', options())).bytes);
    const table = tables[0]!;
    expect(hasElement(table, 'w:bidiVisual', 'off')).toBe(true);
    for (const row of rows(table).slice(1)) {
      const [num, arabic, english] = cells(row);
      expect(hasElement(arabic!, 'w:bidi')).toBe(true);
      expect(hasElement(arabic!, 'w:rtl')).toBe(true);
      expect(hasElement(arabic!, 'w:szCs')).toBe(true);
      const lang = descendants([arabic!], 'w:lang', '')[0]![':@'] as Record<string, string>;
      expect(lang['w:bidi']).toBe('ar-SA');
      const fonts = descendants([arabic!], 'w:rFonts', '')[0]![':@'] as Record<string, string>;
      expect(fonts['w:cs']).toBe('Noto Naskh Arabic');
      expect(hasElement(english!, 'w:bidi')).toBe(false);
      expect(hasElement(english!, 'w:rtl')).toBe(false);
      expect(hasElement(english!, 'w:lang', 'en-US')).toBe(true);
      expect(hasElement(num!, 'w:rtl')).toBe(false);
    }
  });

  it('aligns the Arabic and English column headings like their text, in the English UI too', async () => {
    const { tables, rows, cells } = await docxTables((await exportDocument(doc, 'docx', options())).bytes);
    const [, arabic, english] = cells(rows(tables[0]!)[0]!);
    expect(hasElement(arabic!, 'w:bidi')).toBe(true); // right-to-left, so "start" is the right edge
    expect(hasElement(arabic!, 'w:jc', 'start')).toBe(true);
    expect(hasElement(english!, 'w:bidi')).toBe(false);
    expect(hasElement(english!, 'w:jc', 'left')).toBe(true);
  });

  it('puts the Arabic in the right column with target-first, and adds the status column', async () => {
    const bytes = (await exportDocument(doc, 'docx', options({ columnOrder: 'target-first', statusColumn: true })))
      .bytes;
    const { tables, texts, rows, cells } = await docxTables(bytes);
    const t = texts(tables[0]!);
    expect(t[0]).toEqual(['No.', 'English', 'Arabic', 'Status']);
    expect(t[2]).toEqual(['2', doc.paragraphList[1]!.target, doc.paragraphList[1]!.source, 'Draft']);
    expect(t[5]![3]).toBe('Untranslated');
    const row = rows(tables[0]!)[1]!;
    expect(hasElement(cells(row)[2]!, 'w:rtl')).toBe(true);
    expect(hasElement(cells(row)[1]!, 'w:rtl')).toBe(false);
  });

  it('shows a reviewed row as reviewed in the status column, in English and in Arabic', async () => {
    const reviewed = {
      ...doc,
      paragraphList: doc.paragraphList.map((p, i) => (i === 0 ? { ...p, status: 'reviewed' as const } : p)),
    };
    const en = await docxTables((await exportDocument(reviewed, 'docx', options({ statusColumn: true }))).bytes);
    expect(en.texts(en.tables[0]!)[1]).toEqual([
      '1',
      reviewed.paragraphList[0]!.source,
      reviewed.paragraphList[0]!.target,
      'Reviewed',
    ]);
    expect(en.texts(en.tables[0]!)[3]![3]).toBe('Translated');
    const ar = await docxTables(
      (await exportDocument(reviewed, 'docx', options({ statusColumn: true, uiLanguage: 'ar', labels: LABELS_AR })))
        .bytes,
    );
    expect(ar.texts(ar.tables[0]!)[1]!.at(-1)).toBe('مراجعة');
  });

  it('can leave out the number column and uses Arabic labels in the Arabic UI', async () => {
    const bytes = (
      await exportDocument(doc, 'docx', options({ numberColumn: false, uiLanguage: 'ar', labels: LABELS_AR }))
    ).bytes;
    const { tables, texts, rows, cells } = await docxTables(bytes);
    expect(texts(tables[0]!)[0]).toEqual(['العربية', 'الإنجليزية']);
    expect(hasElement(cells(rows(tables[0]!)[0]!)[1]!, 'w:rtl')).toBe(true);
    expect(texts(tables[0]!)[1]).toEqual([doc.paragraphList[0]!.source, doc.paragraphList[0]!.target]);
  });

  it('stores the document id and layout in custom properties', async () => {
    const { zip } = await docxTables((await exportDocument(doc, 'docx', options({ statusColumn: true }))).bytes);
    const custom = await zip.file('docProps/custom.xml')!.async('string');
    expect(custom).toContain('name="DragomanDocumentId"><vt:lpwstr>doc-7f3a</vt:lpwstr>');
    expect(custom).toContain('<vt:lpwstr>number,source,target,status</vt:lpwstr>');
  });

  it('has a header with title, date (and progress for the desk) and a footer with page numbers, or none', async () => {
    const { zip } = await docxTables((await exportDocument(doc, 'docx', options({ progressLine: true }))).bytes);
    const header = await zip.file('word/header1.xml')!.async('string');
    expect(header).toContain(doc.title);
    expect(header).toContain('2026-03-04');
    expect(header).toContain('5 of 8 paragraphs translated');
    // A client's copy (the default): the title and the date, no progress line.
    const client = await (
      await docxTables((await exportDocument(doc, 'docx', options())).bytes)
    ).zip
      .file('word/header1.xml')!
      .async('string');
    expect(client).toContain('2026-03-04');
    expect(client).not.toContain('paragraphs translated');
    const footer = await zip.file('word/footer1.xml')!.async('string');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    const none = await docxTables((await exportDocument(doc, 'docx', options({ header: false }))).bytes);
    expect(none.zip.file('word/header1.xml')).toBeNull();
  });

  it('sets landscape Letter pages and appends the glossary table', async () => {
    const terms = [
      { source: 'جوزجان', target: 'Jowzjan', kind: 'place' },
      { source: 'طالبان', target: 'Taliban', kind: 'organisation' },
    ];
    const bytes = (
      await exportDocument(doc, 'docx', options({ orientation: 'landscape', pageSize: 'Letter', glossaryTerms: terms }))
    ).bytes;
    const { xml, tables, texts } = await docxTables(bytes);
    expect(xml).toMatch(/<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"\/>/);
    expect(tables).toHaveLength(2);
    expect(texts(tables[1]!)).toEqual([
      ['Arabic', 'English', 'Kind'],
      ['جوزجان', 'Jowzjan', 'place'],
      ['طالبان', 'Taliban', 'organisation'],
    ]);
    const a4 = await docxTables((await exportDocument(doc, 'docx', options())).bytes);
    expect(a4.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  });

  it('never drops a paragraph, even a long document with empty targets and line breaks', async () => {
    const many = sampleDocument({
      paragraphList: Array.from({ length: 250 }, (_, i) => ({
        index: i,
        source: `فقرة رقم ${i + 1}\nسطر ثان`,
        target: i % 3 ? `Paragraph ${i + 1}` : '',
        status: i % 3 ? 'translated' : 'untranslated',
      })),
    });
    const { tables, texts } = await docxTables((await exportDocument(many, 'docx', options())).bytes);
    const rows = texts(tables[0]!);
    expect(rows).toHaveLength(251);
    expect(rows[249]).toEqual(['249', 'فقرة رقم 249\nسطر ثان', 'Paragraph 249']);
    expect(rows[250]).toEqual(['250', 'فقرة رقم 250\nسطر ثان', '']);
    expect(rows[1]![2]).toBe('');
    const body = childrenOf(tables[0]!).filter((n) => tagOf(n) === 'w:tr');
    expect(body).toHaveLength(251);
  });
});
