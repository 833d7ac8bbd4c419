/**
 * The review feature: a bilingual DOCX edited by a reviewer, applied back in one transaction. Each cell is
 * compared with the English as it was exported (the snapshot named in the file, kept by the export feature):
 * an untouched cell changes nothing, so work done since the export is never undone; a row changed on both
 * sides is reported as a conflict and left alone. The source is never touched.
 */
import type { ReviewReport } from '../../../core/api/contract';
import { msg } from '../../../core/i18n/message';
import { ApiError, MAX_FILE_BYTES } from '../../../core/api/contract';
import { readReview } from '../../../core/formats';
import { FormatError } from '../../../core/formats/errors';
import type { Db } from '../../../db/open';
import type { DocumentsService } from '../documents/service';
import type { ExportService } from '../export/service';
import { isDone } from '../../../core/model';

/**
 * The comments a review leaves: an edited comments cell replaces the row's comment, then each Word comment
 * anchored in the row is appended as "name: text" on a line of its own — unless the comment already holds
 * that line (the same file imported twice adds nothing).
 */
export function mergeComments(
  paragraphs: ReadonlyArray<{ note?: string | undefined }>,
  notes: ReadonlyArray<{ index: number; note: string }>,
  wordComments: ReadonlyArray<{ index: number; author: string; text: string }>,
): Array<{ index: number; note: string }> {
  const next = new Map<number, string>();
  const current = (i: number) => next.get(i) ?? paragraphs[i]?.note ?? '';
  for (const n of notes) next.set(n.index, n.note);
  for (const c of wordComments) {
    const line = c.author ? `${c.author}: ${c.text}` : c.text;
    const note = current(c.index);
    if (note.includes(line)) continue;
    next.set(c.index, note ? `${note}\n${line}` : line);
  }
  return [...next]
    .filter(([i, note]) => note !== (paragraphs[i]?.note ?? ''))
    .map(([index, note]) => ({ index, note }))
    .sort((a, b) => a.index - b.index);
}

export interface ReviewService {
  importReview(input: { id: string; fileName: string; bytes: Uint8Array }): Promise<ReviewReport>;
}

export function createReviewService(deps: {
  db: Db;
  documents: Pick<DocumentsService, 'get' | 'writeTargets' | 'writeNotes'>;
  exports: Pick<ExportService, 'snapshot'>;
}): ReviewService {
  const { db, documents } = deps;
  return {
    async importReview(input) {
      const doc = documents.get(input.id);
      if (input.bytes.length > MAX_FILE_BYTES)
        throw new ApiError('too-large', msg('overLimit', { file: input.fileName }));
      let review;
      try {
        review = await readReview(input.bytes, doc);
      } catch (e) {
        if (e instanceof FormatError) throw new ApiError('bad-file', e.withFileName(input.fileName).detail);
        throw e;
      }
      const exported = review.exportId ? deps.exports.snapshot(review.exportId, doc.id) : undefined;
      // Compared and written in one write transaction, against the document as it is then: a save that
      // landed while the file was being read is seen here (as a conflict), never overwritten.
      return db
        .transaction(() => {
          const now = documents.get(input.id);
          const changed: ReviewReport['changed'] = [];
          const conflicts: ReviewReport['conflicts'] = [];
          for (const c of review.changes) {
            const current = now.paragraphList[c.index];
            if (!current || current.target === c.after) continue;
            const base = exported?.[c.index];
            if (base === undefined) {
              // A file without a known snapshot: an empty cell never wipes a translation.
              if (c.after.trim() === '') continue;
            } else {
              if (c.after === base) continue; // the reviewer left it as exported
              if (current.target !== base) {
                conflicts.push({ index: c.index, current: current.target, reviewer: c.after });
                continue;
              }
            }
            changed.push({ index: c.index, before: current.target, after: c.after });
          }
          const comments = mergeComments(now.paragraphList, review.notes, review.comments);
          documents.writeNotes(now.id, comments);
          documents.writeTargets(
            now.id,
            changed.map((c) => {
              const before = now.paragraphList[c.index]!;
              // A reviewer's correction of a confirmed row stays confirmed; new text on an open row is a draft.
              const status = c.after.trim() === '' ? 'untranslated' : isDone(before.status) ? 'translated' : 'draft';
              return { index: c.index, target: c.after, status };
            }),
          );
          return { changed, conflicts, comments };
        })
        .immediate();
    },
  };
}
