import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../db/open';
import type { Env } from './clock';
import { getDocument, importDocument, importReview, updateParagraph } from './documents';
import { exportDoc } from './export';

const seed = readFileSync(new URL('../../../shared/samples/seed-ar.txt', import.meta.url));

function env(): Env {
  let n = 0;
  let t = Date.parse('2026-01-01T00:00:00Z');
  return { newId: () => `id-${++n}`, now: () => new Date((t += 1000)).toISOString() };
}

/** What a reviewer does in Word: replace some English in the document part. */
async function edit(bytes: Uint8Array, from: string, to: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  if (!xml.includes(from)) throw new Error(`no ${from} in the export`);
  zip.file('word/document.xml', xml.replace(from, to));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('review round trip', () => {
  it('applies the reviewer’s corrections and never undoes work done since the export', async () => {
    const db = openWorkspace(':memory:');
    const e = env();
    const { documentId: id } = await importDocument(db, e, { fileName: 'seed-ar.txt', bytes: seed });
    updateParagraph(db, e, { documentId: id, index: 1, target: 'Tehran, SANA', confirm: true });
    updateParagraph(db, e, { documentId: id, index: 2, target: 'Tasnim revealed a secret operation.', confirm: true });
    const exported = await exportDoc(db, e, id, 'docx');

    // After the export the translator goes on: row 4 translated, row 2 reworded.
    updateParagraph(db, e, { documentId: id, index: 3, target: 'Clashes broke out in Darzab.', confirm: true });
    updateParagraph(db, e, { documentId: id, index: 1, target: 'Tehran (SANA)', confirm: true });

    // The reviewer corrects rows 2 and 3 of the file they received.
    let reviewed = await edit(exported.bytes, 'a secret operation', 'a covert operation');
    reviewed = await edit(reviewed, 'Tehran, SANA', 'Tehran – SANA');
    const report = await importReview(db, e, { id, fileName: 'reviewed.docx', bytes: reviewed });

    expect(report.changed).toEqual([{ index: 2, before: 'Tasnim revealed a secret operation.', after: 'Tasnim revealed a covert operation.' }]);
    expect(report.conflicts).toEqual([{ index: 1, current: 'Tehran (SANA)', reviewer: 'Tehran – SANA' }]);
    const doc = getDocument(db, id);
    expect(doc.paragraphList[2]!.target).toBe('Tasnim revealed a covert operation.');
    expect(doc.paragraphList[2]!.status).toBe('translated');
    expect(doc.paragraphList[3]!.target).toBe('Clashes broke out in Darzab.'); // not wiped by the older file
    expect(doc.paragraphList[1]!.target).toBe('Tehran (SANA)'); // conflict left for the translator
    expect(doc.paragraphList[2]!.source).toBe(getDocument(db, id).paragraphList[2]!.source);
  });

  it('refuses the review file of another document and changes nothing', async () => {
    const db = openWorkspace(':memory:');
    const e = env();
    const a = await importDocument(db, e, { fileName: 'seed-ar.txt', bytes: seed });
    const b = await importDocument(db, e, { fileName: 'other.txt', bytes: new TextEncoder().encode('فقرة أولى\n\nفقرة ثانية') });
    const exported = await exportDoc(db, e, b.documentId, 'docx');
    await expect(importReview(db, e, { id: a.documentId, fileName: 'other.docx', bytes: exported.bytes })).rejects.toThrow(/other\.docx.*another document/);
    expect(getDocument(db, a.documentId).paragraphList.every((p) => p.target === '')).toBe(true);
  });
});
