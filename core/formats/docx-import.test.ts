import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDocument, FormatError, importDocument } from './index';
import { splitParagraphs } from './plain-text';
import { options, sampleDocument } from './testing/sample-document';
import { openZip } from './zip';
import { readSample, readShared } from '../../scripts/shared-samples';

const sample = (name: string) => new Uint8Array(readSample(name));

describe('DOCX import', () => {
  it('reads seed-ar.docx as the same paragraphs as seed-ar.txt', async () => {
    const expected = splitParagraphs(readShared('samples/seed-ar.txt'));
    const d = await importDocument(sample('seed-ar.docx'), 'seed-ar.docx');
    expect(expected).toHaveLength(10);
    expect(d.paragraphs.map((p) => p.source)).toEqual(expected);
    expect(d.title).toBe(expected[0]);
    expect(d.sourceFormat).toBe('docx');
  });

  it('reads structured-ar.docx in reading order: headings, list items, table cells row by row', async () => {
    const expected = readShared('samples/structured-ar.expected.txt')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '');
    const d = await importDocument(sample('structured-ar.docx'), 'structured-ar.docx');
    expect(d.paragraphs.map((p) => p.source)).toEqual(expected);
    expect(d.title).toBe(expected[0]);
    const roles = d.paragraphs.map((p) => p.role);
    expect(roles[0]).toEqual({ kind: 'heading', level: 1 });
    expect(roles[1]).toEqual({ kind: 'body' });
    expect(roles[2]).toEqual({ kind: 'heading', level: 2 });
    expect(roles[3]).toEqual({ kind: 'list-item', ordered: false, level: 1 });
    expect(roles[5]).toEqual({ kind: 'table-cell', row: 0, cell: 0 });
    expect(roles[8]).toEqual({ kind: 'table-cell', row: 1, cell: 1 });
    expect(roles.at(-1)).toEqual({ kind: 'body' });
  });

  it('reads Word features: tracked changes accepted, line breaks, content controls, links; blank paragraphs skipped', async () => {
    const zip = await JSZip.loadAsync(sample('seed-ar.docx'));
    const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const when = 'w:author="a" w:date="2020-01-01T00:00:00Z"';
    const body =
      `<w:p><w:r><w:t xml:space="preserve">فقرة </w:t></w:r><w:ins w:id="1" ${when}><w:r><w:t>مضافة</w:t></w:r></w:ins>` +
      `<w:del w:id="2" ${when}><w:r><w:delText>محذوفة</w:delText></w:r></w:del></w:p>` +
      '<w:p><w:r><w:t>سطر</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>سطر ثان</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p><w:p/>' +
      '<w:sdt><w:sdtContent><w:p><w:r><w:t>داخل عنصر تحكم</w:t></w:r></w:p></w:sdtContent></w:sdt>' +
      '<w:p><w:hyperlink w:anchor="x"><w:r><w:t>رابط</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> بعده</w:t></w:r></w:p>';
    zip.file(
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${body}<w:sectPr/></w:body></w:document>`,
    );
    const d = await importDocument(await zip.generateAsync({ type: 'uint8array' }), 'word.docx');
    expect(d.paragraphs.map((p) => p.source)).toEqual(['فقرة مضافة', 'سطر سطر ثان', 'داخل عنصر تحكم', 'رابط بعده']);
  });

  it('round-trips the English DOCX (docx-target): headings, lists and tables come back in order', async () => {
    const doc = sampleDocument();
    const { bytes, extension } = await exportDocument(doc, 'docx-target', options());
    expect(extension).toBe('docx');
    const back = await importDocument(bytes, 'english.docx');
    const expected = doc.paragraphList
      .filter((p) => p.status !== 'untranslated')
      .map((p) => ({ source: p.target, role: p.role ?? { kind: 'body' } }));
    expect(back.paragraphs).toEqual(expected);
  });

  it('refuses corrupt and truncated DOCX files', async () => {
    const good = sample('seed-ar.docx');
    await expect(importDocument(good.slice(0, Math.floor(good.length / 2)), 'half.docx')).rejects.toThrow(
      /half\.docx: corrupt or truncated ZIP/,
    );
    const garbled = good.slice();
    garbled.fill(0x41, 200, 2000); // inside the first compressed part
    await expect(importDocument(garbled, 'garbled.docx')).rejects.toThrow(FormatError);
    const zip = new JSZip();
    zip.file('hello.txt', 'not a word document');
    await expect(importDocument(await zip.generateAsync({ type: 'uint8array' }), 'other.docx')).rejects.toThrow(
      /word\/document\.xml is missing/,
    );
  });

  it('refuses a zip bomb by declared size before inflating anything', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    // Claim 300 MB uncompressed in the central directory.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < bytes.length - 4; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 300 * 1024 * 1024, true);
    }
    await expect(importDocument(bytes, 'bomb.docx')).rejects.toThrow(
      /bomb\.docx: uncompressed content too large .*zip bomb/,
    );
  });

  it('stops inflating a bomb that lies about its size, and refuses too many entries', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', new Uint8Array(8 * 1024 * 1024)); // 8 MB of zeros compress to a few KB
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(100 * 1024);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < bytes.length - 4; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 1000, true);
      if (sig === 0x04034b50) view.setUint32(i + 22, 1000, true);
    }
    await expect(openZip(bytes, 'liar.docx', { maxTotalBytes: 1024 * 1024, maxEntries: 100 })).rejects.toThrow(
      /zip bomb/,
    );
    const many = new JSZip();
    for (let i = 0; i < 120; i++) many.file(`part${i}.xml`, '<x/>');
    await expect(
      openZip(await many.generateAsync({ type: 'uint8array' }), 'many.docx', { maxTotalBytes: 1e9, maxEntries: 100 }),
    ).rejects.toThrow(/too many parts/);
  });
});
