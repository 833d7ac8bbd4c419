/**
 * The workbench's rows, loaded in pages around what is shown: a document of 100,000 paragraphs opens as
 * fast as one of ten. The outline (counts, and one status per row) comes first in one small call; pages of
 * PAGE_SIZE rows are fetched with `document.rows` as the user scrolls or jumps, and pages far from the view
 * are dropped again (never one the translator edited in this tab). Indexes count from 0 here, as in the API.
 *
 * Everything over the whole document (the next untranslated row, progress) uses the statuses, not the
 * rows; search, QA and the glossary run on the main side.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentOutline } from '../../core/api/contract';
import type { DocumentSummary, Paragraph, Status } from '../../core/model';
import { call } from '../api/client';
import type { RowData } from './row';

export const PAGE_SIZE = 200;
/** Pages kept at most; beyond this the farthest from the view are dropped (about 6,000 rows). */
const MAX_PAGES = 30;

const STATUS_OF: Record<string, Status> = { u: 'untranslated', d: 'draft', t: 'translated', r: 'reviewed' };

export interface PagedRows {
  /** The document's summary as last known (counts over the whole document); null until it is loaded. */
  summary: DocumentSummary | null;
  count: number;
  /** The row, or undefined while its page is not loaded. */
  row: (index: number) => RowData | undefined;
  /** The status of every row (kept current with local edits and remote changes). */
  statuses: () => readonly Status[];
  /** Bumped whenever a row or status changes, so the list re-renders. */
  version: number;
  /** Loads the pages covering rows `from`..`to` (clamped) that are not loaded or on their way. */
  ensure: (from: number, to: number) => void;
  /** Loads the pages holding these rows; resolves with them as stored (rows past the end are left out). */
  load: (indexes: readonly number[]) => Promise<Paragraph[]>;
  /** Changes a loaded row here (an edit, a save's status, a remote change); the status even when not loaded. */
  update: (
    index: number,
    patch: Partial<Pick<RowData, 'target' | 'status' | 'origin' | 'note'>>,
    edited?: boolean,
  ) => void;
  setSummary: (s: DocumentSummary) => void;
}

export function usePagedRows(
  documentId: string,
  /** Each page as it arrives (the save queue learns the rows' versions from it). */
  onPage: (paragraphs: readonly Paragraph[]) => void,
  onError: (e: unknown) => void,
): PagedRows & { outline: DocumentOutline | null } {
  const [outline, setOutline] = useState<DocumentOutline | null>(null);
  const [summary, setSummary] = useState<DocumentSummary | null>(null);
  const [version, setVersion] = useState(0);
  const pages = useRef(new Map<number, RowData[]>());
  const inFlight = useRef(new Map<number, Promise<void>>());
  /** Pages holding a row edited in this tab: never dropped, the store may not have the text yet. */
  const pinned = useRef(new Set<number>());
  const statuses = useRef<Status[]>([]);
  const lastWanted = useRef(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let cancelled = false;
    pages.current = new Map();
    inFlight.current = new Map();
    pinned.current = new Set();
    call('document.outline', { id: documentId })
      .then((o) => {
        if (cancelled) return;
        statuses.current = Array.from(o.statuses, (c) => STATUS_OF[c] ?? 'untranslated');
        setSummary(o);
        setOutline(o);
      })
      .catch((e: unknown) => !cancelled && onError(e));
    return () => {
      cancelled = true;
    };
  }, [documentId, onError]);

  const count = outline?.paragraphs ?? 0;

  const evict = useCallback(() => {
    if (pages.current.size <= MAX_PAGES) return;
    const near = Math.floor(lastWanted.current / PAGE_SIZE);
    const candidates = [...pages.current.keys()]
      .filter((p) => !pinned.current.has(p))
      .sort((a, b) => Math.abs(b - near) - Math.abs(a - near));
    for (const p of candidates.slice(0, pages.current.size - MAX_PAGES)) pages.current.delete(p);
  }, []);

  const fetchPage = useCallback(
    (page: number): Promise<void> => {
      const known = inFlight.current.get(page);
      if (known) return known;
      const promise = call('document.rows', { id: documentId, from: page * PAGE_SIZE, count: PAGE_SIZE })
        .then((list) => {
          onPage(list);
          // A row's status may have moved (a remote change) since the outline: the page is newer.
          for (const p of list) statuses.current[p.index] = p.status;
          pages.current.set(
            page,
            list.map((p) => ({
              source: p.source,
              target: p.target,
              status: p.status,
              version: p.version,
              origin: p.origin,
              note: p.note,
            })),
          );
          evict();
          bump();
        })
        .finally(() => inFlight.current.delete(page));
      inFlight.current.set(page, promise);
      promise.catch(onError);
      return promise;
    },
    [documentId, onPage, onError, evict, bump],
  );

  const ensure = useCallback(
    (from: number, to: number) => {
      if (count === 0) return;
      lastWanted.current = from;
      const first = Math.floor(Math.max(0, from) / PAGE_SIZE);
      const last = Math.floor(Math.min(count - 1, to) / PAGE_SIZE);
      for (let p = first; p <= last; p++) if (!pages.current.has(p)) void fetchPage(p).catch(() => undefined);
    },
    [count, fetchPage],
  );

  const load = useCallback(
    async (indexes: readonly number[]): Promise<Paragraph[]> => {
      const wanted = [
        ...new Set(indexes.filter((i) => i >= 0 && (count === 0 || i < count)).map((i) => Math.floor(i / PAGE_SIZE))),
      ];
      await Promise.all(wanted.map((p) => (pages.current.has(p) ? undefined : fetchPage(p))));
      return indexes.flatMap((i) => {
        const r = pages.current.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE];
        return r
          ? [
              {
                index: i,
                source: r.source,
                target: r.target,
                status: r.status,
                ...(r.version === undefined ? {} : { version: r.version }),
              },
            ]
          : [];
      });
    },
    [count, fetchPage],
  );

  const update = useCallback(
    (index: number, patch: Partial<Pick<RowData, 'target' | 'status' | 'origin' | 'note'>>, edited = false) => {
      const page = Math.floor(index / PAGE_SIZE);
      const rows = pages.current.get(page);
      const at = index % PAGE_SIZE;
      if (rows?.[at]) {
        // A new array for the page and a new object for the row: memoised rows re-render, the others don't.
        const next = rows.slice();
        next[at] = { ...rows[at], ...patch };
        pages.current.set(page, next);
        if (edited) pinned.current.add(page);
      }
      if (patch.status) statuses.current[index] = patch.status;
      bump();
    },
    [bump],
  );

  const row = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);
  const getStatuses = useCallback(() => statuses.current, []);

  return useMemo(
    () => ({ outline, summary, count, row, statuses: getStatuses, version, ensure, load, update, setSummary }),
    [outline, summary, count, row, getStatuses, version, ensure, load, update],
  );
}
