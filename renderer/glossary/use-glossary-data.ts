/**
 * The document's glossary matches and QA problems, fetched from the API and kept per paragraph. `changed()`
 * is what every glossary edit calls: the highlights, the QA list and the panels' own lists refetch at once.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MatchView, QaView } from '../../core/api/contract';
import { call } from '../api/client';
import { usePagedMatches } from './use-paged-matches';
import { showErrorWith } from '../shared/show-error';

export interface GlossaryData {
  matches: ReadonlyMap<number, readonly MatchView[]>;
  qa: readonly QaView[];
  qaCounts: ReadonlyMap<number, number>;
  /** The flags of each paragraph (counted from 0), for the mark on its row. */
  qaByParagraph: ReadonlyMap<number, readonly QaView[]>;
  /** Bumped after every glossary change, so panels that list terms or names refetch. */
  version: number;
  changed: () => void;
  /** Refetches the QA list soon (debounced: saves come every 400 ms while typing). */
  refreshQa: () => void;
  /** A paragraph was saved: the QA list can only change if it is translated or was listed. */
  paragraphSaved: (index: number, status: string) => void;
  removeQa: (problem: QaView) => void;
  /** The rows `from`..`to` (from 0) are shown: their matches are fetched if not yet (see use-paged-matches.ts). */
  wantMatches: (from: number, to: number) => void;
}

const QA_DELAY_MS = 250;
/** After a row's own flags came back, the whole list (other rows' consistency) follows, later. */
const QA_DOCUMENT_DELAY_MS = 1500;

/**
 * `ready`: false until the workbench shows its first rows. Matching and QA read the whole document on the
 * main side (seconds for 100,000 paragraphs), and the server answers one call at a time: asked first, they
 * would hold the first page back.
 */
export function useGlossaryData(documentId: string, onError: (message: string) => void, ready = true): GlossaryData {
  // Matches come per page of what the workbench shows (big documents), QA over the whole document.
  const { matches, want: wantMatches, refetch: fetchMatches } = usePagedMatches(documentId, onError);
  const [qa, setQa] = useState<readonly QaView[]>([]);
  const [version, setVersion] = useState(0);
  // Only the latest request may land: a slow answer must not overwrite a newer one.
  const qaSeq = useRef(0);
  const qaTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const fetchQa = useCallback(() => {
    const seq = ++qaSeq.current;
    call('document.qa', { id: documentId })
      .then((list) => {
        if (seq === qaSeq.current) setQa(list);
      })
      .catch(showErrorWith(onError));
  }, [documentId, onError]);

  const refreshQa = useCallback(() => {
    clearTimeout(qaTimer.current);
    qaTimer.current = setTimeout(fetchQa, QA_DELAY_MS);
  }, [fetchQa]);

  /** A saved row's own flags, at once (what confirming shows on the row); a slower full refresh follows. */
  const fetchRow = useCallback(
    (index: number) => {
      const seq = ++qaSeq.current; // an older full answer would not have this row's new text
      call('document.qa', { id: documentId, paragraphs: [index] })
        .then((list) => {
          if (seq !== qaSeq.current) return;
          setQa((prev) =>
            [...prev.filter((x) => x.paragraph !== index), ...list].sort((a, b) => a.paragraph - b.paragraph),
          );
          clearTimeout(qaTimer.current);
          qaTimer.current = setTimeout(fetchQa, QA_DOCUMENT_DELAY_MS);
        })
        .catch(showErrorWith(onError));
    },
    [documentId, fetchQa, onError],
  );

  // Drafts are not checked: typing in an untranslated row must not rescan a 10,000-paragraph document.
  const listed = useRef<ReadonlySet<number>>(new Set());
  listed.current = new Set(qa.map((p) => p.paragraph));
  const paragraphSaved = useCallback(
    (index: number, status: string) => {
      if (status === 'translated' || listed.current.has(index)) fetchRow(index);
    },
    [fetchRow],
  );

  const changed = useCallback(() => {
    fetchMatches();
    fetchQa();
    setVersion((v) => v + 1);
  }, [fetchMatches, fetchQa]);

  const removeQa = useCallback((p: QaView) => {
    setQa((prev) => prev.filter((x) => !(x.paragraph === p.paragraph && x.check === p.check && x.key === p.key)));
  }, []);

  useEffect(() => {
    if (!ready) return;
    fetchMatches();
    fetchQa();
    return () => clearTimeout(qaTimer.current);
  }, [fetchMatches, fetchQa, ready]);

  const qaByParagraph = useMemo(() => {
    const map = new Map<number, QaView[]>();
    for (const p of qa) map.set(p.paragraph, [...(map.get(p.paragraph) ?? []), p]);
    return map;
  }, [qa]);

  const qaCounts = useMemo(() => {
    const counts = new Map<number, number>();
    for (const p of qa) counts.set(p.paragraph, (counts.get(p.paragraph) ?? 0) + 1);
    return counts;
  }, [qa]);

  // One stable object while nothing changed, so the memoised side panel skips the keystroke renders.
  return useMemo(
    () => ({
      matches,
      qa,
      qaCounts,
      qaByParagraph,
      version,
      changed,
      refreshQa,
      paragraphSaved,
      removeQa,
      wantMatches,
    }),
    [matches, qa, qaCounts, qaByParagraph, version, changed, refreshQa, paragraphSaved, removeQa, wantMatches],
  );
}
