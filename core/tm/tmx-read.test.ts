/** TMX import: files written by OmegaT, Trados-style UTF-16, a hand-made one with inline codes, and bad inputs. */
import { describe, expect, it } from 'vitest';
import { INLINE_TMX, OMEGAT_TMX, tradosTmx } from './testing/tmx-fixtures';
import { englishText } from '../i18n/message';
import { TmxError, decodeTmx, readTmx } from './tmx-read';
import { writeTmx } from './tmx-write';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const read = (s: string) => readTmx(decodeTmx(enc(s), 'm.tmx'), 'm.tmx');
const refusal = (s: string): string => {
  try {
    read(s);
  } catch (e) {
    if (e instanceof TmxError) return e.message;
    throw e;
  }
  throw new Error('not refused');
};

describe('TMX reading', () => {
  it('reads an OmegaT memory (lang="AR-SY", author and dates on the target tuv ignored, props kept)', () => {
    const r = read(OMEGAT_TMX);
    expect(r.skipped).toEqual([]);
    expect(r.units.map((u) => [u.source, u.target])).toEqual([
      ['طهران-سانا', 'Tehran, SANA'],
      [
        'وكالة تسنيم: أمريكا نفذت عملية لإنقاذ متزعمين من داعش بأفغانستان',
        'Tasnim: US carried out operation to rescue ISIS leaders in Afghanistan',
      ],
    ]);
    expect(r.units[1]!.props).toEqual({ file: 'seed-ar.txt' });
    expect(r.units[1]!.line).toBe(15);
  });

  it('reads Trados-style UTF-16 LE with BOM: tuid, author, dates, props', () => {
    const bytes = tradosTmx();
    const r = readTmx(decodeTmx(bytes, 't.tmx'), 't.tmx');
    expect(r.units).toHaveLength(1);
    expect(r.units[0]).toMatchObject({
      source: 'وقتل على أثرها عدد كبير من عناصر داعش الإرهابي',
      target: 'A large number of ISIS terrorists were killed as a result',
      tuid: '42',
      author: 'TRADOS\\editor',
      created: '2023-01-05T08:15:00.000Z',
      changed: '2023-01-06T09:00:00.000Z',
      props: { 'x-Domain:SinglePicklist': 'News' },
    });
    // UTF-16 without a BOM is recognised by its first bytes.
    expect(readTmx(decodeTmx(bytes.subarray(2), 't.tmx'), 't.tmx').units).toHaveLength(1);
  });

  it('keeps inline codes as placeholders shared by both sides, decodes entities, keeps notes', () => {
    const r = read(INLINE_TMX);
    expect(r.skipped).toEqual([]);
    const [a, b] = r.units;
    expect(a!.source).toBe('\uE000طالبان\uE001 تسيطر على \uE002مدينة درزاب & ريفها');
    expect(a!.target).toBe('\uE000Taliban\uE001 control \uE002Darzab & its countryside');
    expect(a!.codes!.map((c) => [c.tag, c.content])).toEqual([
      ['bpt', '<b>'],
      ['ept', '</b>'],
      ['ph', '<br/>'],
    ]);
    expect(a!.notes).toEqual(['from the style guide']);
    expect(b!.source).toBe('قرية \uE000المراشدة\uE001 \uE002بريف دير الزور');
    expect(b!.target).toBe('\uE000al-Marashida\uE001 village \uE002in rural Deir Ezzor — م');
    expect(b!.codes![0]).toMatchObject({ tag: 'hi', kind: 'open', attrs: { type: 'bold' }, pair: 1 });
    expect(b!.notes).toEqual(['headline']);
  });

  it('writes inline codes back on export, and reads its own export again unchanged', () => {
    const units = read(INLINE_TMX).units.map((u, i) => ({
      ...u,
      id: `id${i}`,
      created: '2026-01-01T00:00:00.000Z',
      changed: '2026-01-02T00:00:00.000Z',
    }));
    const again = read(writeTmx(units, '2026-02-01T00:00:00.000Z'));
    expect(again.units.map((u) => [u.source, u.target, u.tuid, u.notes, u.changed])).toEqual(
      units.map((u) => [u.source, u.target, u.tuid, u.notes, u.changed]),
    );
    expect(again.units[0]!.codes).toEqual(units[0]!.codes);
  });

  it('refuses entity declarations with their line', () => {
    const evil = `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY lol "lol">\n]>\n<tmx version="1.4"><header srclang="ar"/><body></body></tmx>`;
    expect(refusal(evil)).toBe('m.tmx: line 3: entity declarations (<!ENTITY) are not accepted in a memory');
  });

  it('refuses a memory of another language pair', () => {
    const fr = OMEGAT_TMX.replace(/AR-SY/g, 'EN-US').replace(/lang="EN-US" changeid/g, 'lang="FR-FR" changeid');
    expect(refusal(fr)).toMatch(
      /^m\.tmx: line 7: the memory has no Arabic–English units \(its languages: en-us, fr-fr\)/,
    );
  });

  it('refuses a truncated file with the line where it ends', () => {
    const cut = OMEGAT_TMX.slice(0, OMEGAT_TMX.indexOf('<seg>وكالة'));
    expect(refusal(cut)).toBe('m.tmx: line 15: the file ends inside a <tu> (is it truncated?)');
    const noEnd = OMEGAT_TMX.replace('</body>\n</tmx>\n', '');
    expect(refusal(noEnd)).toMatch(/^m\.tmx: line 2\d: the file ends before <\/tmx>/);
  });

  it('skips a unit without a target, or with an undefined entity, naming its line', () => {
    const bad = OMEGAT_TMX.replace('<seg>Tehran, SANA</seg>', '<seg></seg>').replace(
      'US carried out',
      'US &nbsp; carried out',
    );
    const r = read(bad);
    expect(r.units).toHaveLength(0);
    expect(r.skipped.map((x) => ({ line: x.line, message: englishText(x.message) }))).toEqual([
      { line: 7, message: 'the unit has no English (xml:lang="en…") target; skipped' },
      { line: 15, message: 'the entity &nbsp; is not defined (TMX allows only &amp; &lt; &gt; &quot; &apos;)' },
    ]);
  });

  it('says when the bytes are not text in their encoding', () => {
    expect(() => decodeTmx(new Uint8Array([0x3c, 0x74, 0xff, 0xfe, 0xfd]), 'x.tmx')).toThrow(
      'x.tmx: line 1: the file is not valid UTF-8 text',
    );
  });
});
