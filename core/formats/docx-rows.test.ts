import JSZip from 'jszip';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { NATIVE_ZIP } from '../../electron/features/export/native-zip';
import type { DocumentFull } from '../model';
import { bilingualDocument, cellBuilder, cellTexts, exportBilingualDocx } from './docx-bilingual';
import { escapeText } from './docx-rows';
import { LABELS_AR, options, sampleDocument } from './testing/sample-document';
import type { ExportOptions } from './types';

const documentXml = async (bytes: Uint8Array | ArrayBuffer): Promise<string> =>
  (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');

/** The document.xml the docx library writes when it builds every row itself (the export before the fast path). */
async function libraryXml(doc: DocumentFull, opts: ExportOptions): Promise<string> {
  const texts = cellTexts(opts);
  const cell = cellBuilder(opts);
  const rows = doc.paragraphList.map((p, i) => texts(p, i).map((t, k) => cell(k, t)));
  return documentXml(await Packer.toArrayBuffer(bilingualDocument(doc, opts, rows)));
}

// Lines, empty cells, markup characters, quotes, a control character and a placeholder: everything escaping and splitting touch.
const tricky = sampleDocument({
  paragraphList: [
    ...sampleDocument().paragraphList,
    { index: 8, source: 'سطر أول\nسطر ثانٍ\r\nوثالث', target: 'first line\n\nthird & <last>', status: 'translated' },
    { index: 9, source: 'محمد بن سلمان\u0007 في الرياض \uE000', target: '', status: 'draft' },
    { index: 10, source: 'ـــ', target: 'a "quoted" \'word\' > b', status: 'draft' },
  ],
});

describe('bilingual DOCX rows written as XML', () => {
  const cases: Array<[string, ExportOptions]> = [
    ['English UI, defaults', options()],
    [
      'Arabic UI, target first, status column, glossary appendix, landscape Letter',
      options({
        uiLanguage: 'ar',
        labels: LABELS_AR,
        columnOrder: 'target-first',
        statusColumn: true,
        orientation: 'landscape',
        pageSize: 'Letter',
        glossaryTerms: [{ source: 'جوزجان', target: 'Jowzjan', kind: 'مكان' }],
      }),
    ],
    ['no number column, no header, an export id', options({ numberColumn: false, header: false, exportId: 'exp-1' })],
  ];
  for (const [name, opts] of cases) {
    it(`writes the same document.xml as the docx library: ${name}`, async () => {
      const fast = await documentXml(await exportBilingualDocx(tricky, opts));
      expect(fast).toBe(await libraryXml(tricky, opts));
      expect(fast).toContain('محمد بن سلمان في الرياض');
    });
  }

  it('writes the same parts through the native compressor as through JSZip', async () => {
    const compressor = NATIVE_ZIP;
    const viaJs = await JSZip.loadAsync(await exportBilingualDocx(tricky, options()));
    const viaNative = await JSZip.loadAsync(await exportBilingualDocx(tricky, options({ compressor })), {
      checkCRC32: true,
    });
    const files = (zip: JSZip): string[] =>
      Object.values(zip.files)
        .filter((f) => !f.dir)
        .map((f) => f.name)
        .sort();
    const names = files(viaJs);
    expect(files(viaNative)).toEqual(names);
    for (const name of names.filter((n) => !n.includes('core.xml'))) {
      expect(await viaNative.file(name)!.async('string'), name).toBe(await viaJs.file(name)!.async('string'));
    }
  });

  it('escapes as the library does and drops control characters', () => {
    expect(escapeText('a & b < c > "d" \'e\'\u0001')).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;');
    expect(escapeText('تقرير\tجوزجان\n')).toBe('تقرير\tجوزجان\n');
  });

  it('writes every row of a document of 2,000 paragraphs, in order (several chunks through the native compressor)', async () => {
    const many = sampleDocument({
      paragraphList: Array.from({ length: 2000 }, (_, i) => ({
        index: i,
        source: `الفقرة رقم ${i + 1} من تقرير جوزجان`,
        target: `Paragraph ${i + 1}`,
        status: 'translated' as const,
      })),
    });
    const bytes = await exportBilingualDocx(many, options({ compressor: NATIVE_ZIP }));
    const xml = await (await JSZip.loadAsync(bytes, { checkCRC32: true })).file('word/document.xml')!.async('string');
    expect(xml.length).toBeGreaterThan(2 * 1024 * 1024); // more than one chunk (of about a megabyte) went through the stream
    expect(xml).toBe(await documentXml(await exportBilingualDocx(many, options())));
    expect(xml.match(/<w:tr>/g)).toHaveLength(2001);
    expect(xml.indexOf('Paragraph 1999<')).toBeLessThan(xml.indexOf('Paragraph 2000<'));
    expect(xml).toContain('الفقرة رقم 2000 من تقرير جوزجان');
  });
});
