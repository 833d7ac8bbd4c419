import { describe, expect, it } from 'vitest';
import { FormatError } from './errors';
import { decodeText, splitParagraphs } from './plain-text';
import { readShared } from '../../scripts/shared-samples';

const SEED = readShared('samples/seed-ar.txt');
const AR = 'كشفت وكالة تسنيم الايرانية ان القوات الامريكية نفذت عملية سرية في ولاية جوزجان.';

/** Windows-1256 bytes of a string, built from the decoder's own table (the reverse of what we test). */
function encode1256(text: string): Uint8Array {
  const table = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return Uint8Array.from(
    [...text].map((c) => {
      const b = table.indexOf(c);
      if (b < 0) throw new Error(`no 1256 byte for ${c}`);
      return b;
    }),
  );
}

function utf16(text: string, le: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = le ? c & 0xff : c >> 8;
    out[3 + i * 2] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, UTF-16 LE and BE, and Windows-1256 Arabic alike', () => {
    const utf8 = new TextEncoder().encode(AR);
    expect(decodeText(utf8, 'a.txt')).toBe(AR);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'a.txt')).toBe(AR);
    expect(decodeText(utf16(AR, true), 'a.txt')).toBe(AR);
    expect(decodeText(utf16(AR, false), 'a.txt')).toBe(AR);
    expect(decodeText(encode1256(AR), 'a.txt')).toBe(AR);
  });

  it('refuses empty, binary and undecodable files, naming the file', () => {
    expect(() => decodeText(new Uint8Array(), 'empty.txt')).toThrow(/empty\.txt.*empty/);
    expect(() => decodeText(new Uint8Array([0x41, 0x00, 0x42]), 'nul.txt')).toThrow(FormatError);
    expect(() => decodeText(new TextEncoder().encode('سطر\nآخر\u0007'), 'bell.txt')).toThrow(/bell\.txt \(line 2\)/);
    // Latin-1 French: not UTF-8, and as Windows-1256 mostly not Arabic letters.
    expect(() =>
      decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65]), 'fr.txt'),
    ).toThrow(/cannot decode/);
  });
});

describe('splitParagraphs', () => {
  it('splits the seed article into its 10 paragraphs', () => {
    const ps = splitParagraphs(SEED);
    expect(ps).toHaveLength(10);
    expect(ps[1]).toBe('طهران-سانا');
    expect(ps[3]).toContain('درزاب \u00a0في'); // inner spacing kept as written (a space and a no-break space)
  });

  it('joins the lines of a block with a space, normalises CRLF/CR, and takes lines when there is no blank line', () => {
    expect(splitParagraphs('سطر أول\r\nتابع\r\n\r\n  فقرة ثانية  \r\n')).toEqual(['سطر أول تابع', 'فقرة ثانية']);
    expect(splitParagraphs('واحد\rاثنان\rثلاثة')).toEqual(['واحد', 'اثنان', 'ثلاثة']);
    expect(splitParagraphs('أ\n \t \nب')).toEqual(['أ', 'ب']);
  });
});
