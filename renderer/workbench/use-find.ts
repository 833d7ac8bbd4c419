/**
 * The find bar's state: the query and its options, the hits of the whole stored document (asked of the main
 * side with `search.find`, never computed over the rows this window holds) and the current one.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SearchHit, SearchSide } from '../../core/api/contract';
import { call, ClientError } from '../api/client';
import { errorText } from '../shared/error-text';

export interface FindOptions {
  query: string;
  side: SearchSide;
  matchCase: boolean;
  wholeWord: boolean;
  partial: boolean;
  regex: boolean;
}

const NO_HITS: readonly SearchHit[] = [];

export const NO_FIND: FindOptions = {
  query: '',
  side: 'both',
  matchCase: false,
  wholeWord: false,
  partial: false,
  regex: false,
};

export interface FindState {
  options: FindOptions;
  setOptions: (patch: Partial<FindOptions>) => void;
  hits: readonly SearchHit[];
  total: number;
  /** Index into `hits`, or -1 before the first move. */
  current: number;
  /** `bad-pattern` (the regular expression is not valid), or the message of another failure. */
  error: string | null;
  byParagraph: ReadonlyMap<number, readonly SearchHit[]>;
  /** The hits shown are not yet those of the query as typed. */
  pending: boolean;
  /** Moves to the next (+1) or previous (−1) hit from the current one, or from the active row at first. */
  move: (step: 1 | -1, activeRow: number) => SearchHit | undefined;
  /** Asks again (after a replacement changed the texts). */
  refresh: () => void;
  /** Makes the first hit after a place (wrapping) the current one; undefined when there are none. */
  selectAfter: (paragraph: number, side: 'ar' | 'en', offset: number) => SearchHit | undefined;
}

export function useFind(documentId: string, open: boolean): FindState {
  const [options, setAll] = useState<FindOptions>(NO_FIND);
  const [hits, setHits] = useState<readonly SearchHit[]>([]);
  const [total, setTotal] = useState(0);
  const [current, setCurrent] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const currentRef = useRef(current);
  currentRef.current = current;

  const setOptions = useCallback((patch: Partial<FindOptions>) => {
    setAll((o) => ({ ...o, ...patch }));
    currentRef.current = -1; // a new search starts again from the active row
    setCurrent(-1);
  }, []);

  const searching = open && options.query !== '';
  const key = `${generation}:${JSON.stringify(options)}`;
  const [answered, setAnswered] = useState('');
  useEffect(() => {
    if (!searching) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      const { query, ...rest } = options;
      call('search.find', { documentId, query, ...rest })
        .then((r) => {
          if (cancelled) return;
          setHits(r.hits);
          setTotal(r.total);
          setError(null);
          setCurrent((c) => (c >= r.hits.length ? r.hits.length - 1 : c));
          setAnswered(key);
        })
        .catch((e: unknown) => {
          if (cancelled) return;
          setHits([]);
          setTotal(0);
          // A pattern JavaScript rejects is the one input error a search can have: said in the UI's language.
          setError(e instanceof ClientError && e.code === 'invalid-input' ? 'bad-pattern' : errorText(e));
          setAnswered(key);
        });
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [documentId, searching, options, key]);

  const shown = searching ? hits : NO_HITS;
  const byParagraph = useMemo(() => {
    const m = new Map<number, SearchHit[]>();
    for (const h of shown) {
      const list = m.get(h.paragraph);
      if (list) list.push(h);
      else m.set(h.paragraph, [h]);
    }
    return m;
  }, [shown]);

  const hitsRef = useRef(shown);
  hitsRef.current = shown;
  const move = useCallback((step: 1 | -1, activeRow: number) => {
    const list = hitsRef.current;
    if (list.length === 0) return undefined;
    let next: number;
    if (currentRef.current < 0) {
      // First move: the first hit at or after the active row (or the last before it, going back).
      const at = list.findIndex((h) => h.paragraph >= activeRow);
      next = step === 1 ? (at < 0 ? 0 : at) : at <= 0 ? list.length - 1 : at - 1;
    } else {
      next = (currentRef.current + step + list.length) % list.length;
    }
    currentRef.current = next;
    setCurrent(next);
    return list[next];
  }, []);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const selectAfter = useCallback((paragraph: number, side: 'ar' | 'en', offset: number) => {
    const list = hitsRef.current;
    if (list.length === 0) return undefined;
    const rank = (h: SearchHit): number => h.paragraph * 2 + (h.side === 'en' ? 1 : 0);
    const at = rank({ paragraph, side } as SearchHit);
    let i = list.findIndex((h) => rank(h) > at || (rank(h) === at && h.start >= offset));
    if (i < 0) i = 0;
    currentRef.current = i;
    setCurrent(i);
    return list[i];
  }, []);
  return {
    options,
    setOptions,
    hits: shown,
    total: searching ? total : 0,
    current: searching ? current : -1,
    error: searching ? error : null,
    byParagraph,
    pending: searching && answered !== key,
    move,
    refresh,
    selectAfter,
  };
}
