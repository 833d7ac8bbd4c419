/**
 * The glossary matches of the rows the workbench shows, asked for per page of MATCH_PAGE paragraphs
 * (`document.matches` with a range): a 100,000-paragraph document is never matched whole for the screen, and
 * the renderer holds only the matches of pages that were shown. `refetch` (after a glossary change) asks
 * again for every page asked for so far; an answer from before it is dropped. The workbench is mounted
 * per document (keyed by its id), so the pages asked for belong to one document.
 */
import { useCallback, useRef, useState } from 'react';
import type { MatchView } from '../../core/api/contract';
import { call } from '../api/client';
import { groupByParagraph } from './segments';
import { showErrorWith } from '../shared/show-error';

export const MATCH_PAGE = 200;

export interface PagedMatches {
  matches: ReadonlyMap<number, readonly MatchView[]>;
  /** The rows `from`..`to` (counted from 0) are shown or about to be: fetch their pages if not yet asked. */
  want: (from: number, to: number) => void;
  refetch: () => void;
}

export function usePagedMatches(documentId: string, onError: (message: string) => void): PagedMatches {
  const [matches, setMatches] = useState<ReadonlyMap<number, readonly MatchView[]>>(new Map());
  const asked = useRef(new Set<number>());
  const generation = useRef(0);

  const fetchPage = useCallback(
    (page: number) => {
      const gen = generation.current;
      const from = page * MATCH_PAGE;
      call('document.matches', { id: documentId, from, count: MATCH_PAGE })
        .then((list) => {
          if (gen !== generation.current) return;
          setMatches((prev) => {
            const next = new Map(prev);
            for (let i = from; i < from + MATCH_PAGE; i++) next.delete(i);
            for (const [index, found] of groupByParagraph(list)) next.set(index, found);
            return next;
          });
        })
        .catch(showErrorWith(onError));
    },
    [documentId, onError],
  );

  const want = useCallback(
    (from: number, to: number) => {
      for (
        let page = Math.floor(Math.max(0, from) / MATCH_PAGE);
        page <= Math.floor(Math.max(0, to) / MATCH_PAGE);
        page++
      ) {
        if (asked.current.has(page)) continue;
        asked.current.add(page);
        fetchPage(page);
      }
    },
    [fetchPage],
  );

  const refetch = useCallback(() => {
    generation.current++;
    for (const page of asked.current) fetchPage(page);
  }, [fetchPage]);

  return { matches, want, refetch };
}
