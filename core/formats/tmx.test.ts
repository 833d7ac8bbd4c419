import { describe, expect, it } from 'vitest';
import { exportDocument, importDocument } from './index';
import { documentFrom, options, sampleDocument } from './testing/sample-document';
import { all, one, strictParse } from './testing/strict-xml';
import { MEMOQ_12, XLIFF_20 } from './testing/xliff-fixtures';

describe('TMX 1.4b export', () => {
  it('holds the translated pairs in order with the required header', async () => {
    const doc = sampleDocument();
    const { bytes, extension } = await exportDocument(doc, 'tmx', options());
    expect(extension).toBe('tmx');
    const tmx = one(strictParse(new TextDecoder().decode(bytes)), 'tmx');
    expect(tmx['@version']).toBe('1.4');
    const header = one(tmx, 'header');
    expect(header).toMatchObject({
      '@creationtool': 'Dragoman',
      '@segtype': 'paragraph',
      '@o-tmf': 'dragoman',
      '@adminlang': 'en',
      '@srclang': 'ar',
      '@datatype': 'plaintext',
      '@creationdate': '20260304T100000Z',
    });
    expect(header['@creationtoolversion']).toBeTruthy();
    const units = all(one(tmx, 'body'), 'tu');
    const translated = doc.paragraphList.filter((p) => p.status === 'translated');
    expect(units).toHaveLength(translated.length);
    units.forEach((tu, i) => {
      const [ar, en] = all(tu, 'tuv');
      expect(ar!['@xml:lang']).toBe('ar');
      expect(en!['@xml:lang']).toBe('en');
      expect(one(ar!, 'seg')['#text']).toBe(translated[i]!.source);
      expect(one(en!, 'seg')['#text']).toBe(translated[i]!.target);
      expect(tu['@tuid']).toBe(`p${translated[i]!.index + 1}`);
    });
  });

  it('writes inline codes as bpt/ept/ph, never as raw placeholders', async () => {
    const doc = documentFrom(await importDocument(new TextEncoder().encode(MEMOQ_12), 'news.mqxliff'));
    const xml = new TextDecoder().decode((await exportDocument(doc, 'tmx', options())).bytes);
    strictParse(xml);
    expect(xml).toContain(
      '<seg>قال <bpt i="1">&lt;b&gt;</bpt>المتحدث<ept i="1">&lt;/b&gt;</ept> اليوم<ph x="3">&lt;br/&gt;</ph></seg>',
    );
    const paired = documentFrom(await importDocument(new TextEncoder().encode(XLIFF_20), 'brief.xlf'));
    const xml20 = new TextDecoder().decode((await exportDocument(paired, 'tmx', options())).bytes);
    strictParse(xml20);
    expect(xml20).toContain(
      '<seg>Press <bpt i="1">&lt;pc id=&quot;1&quot;&gt;</bpt>Save<ept i="1">&lt;/pc&gt;</ept> now<ph x="3">&lt;ph id=&quot;2&quot; dataRef=&quot;d1&quot;/&gt;</ph></seg>',
    );
    expect(xml).not.toMatch(/[\uE000-\uF8FF]/);
  });
});
