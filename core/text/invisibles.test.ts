import { describe, expect, it } from 'vitest';
import { hasInvisibles, splitInvisibles, withVisibleMarks } from './invisibles';

const labels = (text: string) => splitInvisibles(text).map((p) => p.invisible?.label ?? p.text);

describe('invisible characters', () => {
  it('marks a direction override that would show "fdp.exe" as "exe.pdf"', () => {
    expect(labels('تقرير \u202Efdp.exe')).toEqual(['تقرير ', 'RLO', 'fdp.exe']);
    expect(splitInvisibles('\u202E')[0]?.invisible).toEqual({
      code: 0x202e,
      label: 'RLO',
      name: 'RIGHT-TO-LEFT OVERRIDE',
    });
  });

  it("marks zero-width spaces and embeddings, never the Persian non-joiner or Arabic text's RLM", () => {
    expect(labels('جوز\u200Bجان')).toEqual(['جوز', 'ZWSP', 'جان']);
    expect(labels('\u202Bولاية\u202C')).toEqual(['RLE', 'ولاية', 'PDF']);
    expect(hasInvisibles('می\u200Cرود')).toBe(false);
    expect(hasInvisibles('قال\u200F إن')).toBe(false);
  });

  it('marks isolates only when they pair with nothing', () => {
    expect(hasInvisibles('وزير \u2068Lavrov\u2069 قال')).toBe(false);
    expect(labels('قال \u2069 ثم \u2067كذا')).toEqual(['قال ', 'PDI', ' ثم ', 'RLI', 'كذا']);
  });

  it('keeps a few marks on a letter and counts the rest of a stack', () => {
    expect(hasInvisibles('مُحَمَّدٌ')).toBe(false); // vowels and shadda are Arabic, not an attack
    const stacked = `ا${'\u0651'.repeat(600)}ب`;
    const pieces = splitInvisibles(stacked);
    expect(pieces.map((p) => p.invisible?.label ?? [...p.text].length)).toEqual([7, '+594', 1]);
    expect(pieces.map((p) => p.text).join('')).toBe(stacked); // nothing lost, nothing reordered
  });

  it('writes the marks into a UI sentence as bracketed labels', () => {
    expect(withVisibleMarks('تقرير \u202Efdp.exe')).toBe('تقرير \u27e6RLO\u27e7fdp.exe');
    expect(withVisibleMarks('جوزجان')).toBe('جوزجان');
  });
});
