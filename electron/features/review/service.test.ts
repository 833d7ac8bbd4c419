import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../db/open';
import type { Env } from '../../app/env';
import { addWordComment } from '../../../core/formats/testing/review-edits';
import { composeServices } from '../../app/compose';
import { readSample } from '../../../scripts/shared-samples';

const seed = readSample('seed-ar.txt');

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
    const s = composeServices(openWorkspace(':memory:'), env());
    const { documentId: id } = await s.documents.import({ fileName: 'seed-ar.txt', bytes: seed });
    s.documents.updateParagraph({ documentId: id, index: 1, target: 'Tehran, SANA', confirm: true });
    s.documents.updateParagraph({
      documentId: id,
      index: 2,
      target: 'Tasnim revealed a secret operation.',
      confirm: true,
    });
    const exported = await s.exports.export(id, 'docx');

    // After the export the translator goes on: row 4 translated, row 2 reworded.
    s.documents.updateParagraph({ documentId: id, index: 3, target: 'Clashes broke out in Darzab.', confirm: true });
    s.documents.updateParagraph({ documentId: id, index: 1, target: 'Tehran (SANA)', confirm: true });

    // The reviewer corrects rows 2 and 3 of the file they received.
    let reviewed = await edit(exported.bytes, 'a secret operation', 'a covert operation');
    reviewed = await edit(reviewed, 'Tehran, SANA', 'Tehran – SANA');
    const report = await s.review.importReview({ id, fileName: 'reviewed.docx', bytes: reviewed });

    expect(report.changed).toEqual([
      { index: 2, before: 'Tasnim revealed a secret operation.', after: 'Tasnim revealed a covert operation.' },
    ]);
    expect(report.conflicts).toEqual([{ index: 1, current: 'Tehran (SANA)', reviewer: 'Tehran – SANA' }]);
    const doc = s.documents.get(id);
    expect(doc.paragraphList[2]!.target).toBe('Tasnim revealed a covert operation.');
    expect(doc.paragraphList[2]!.status).toBe('translated');
    expect(doc.paragraphList[3]!.target).toBe('Clashes broke out in Darzab.'); // not wiped by the older file
    expect(doc.paragraphList[1]!.target).toBe('Tehran (SANA)'); // conflict left for the translator
    expect(doc.paragraphList[2]!.source).toBe(s.documents.get(id).paragraphList[2]!.source);
  });

  it('never overwrites a save that lands while the reviewed file is being read', async () => {
    const s = composeServices(openWorkspace(':memory:'), env());
    const { documentId: id } = await s.documents.import({ fileName: 'seed-ar.txt', bytes: seed });
    s.documents.updateParagraph({
      documentId: id,
      index: 2,
      target: 'Tasnim revealed a secret operation.',
      confirm: true,
    });
    const exported = await s.exports.export(id, 'docx');
    const reviewed = await edit(exported.bytes, 'a secret operation', 'a covert operation');
    const importing = s.review.importReview({ id, fileName: 'reviewed.docx', bytes: reviewed });
    // The translator's autosave arrives while the DOCX is still being unzipped.
    s.documents.updateParagraph({
      documentId: id,
      index: 2,
      target: 'Tasnim disclosed a secret operation.',
      confirm: true,
    });
    const report = await importing;
    expect(report.changed).toEqual([]);
    expect(report.conflicts).toEqual([
      { index: 2, current: 'Tasnim disclosed a secret operation.', reviewer: 'Tasnim revealed a covert operation.' },
    ]);
    expect(s.documents.get(id).paragraphList[2]!.target).toBe('Tasnim disclosed a secret operation.');
  });

  it('refuses the review file of another document and changes nothing', async () => {
    const s = composeServices(openWorkspace(':memory:'), env());
    const a = await s.documents.import({ fileName: 'seed-ar.txt', bytes: seed });
    const b = await s.documents.import({
      fileName: 'other.txt',
      bytes: new TextEncoder().encode('فقرة أولى\n\nفقرة ثانية'),
    });
    const exported = await s.exports.export(b.documentId, 'docx');
    await expect(
      s.review.importReview({ id: a.documentId, fileName: 'other.docx', bytes: exported.bytes }),
    ).rejects.toThrow(/other\.docx.*another document/);
    expect(s.documents.get(a.documentId).paragraphList.every((p) => p.target === '')).toBe(true);
  });

  it('appends a reviewer’s Word comments to the rows’ comments, with the name, once', async () => {
    const s = composeServices(openWorkspace(':memory:'), env());
    const { documentId: id } = await s.documents.import({ fileName: 'seed-ar.txt', bytes: seed });
    const noted = s.documents.setNote({ documentId: id, index: 1, note: 'طهران أم دمشق؟' });
    expect(noted.paragraph.note).toBe('طهران أم دمشق؟');
    const revision = noted.document.revision;
    const exported = await s.exports.export(id, 'docx', { commentsColumn: true });
    let reviewed = await addWordComment(exported.bytes, 2, 2, 'Hala Haddad', 'Tehran is right');
    reviewed = await addWordComment(reviewed, 4, 2, 'هالة', 'ناقصة');
    const report = await s.review.importReview({ id, fileName: 'reviewed.docx', bytes: reviewed });
    expect(report.comments).toEqual([
      { index: 1, note: 'طهران أم دمشق؟\nHala Haddad: Tehran is right' },
      { index: 3, note: 'هالة: ناقصة' },
    ]);
    const doc = s.documents.get(id);
    expect(doc.paragraphList[1]!.note).toBe('طهران أم دمشق؟\nHala Haddad: Tehran is right');
    expect(doc.paragraphList[3]!.note).toBe('هالة: ناقصة');
    // Other tabs learn the comments from the change feed.
    expect(s.documents.changes(id, revision).paragraphs.map((p) => p.index)).toEqual([1, 3]);
    // The same file again adds nothing; an empty comment removes it.
    expect((await s.review.importReview({ id, fileName: 'reviewed.docx', bytes: reviewed })).comments).toEqual([]);
    expect(s.documents.setNote({ documentId: id, index: 3, note: '  ' }).paragraph.note).toBeUndefined();
  });
});
