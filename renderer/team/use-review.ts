/**
 * The reviewer's action on a row (issue 21): what is typed is saved first, then the row is marked `reviewed`
 * on the version this tab shows, so a text that changed meanwhile is never signed off unseen (it comes back as
 * the stored row instead, shown in its place). Only the document's reviewer or an admin may; anyone else gets
 * the reason, in the UI's language, without a call.
 */
import { useCallback, useRef } from 'react';
import type { Message } from '../../core/i18n/message';
import type { ParagraphUpdate } from '../../core/api/contract';
import type { Paragraph } from '../../core/model';
import { call } from '../api/client';
import { messageText } from '../shared/error-text';
import { runWithNotice } from '../shared/show-error';
import type { SaveQueue } from '../workbench/save-queue';

/** Ctrl/Cmd+Alt+Enter: beside Ctrl+Enter (confirm), the reviewer's sign-off of the row. */
export function isReviewKey(e: {
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  key: string;
}): boolean {
  return (e.ctrlKey || e.metaKey) && e.altKey && !e.shiftKey && e.key === 'Enter';
}

export function useReview(opts: {
  documentId: string;
  queue: SaveQueue;
  rowAt: (index: number) => { target: string } | undefined;
  /** null: this user may review; otherwise why not. */
  refusal: Message | null;
  onSaved: (u: ParagraphUpdate) => void;
  onRemote: (p: Paragraph) => void;
  onError: (message: string) => void;
  /** After the row is marked (the team state is read again). */
  onDone?: () => void;
}): (index: number) => void {
  const { documentId, queue, rowAt, onSaved, onRemote, onError, onDone } = opts;
  // Read at the press: the rows' memo holds while the team state is read again.
  const refusal = useRef(opts.refusal);
  refusal.current = opts.refusal;
  return useCallback(
    (index: number) => {
      if (refusal.current) return onError(messageText(refusal.current));
      void runWithNotice(async () => {
        await queue.flush();
        const row = rowAt(index);
        if (!row) return;
        const u = await call('paragraph.update', {
          documentId,
          index,
          target: row.target,
          review: true,
          baseVersion: queue.versionOf(index),
        });
        queue.rebase(index, u.paragraph.version);
        if (u.conflict) onRemote(u.paragraph);
        else onSaved(u);
        onDone?.();
      }, onError);
    },
    [documentId, queue, rowAt, onSaved, onRemote, onError, onDone],
  );
}
