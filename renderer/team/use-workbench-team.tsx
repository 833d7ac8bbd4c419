/**
 * The team's part of the workbench (issue 21), in one hook so the workbench only wires it: the document's
 * team state, the header's controls, the reviewer's action (button and Ctrl/Cmd+Alt+Enter) and the row
 * history dialog.
 */
import { useCallback, useState } from 'react';
import type { ParagraphUpdate } from '../../core/api/contract';
import type { Paragraph } from '../../core/model';
import type { SaveQueue } from '../workbench/save-queue';
import { DocTeam } from './doc-team';
import { RowHistory } from './row-history';
import { isReviewKey, useReview } from './use-review';
import { useTeamDocument } from './use-team-document';

export interface WorkbenchTeam {
  shared: boolean;
  changedBy: ReadonlyMap<number, string>;
  canReview: boolean;
  review: (index: number) => void;
  openHistory: (index: number) => void;
  /** Read the team state again (a pulled row may have brought a mark). */
  refresh: () => void;
  header: React.JSX.Element;
  dialog: React.JSX.Element | null;
  /** The team's keys on a row; true when the key was taken. */
  onKey: (index: number, e: React.KeyboardEvent) => boolean;
}

export function useWorkbenchTeam(opts: {
  documentId: string;
  active: number;
  queue: SaveQueue;
  rowAt: (index: number) => { target: string } | undefined;
  onSaved: (u: ParagraphUpdate) => void;
  onRemote: (p: Paragraph) => void;
  onError: (message: string) => void;
  /** Back to a row's English editor after a dialog. */
  focusEditor: (index: number) => void;
}): WorkbenchTeam {
  const { documentId, active, queue, focusEditor, onError } = opts;
  const team = useTeamDocument(documentId, active);
  const shared = team.info?.shared ?? false;
  const review = useReview({
    documentId,
    queue,
    rowAt: opts.rowAt,
    refusal: team.info?.reviewRefusal ?? null,
    onSaved: opts.onSaved,
    onRemote: opts.onRemote,
    onError,
    onDone: team.refresh,
  });
  const [history, setHistory] = useState<number | null>(null);
  const onKey = useCallback(
    (index: number, e: React.KeyboardEvent): boolean => {
      if (!isReviewKey(e)) return false;
      e.preventDefault();
      review(index);
      return true;
    },
    [review],
  );
  const header = (
    <DocTeam
      documentId={documentId}
      info={team.info}
      status={team.status}
      flush={() => queue.flush()}
      onChanged={team.refresh}
      onError={onError}
      returnFocus={() => focusEditor(active)}
    />
  );
  const dialog =
    history === null ? null : (
      <RowHistory
        documentId={documentId}
        index={history}
        onClose={() => setHistory(null)}
        returnFocus={() => focusEditor(history)}
      />
    );
  return {
    shared,
    changedBy: team.changedBy,
    canReview: shared && (team.info?.canReview ?? false),
    review,
    openHistory: setHistory,
    refresh: team.refresh,
    header,
    dialog,
    onKey,
  };
}
