import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api/contract';
import { listDocuments } from '../../../db/documents-repo';
import { openWorkspace } from '../../../db/open';
import type { Env } from '../../app/env';
import { composeServices } from '../../app/compose';
import { SEED } from '../../../scripts/shared-samples';

function testEnv(): Env {
  let n = 0;
  let t = Date.parse('2026-01-01T00:00:00Z');
  return { newId: () => `doc-${++n}`, now: () => new Date((t += 1000)).toISOString() };
}

describe('document service', () => {
  it('imports the seed article as 10 paragraphs, titled by the first', async () => {
    const db = openWorkspace(':memory:');
    const s = composeServices(db, testEnv());
    const r = await s.documents.import({ fileName: 'seed-ar.txt', bytes: readFileSync(SEED) });
    expect(r).toMatchObject({ documentId: 'doc-1', paragraphs: 10 });
    const doc = s.documents.get(r.documentId);
    expect(doc.title).toBe('وكالة تسنيم: أمريكا نفذت عملية لإنقاذ متزعمين من داعش بأفغانستان');
    expect(doc.paragraphList[1]!.source).toBe('طهران-سانا');
    expect(doc.paragraphList.every((p) => p.status === 'untranslated' && p.target === '')).toBe(true);
    expect(doc.words).toBeGreaterThan(200);
  });

  it('imports text copied from a PDF (presentation forms) as ordinary Arabic letters', async () => {
    const db = openWorkspace(':memory:');
    const s = composeServices(db, testEnv());
    const bytes = new TextEncoder().encode('ﺍﺷﺘﺒﺎﻛﺎﺕ ﻓﻲ ﻭﻻﻳﺔ ﺟﻮﺯﺟﺎﻥ');
    const { documentId } = await s.documents.import({ fileName: 'from-pdf.txt', bytes });
    expect(s.documents.get(documentId).paragraphList[0]!.source).toBe('اشتباكات في ولاية جوزجان');
  });

  it('moves a row through untranslated → draft → translated → draft → untranslated', async () => {
    const db = openWorkspace(':memory:');
    const s = composeServices(db, testEnv());
    const { documentId } = await s.documents.import({ fileName: 'seed-ar.txt', bytes: readFileSync(SEED) });
    const edit = (target: string, confirm = false) =>
      s.documents.updateParagraph({ documentId, index: 2, target, confirm });
    expect(edit('Tasnim reported').paragraph.status).toBe('draft');
    const confirmed = edit('Tasnim reported', true);
    expect(confirmed.paragraph.status).toBe('translated');
    expect(confirmed.document.translated).toBe(1);
    expect(confirmed.document.wordsTranslated).toBeGreaterThan(10);
    expect(edit('Tasnim reported that').paragraph.status).toBe('draft');
    expect(edit('   ').paragraph.status).toBe('untranslated');
    expect(() => s.documents.updateParagraph({ documentId, index: 10, target: 'x' })).toThrow(ApiError);
  });

  it.each([
    ['empty.txt', new Uint8Array(0), /empty/],
    ['binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), /not a .*text file/],
    ['latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65]), /cannot decode/],
    ['huge.txt', new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61), /50 MB/],
  ])('refuses %s with a clear message and imports nothing', async (fileName, bytes, message) => {
    const db = openWorkspace(':memory:');
    const s = composeServices(db, testEnv());
    await expect(s.documents.import({ fileName, bytes })).rejects.toThrow(message);
    await expect(s.documents.import({ fileName, bytes })).rejects.toThrow(fileName);
    expect(listDocuments(db)).toEqual([]);
  });
});
