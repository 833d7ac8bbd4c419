import { describe, expect, it } from 'vitest';
import { exportDocument, FormatError, readReview } from './index';
import { addWordComment, deleted, editTargetCell, inserted, removeCustomProperties, run } from './testing/review-edits';
import { docxTables } from './testing/docx-table';
import { options, sampleDocument } from './testing/sample-document';

const doc = sampleDocument();
const exportDocx = async (o = options()) => (await exportDocument(doc, 'docx', o)).bytes;

describe('readReview', () => {
  it('finds no changes in an untouched export', async () => {
    expect(await readReview(await exportDocx(), doc)).toEqual({ changes: [], comments: [], notes: [] });
  });

  it("reads the reviewer's Word comments by row, and an edited comments column", async () => {
    const noted = sampleDocument({
      paragraphList: doc.paragraphList.map((p, i) => (i === 2 ? { ...p, note: 'تحقق من الاسم' } : p)),
    });
    let bytes = (await exportDocument(noted, 'docx', options({ commentsColumn: true }))).bytes;
    const { texts, tables } = await docxTables(bytes);
    expect(texts(tables[0]!)[0]).toEqual(['No.', 'Arabic', 'English', 'Comments']);
    expect(texts(tables[0]!)[3]![3]).toBe('تحقق من الاسم');
    bytes = await addWordComment(bytes, 2, 2, 'Hala Haddad', '"covert", not "secret"');
    bytes = await addWordComment(bytes, 5, 2, 'هالة', 'الترجمة ناقصة');
    bytes = await editTargetCell(bytes, 3, 3, run('الاسم صحيح'));
    const r = await readReview(bytes, noted);
    expect(r.comments).toEqual([
      { index: 1, author: 'Hala Haddad', text: '"covert", not "secret"' },
      { index: 4, author: 'هالة', text: 'الترجمة ناقصة' },
    ]);
    expect(r.notes).toEqual([{ index: 2, note: 'الاسم صحيح' }]);
    expect(r.changes).toEqual([]);
  });

  it('returns edited targets, tracked insertions in and deletions out', async () => {
    let bytes = await exportDocx();
    bytes = await editTargetCell(
      bytes,
      2,
      2,
      run('Tasnim revealed ') + deleted('a secret') + inserted('a covert') + run(' operation in 2018.'),
    );
    bytes = await editTargetCell(bytes, 5, 2, inserted('Transfer of the leaders by helicopter.'));
    const { changes } = await readReview(bytes, doc);
    expect(changes).toEqual([
      { index: 1, before: doc.paragraphList[1]!.target, after: 'Tasnim revealed a covert operation in 2018.' },
      { index: 4, before: '', after: 'Transfer of the leaders by helicopter.' },
    ]);
  });

  it('reads the target column wherever it is (target-first, status column, no number column)', async () => {
    let bytes = await exportDocx(options({ columnOrder: 'target-first', statusColumn: true }));
    bytes = await editTargetCell(bytes, 3, 1, run('Main points'));
    expect((await readReview(bytes, doc)).changes).toEqual([{ index: 2, before: 'Key points', after: 'Main points' }]);
    let plain = await exportDocx(options({ numberColumn: false }));
    plain = await editTargetCell(plain, 1, 1, run('Report on Jowzjan'));
    expect((await readReview(plain, doc)).changes).toEqual([
      { index: 0, before: doc.paragraphList[0]!.target, after: 'Report on Jowzjan' },
    ]);
  });

  it('falls back to matching the Arabic when the custom properties are gone', async () => {
    let bytes = await removeCustomProperties(await exportDocx(options({ statusColumn: true })));
    bytes = await editTargetCell(bytes, 4, 2, run('Shelling around the prison.'));
    expect((await readReview(bytes, doc)).changes).toEqual([
      { index: 3, before: doc.paragraphList[3]!.target, after: 'Shelling around the prison.' },
    ]);
  });

  it('refuses a review file of another document', async () => {
    const other = sampleDocument({ id: 'doc-other' });
    await expect(readReview(await exportDocx(), other)).rejects.toThrow(/belongs to another document/);
    const changed = sampleDocument({
      paragraphList: doc.paragraphList.map((p, i) => (i === 3 ? { ...p, source: 'نص آخر تماما' } : p)),
    });
    await expect(readReview(await removeCustomProperties(await exportDocx()), changed)).rejects.toThrow(
      /belongs to another document.*paragraph 4/,
    );
    const shorter = sampleDocument({ paragraphList: doc.paragraphList.slice(0, 3) });
    await expect(readReview(await removeCustomProperties(await exportDocx()), shorter)).rejects.toThrow(FormatError);
  });

  it("shows inline codes as ⟦n⟧ and maps the reviewer's ⟦n⟧ back to placeholders", async () => {
    const coded = sampleDocument({
      paragraphList: [
        { index: 0, source: `اضغط \uE000حفظ\uE001 الآن`, target: `Press \uE000Save\uE001 now`, status: 'draft' },
      ],
    });
    let bytes = (await exportDocument(coded, 'docx', options())).bytes;
    const { texts, tables } = await docxTables(bytes);
    expect(texts(tables[0]!)[1]).toEqual(['1', 'اضغط ⟦1⟧حفظ⟦2⟧ الآن', 'Press ⟦1⟧Save⟦2⟧ now']);
    bytes = await editTargetCell(bytes, 1, 2, run('Now press ⟦1⟧Save⟦2⟧'));
    expect((await readReview(bytes, coded)).changes).toEqual([
      { index: 0, before: 'Press \uE000Save\uE001 now', after: 'Now press \uE000Save\uE001' },
    ]);
    const txt = new TextDecoder().decode((await exportDocument(coded, 'txt', options())).bytes);
    expect(txt).toBe('Press Save now\n');
  });

  it('refuses files that are not DOCX', async () => {
    await expect(readReview(new Uint8Array(), doc)).rejects.toThrow(/empty/);
    await expect(readReview(new TextEncoder().encode('hello'), doc)).rejects.toThrow(FormatError);
    const bytes = await exportDocx();
    await expect(readReview(bytes.slice(0, bytes.length / 2), doc)).rejects.toThrow(/corrupt or truncated/);
  });
});
