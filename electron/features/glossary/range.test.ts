/** `document.matches` over a range of paragraphs (a page of a big document) finds what the whole-document call finds there. */
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../db/open';
import { composeServices } from '../../app/compose';

describe('glossary matches by range', () => {
  it('gives the matches of the paragraphs asked for only, counted from 0', async () => {
    let n = 0;
    const s = composeServices(openWorkspace(':memory:'), {
      newId: () => `id-${++n}`,
      now: () => '2026-01-01T00:00:00.000Z',
    });
    const text = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 0 ? `اشتباكات في ولاية جوزجان رقم ${i + 1}` : `فقرة بلا أسماء رقم ${i + 1}`,
    ).join('\n\n');
    const { documentId } = await s.documents.import({ fileName: 'r.txt', bytes: new TextEncoder().encode(text) });
    expect(s.glossary.matchDocument(documentId, { from: 0, count: 30 })).toEqual([]); // no glossary yet
    s.glossary.addTerm({ source: 'جوزجان', target: 'Jowzjan', kind: 'place' });
    const whole = s.glossary.matchDocument(documentId);
    expect(whole.map((m) => m.paragraph)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27]);
    const page = s.glossary.matchDocument(documentId, { from: 10, count: 10 });
    expect(page).toEqual(whole.filter((m) => m.paragraph >= 10 && m.paragraph < 20));
    expect(() => s.glossary.matchDocument('nope', { from: 0, count: 10 })).toThrow(/no document with id nope/);
  });
});
