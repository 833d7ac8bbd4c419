/** Big documents (issue 12): the outline, rows by page, and the index the summary reads. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api/contract';
import { openWorkspace } from '../../../db/open';
import type { Env } from '../../app/env';
import { composeApp, composeServices } from '../../app/compose';

function testEnv(): Env {
  let n = 0;
  return { newId: () => `doc-${++n}`, now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, n++)).toISOString() };
}

const paragraphs = (n: number): string =>
  Array.from({ length: n }, (_, i) => `الفقرة ${i + 1} من تقرير ولاية جوزجان`).join('\n\n');

describe('document pages', () => {
  it('gives the outline (summary and one status per row) and rows by range, counted from 0', async () => {
    const s = composeServices(openWorkspace(':memory:'), testEnv());
    const { documentId } = await s.documents.import({
      fileName: 'big.txt',
      bytes: new TextEncoder().encode(paragraphs(450)),
    });
    s.documents.updateParagraph({ documentId, index: 1, target: 'Paragraph 2', confirm: true });
    s.documents.updateParagraph({ documentId, index: 449, target: 'Paragraph 450' });
    const outline = s.documents.outline(documentId);
    expect(outline.paragraphs).toBe(450);
    expect(outline.translated).toBe(1);
    expect(outline.statuses).toHaveLength(450);
    expect(outline.statuses.slice(0, 3)).toBe('utu');
    expect(outline.statuses.at(-1)).toBe('d');
    expect(outline.words).toBe(450 * 6);
    expect(outline.wordsTranslated).toBe(6);

    const page = s.documents.rows(documentId, 200, 200);
    expect(page.map((p) => p.index)).toEqual(Array.from({ length: 200 }, (_, i) => 200 + i));
    expect(page[0]!.source).toBe('الفقرة 201 من تقرير ولاية جوزجان');
    const last = s.documents.rows(documentId, 400, 200);
    expect(last).toHaveLength(50);
    expect(last.at(-1)).toMatchObject({ index: 449, target: 'Paragraph 450', status: 'draft', version: 1 });
    expect(s.documents.rows(documentId, 450, 10)).toEqual([]);
  });

  it('refuses a missing document and a row past the end by name', () => {
    const s = composeServices(openWorkspace(':memory:'), testEnv());
    expect(() => s.documents.rows('nope', 0, 10)).toThrow(ApiError);
    expect(() => s.documents.outline('nope')).toThrow(/no document with id nope/);
    expect(() => s.documents.changes('nope', 0)).toThrow(/no document with id nope/);
  });

  it('validates the page size at the API (1 to 1000 rows)', async () => {
    const app = composeApp({ dbFile: ':memory:' });
    const { documentId } = await app.services.documents.import({
      fileName: 'a.txt',
      bytes: new TextEncoder().encode(paragraphs(3)),
    });
    expect(await app.dispatch('document.rows', { id: documentId, from: 0, count: 1001 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('count') },
    });
    expect(await app.dispatch('document.rows', { id: documentId, from: -1, count: 10 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    const ok = (await app.dispatch('document.rows', { id: documentId, from: 2, count: 1000 })) as {
      ok: true;
      value: unknown[];
    };
    expect(ok.value).toHaveLength(1);
    app.close();
  });

  it('computes the summary and the statuses from the covering index, not from the rows', () => {
    const db = openWorkspace(':memory:');
    const plan = (sql: string): string =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as Array<{ detail: string }>).map((r) => r.detail).join('; ');
    expect(
      plan("SELECT group_concat(substr(status, 1, 1), '' ORDER BY idx) AS s FROM paragraphs WHERE document_id = ?"),
    ).toContain('COVERING INDEX paragraphs_by_status');
    expect(
      plan(
        `SELECT COUNT(p.idx), SUM(p.status = 'translated'), SUM(p.source_words) FROM documents d LEFT JOIN paragraphs p ON p.document_id = d.id WHERE d.id = ? GROUP BY d.id`,
      ),
    ).toContain('COVERING INDEX paragraphs_by_status');
  });
});
