/**
 * The memory's matches for the active row, asked again when the row changes or `version` moves (a confirmed row
 * may have filled the memory). Row numbers are counted from 0 here, as in the API.
 */
import { useEffect, useState } from 'react';
import type { TmParagraphMatches } from '../../core/api/contract';
import { call } from '../api/client';
import { errorText } from '../shared/error-text';

export const NO_TM: TmParagraphMatches = { paragraph: -1, matches: [] };

export function useTmMatches(
  documentId: string,
  active: number,
  version: number,
  onError: (message: string) => void,
  /**
   * False until the document's first rows are shown: the server answers one call at a time, and a lookup sent
   * before the rows (for row 1, before the outline named the row to start at) held them up.
   */
  ready = true,
): TmParagraphMatches {
  const [result, setResult] = useState<TmParagraphMatches>(NO_TM);
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    // A short wait: moving quickly through rows asks only for the row the translator stops on.
    const timer = setTimeout(() => {
      call('tm.lookupDocument', { documentId, paragraphs: [active] })
        .then((rows) => {
          if (!cancelled) setResult(rows[0] ?? NO_TM);
        })
        .catch((e: unknown) => {
          if (!cancelled) onError(errorText(e));
        });
    }, 120);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [documentId, active, version, onError, ready]);
  return result.paragraph === active ? result : NO_TM;
}
