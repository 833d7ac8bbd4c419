import { describe, expect, it } from 'vitest';
import { exportDocument, FormatError, importDocument } from './index';
import { options, sampleDocument } from './testing/sample-document';
import { readSample } from '../../scripts/shared-samples';

const bytesOf = (s: string) => new TextEncoder().encode(s);

describe('importDocument: choosing and checking the format', () => {
  it('refuses a 0-byte file', async () => {
    await expect(importDocument(new Uint8Array(), 'empty.docx')).rejects.toThrow(/empty\.docx: the file is empty/);
    await expect(importDocument(new Uint8Array(), 'empty.txt')).rejects.toThrow(FormatError);
  });

  it('refuses unknown formats, naming the supported ones', async () => {
    await expect(importDocument(bytesOf('%PDF-1.7'), 'scan.pdf')).rejects.toThrow(
      /scan\.pdf: unsupported file type "\.pdf" \(supported: \.docx/,
    );
    await expect(importDocument(bytesOf('text'), 'README')).rejects.toThrow(/no extension/);
  });

  it('refuses content that does not match the extension', async () => {
    const docx = new Uint8Array(readSample('seed-ar.docx'));
    await expect(importDocument(docx, 'notes.md')).rejects.toThrow(/notes\.md: the content is a ZIP container/);
    await expect(importDocument(docx, 'notes.txt')).rejects.toThrow(/ZIP container/);
    await expect(importDocument(bytesOf('%PDF-1.4 ...'), 'report.docx')).rejects.toThrow(
      /report\.docx: the content is a PDF, not a DOCX/,
    );
    await expect(importDocument(bytesOf('مرحبا'), 'report.docx')).rejects.toThrow(/not a Word document/);
    await expect(importDocument(bytesOf('مجرد نص عادي'), 'page.html')).rejects.toThrow(
      /page\.html: the content is not HTML/,
    );
    await expect(importDocument(bytesOf('مجرد نص'), 'units.xlf')).rejects.toThrow(
      /units\.xlf.*(malformed|not an XLIFF)/,
    );
    await expect(importDocument(new Uint8Array([0x61, 0, 0x62, 0x63]), 'bin.md')).rejects.toThrow(FormatError);
  });

  it('imports plain text through the shared text decoder, one paragraph per block', async () => {
    const d = await importDocument(bytesOf('العنوان\n\nالسطر الأول\nوالسطر الثاني\n\nفقرة ثالثة\n'), 'note.txt');
    expect(d.paragraphs.map((p) => p.source)).toEqual(['العنوان', 'السطر الأول والسطر الثاني', 'فقرة ثالثة']);
    expect(d.title).toBe('العنوان');
    expect(d.sourceFormat).toBe('txt');
  });

  it('round-trips the English plain text export', async () => {
    const doc = sampleDocument();
    const { bytes, extension, mime } = await exportDocument(doc, 'txt', options());
    expect([extension, mime]).toEqual(['txt', 'text/plain;charset=utf-8']);
    const back = await importDocument(bytes, 'english.txt');
    const translated = doc.paragraphList.filter((p) => p.status !== 'untranslated');
    // List items carry their marker in plain text, a table row is one tab-separated line.
    const expected = translated
      .filter((p) => p.role?.kind !== 'table-cell')
      .map((p) => (p.role?.kind === 'list-item' ? `- ${p.target}` : p.target));
    expected.splice(4, 0, 'Province\tDarzab');
    expect(back.paragraphs.map((p) => p.source)).toEqual(expected);
  });
});
