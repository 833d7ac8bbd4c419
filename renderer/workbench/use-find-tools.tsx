/**
 * Find, replace, filter, go to and undo, wired as one piece so the workbench only passes in what it owns
 * (its rows' count, the active row, how to reveal a row, how to apply stored rows) and places the element.
 * Keys: Ctrl+F find, Ctrl+H replace, F3/Shift+F3 next/previous, Ctrl+G go to row, Ctrl+Shift+F filter,
 * Escape (in row mode) clears the filter; Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in `use-undo.ts`.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplaceReport, RowFilter } from '../../core/api/contract';
import { call } from '../api/client';
import { FilterBar } from './filter-bar';
import { clearHits, paintHits, selectInEditor } from './find-highlights';
import { FindBar } from './find-bar';
import { GoToRow } from './go-to-row';
import { KeysSheet } from './keys-sheet';
import type { RowOrder } from './row-order';
import { allRows, filteredRows } from './row-order';
import { useFind } from './use-find';
import { useFindKeys } from './use-find-keys';
import type { Undo } from './use-undo';
import { useUndo } from './use-undo';
import { errorText } from '../shared/error-text';

export interface FindToolsDeps {
  documentId: string;
  rowCount: number;
  active: number;
  scroller: React.RefObject<HTMLDivElement | null>;
  /** Make a row active and centre it, keeping the focus where it is (the find field). */
  reveal: (index: number) => void;
  /** Make a row active, centred, with its editor focused. */
  focusRow: (index: number) => void;
  setRow: (index: number, target: string, confirm: boolean) => void;
  /** A row's texts as the window holds them (for copying the source to the target). */
  rowText: (index: number) => { source: string; target: string } | undefined;
  applyStored: (report: ReplaceReport) => void;
  flush: () => Promise<void>;
  onError: (message: string) => void;
}

export interface FindTools {
  order: RowOrder;
  undo: Undo;
  /**
   * The find bar, the filter line and the go-to dialog, placed above the rows; `trailing` goes at the end of the
   * filter line (the team's controls: the header's one line has no room left).
   */
  render: (trailing?: React.ReactNode) => React.JSX.Element;
}

export function useFindTools(deps: FindToolsDeps): FindTools {
  const { t } = useTranslation();
  const ref = useRef(deps);
  ref.current = deps;
  const { documentId, rowCount } = deps;
  const [findOpen, setFindOpen] = useState(false);
  const [replaceOpen, setReplaceOpen] = useState(false);
  const [focusKey, setFocusKey] = useState(0);
  const [goToOpen, setGoToOpen] = useState(false);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [replacement, setReplacement] = useState('');
  const [filter, setFilter] = useState<RowFilter | null>(null);
  const [kept, setKept] = useState<readonly number[] | null>(null);
  const [replaced, setReplaced] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const filterRef = useRef<HTMLSelectElement>(null);
  const pendingRow = useRef<number | null>(null);
  const find = useFind(documentId, findOpen);

  const order = useMemo(() => (kept ? filteredRows(kept) : allRows(rowCount)), [kept, rowCount]);
  const orderRef = useRef(order);
  orderRef.current = order;

  const undo = useUndo({
    documentId,
    setRow: (i, target, confirm) => ref.current.setRow(i, target, confirm),
    applyStored: (r) => {
      ref.current.applyStored(r);
      find.refresh();
    },
    reveal: (i) => ref.current.reveal(i),
    flush: () => ref.current.flush(),
    onMessage: (key) => {
      setMessage(t(key));
      if (key === 'find.undone') setReplaced(null);
    },
  });

  const applyFilter = useCallback(
    (f: RowFilter | null) => {
      setFilter(f);
      setMessage(null);
      if (!f) {
        setKept(null);
        return;
      }
      const { query, ...rest } = find.options;
      call('search.filter', { documentId, filter: f, ...(f === 'hit' ? { search: { query, ...rest } } : {}) })
        .then((r) => setKept(r.paragraphs))
        .catch((e: unknown) => ref.current.onError(errorText(e)));
    },
    [documentId, find.options],
  );

  // Go to a row the filter hides: the filter is cleared first, then the row is shown once the list has it.
  // A new filter shows the active row (or the next one it keeps) instead of wherever the list was scrolled.
  useEffect(() => {
    const row = pendingRow.current;
    if (row !== null && order.positionOf(row) >= 0) {
      pendingRow.current = null;
      ref.current.focusRow(row);
      return;
    }
    const active = ref.current.active;
    if (order.count > 0) ref.current.reveal(order.positionOf(active) >= 0 ? active : order.step(active, 1));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a change of filter only, not of the row count
  }, [kept]);
  const goToRow = useCallback(
    (index: number) => {
      setGoToOpen(false);
      if (orderRef.current.positionOf(index) < 0) {
        pendingRow.current = index;
        applyFilter(null);
      } else {
        // At once, in the render that closes the dialog (it gives the focus back only when cancelled).
        ref.current.focusRow(index);
      }
    },
    [applyFilter],
  );

  const pendingStep = useRef<1 | -1 | null>(null);
  const moveHit = useCallback(
    (step: 1 | -1) => {
      // Enter typed before the answer came back: the move waits for it.
      if (find.pending) {
        pendingStep.current = step;
        return;
      }
      const hit = find.move(step, ref.current.active);
      if (!hit) return;
      if (orderRef.current.positionOf(hit.paragraph) < 0) applyFilter(null);
      ref.current.reveal(hit.paragraph);
      requestAnimationFrame(() => requestAnimationFrame(() => selectInEditor(ref.current.scroller.current, hit)));
    },
    [find, applyFilter],
  );

  // After replace one: the next hit after the replaced text, once the new hits are in.
  const afterReplaced = useRef<{ paragraph: number; offset: number } | null>(null);
  useEffect(() => {
    if (find.pending) return;
    const step = pendingStep.current;
    const place = afterReplaced.current;
    pendingStep.current = null;
    afterReplaced.current = null;
    if (step !== null) moveHit(step);
    else if (place) {
      const hit = find.selectAfter(place.paragraph, 'en', place.offset);
      if (hit) {
        ref.current.reveal(hit.paragraph);
        requestAnimationFrame(() => requestAnimationFrame(() => selectInEditor(ref.current.scroller.current, hit)));
      }
    }
  }, [find, moveHit]);

  const replaceOptions = useCallback(
    (replacement: string) => ({
      documentId,
      find: find.options.query,
      with: replacement,
      matchCase: find.options.matchCase,
      wholeWord: find.options.wholeWord,
      regex: find.options.regex,
    }),
    [documentId, find.options],
  );
  const afterReplace = useCallback(
    (r: ReplaceReport) => {
      ref.current.applyStored(r);
      if (r.changed.length) undo.push({ kind: 'replace', rows: r.changed });
      find.refresh();
    },
    [find, undo],
  );
  const onReplaceOne = async (replacement: string): Promise<void> => {
    const hit = find.hits[find.current];
    if (!hit || hit.side !== 'en') {
      // Replace works on the English: the first press moves to the next English hit.
      let next = find.move(1, ref.current.active);
      for (let i = 0; next && next.side !== 'en' && i < find.hits.length; i++) next = find.move(1, ref.current.active);
      if (next?.side === 'en') {
        ref.current.reveal(next.paragraph);
        requestAnimationFrame(() => requestAnimationFrame(() => selectInEditor(ref.current.scroller.current, next)));
      }
      return;
    }
    try {
      await ref.current.flush();
      const r = await call('search.replace', {
        ...replaceOptions(replacement),
        paragraph: hit.paragraph,
        start: hit.start,
      });
      const done = r.changed[0];
      if (done)
        afterReplaced.current = { paragraph: hit.paragraph, offset: hit.end + done.after.length - done.before.length };
      afterReplace(r);
      setReplaced(null);
      setMessage(r.refused[0] ? t('find.refusedInline', { n: r.refused[0].index + 1 }) : null);
    } catch (e) {
      ref.current.onError(errorText(e));
    }
  };
  const onPreview = useCallback(
    async (replacement: string): Promise<ReplaceReport | null> => {
      try {
        await ref.current.flush();
        return await call('search.replace', { ...replaceOptions(replacement), dryRun: true });
      } catch (e) {
        ref.current.onError(errorText(e));
        return null;
      }
    },
    [replaceOptions],
  );
  const onReplaceAll = useCallback(
    (replacement: string) => {
      void ref.current
        .flush()
        .then(() => call('search.replace', replaceOptions(replacement)))
        .then((r) => {
          afterReplace(r);
          setReplaced(r.changed.length);
          setMessage(null);
        })
        .catch((e: unknown) => ref.current.onError(errorText(e)));
    },
    [replaceOptions, afterReplace],
  );

  // Copy source to target (Ctrl+Shift+S): rows that are mostly names or numbers. One undo step.
  const copySource = useCallback(() => {
    const index = ref.current.active;
    const texts = ref.current.rowText(index);
    if (!texts || texts.source === texts.target) return;
    undo.push({ kind: 'text', index, before: texts.target, after: texts.source, typing: false });
    ref.current.setRow(index, texts.source, false);
    ref.current.focusRow(index);
  }, [undo]);

  useFindKeys({
    openFind: (replace) => {
      setFindOpen(true);
      setReplaceOpen((r) => r || replace);
      setFocusKey((k) => k + 1);
    },
    findNext: (step) => {
      if (findOpen) return moveHit(step);
      setFindOpen(true);
      setFocusKey((k) => k + 1);
    },
    goTo: () => setGoToOpen(true),
    copySource,
    focusFilter: () => filterRef.current?.focus(),
    sheet: () => setSheetOpen(true),
    clearFilter: () => {
      if (!filter) return false;
      applyFilter(null);
      return true;
    },
  });

  // Paint the hits in whatever rows are mounted now (after every render: scrolling mounts new rows).
  const current = find.hits[find.current];
  useEffect(() => {
    if (findOpen && find.hits.length) paintHits(deps.scroller.current, find.byParagraph, current);
    else clearHits(deps.scroller.current);
  });

  const closeFind = useCallback(() => {
    setFindOpen(false);
    setReplaced(null);
    // Back to the text: the row of the current hit, with an English hit selected.
    const hit = current;
    if (hit) {
      ref.current.focusRow(hit.paragraph);
      requestAnimationFrame(() => requestAnimationFrame(() => selectInEditor(ref.current.scroller.current, hit)));
    } else ref.current.focusRow(ref.current.active);
  }, [current]);

  const render = (trailing?: React.ReactNode): React.JSX.Element => (
    <div className="find-tools">
      {findOpen && (
        <FindBar
          find={find}
          replaceOpen={replaceOpen}
          replacement={replacement}
          onReplacement={setReplacement}
          focusKey={focusKey}
          onToggleReplace={() => {
            setReplaceOpen((r) => !r);
            setFocusKey((k) => k + 1);
          }}
          onMove={moveHit}
          onClose={closeFind}
          onReplaceOne={(r) => void onReplaceOne(r)}
          onPreview={onPreview}
          onReplaceAll={onReplaceAll}
          onUndo={undo.undo}
          onReturn={find.refresh}
          replaced={replaced}
        />
      )}
      <div className="find-status-line">
        <FilterBar
          ref={filterRef}
          filter={filter}
          shown={order.count}
          total={rowCount}
          canFilterHits={find.options.query !== ''}
          onFilter={applyFilter}
        />
        <button type="button" onClick={() => setSheetOpen(true)} data-testid="keys-button">
          {t('keys.button')}
        </button>
        <button type="button" onClick={copySource} title={t('find.copySourceKeys')} data-testid="copy-source">
          {t('find.copySource')}
        </button>
        {message && (
          <span role="status" className="find-message" data-testid="find-message">
            {message}
          </span>
        )}
        {trailing && <span className="find-status-end">{trailing}</span>}
      </div>
      {sheetOpen && <KeysSheet onClose={() => setSheetOpen(false)} />}
      {goToOpen && <GoToRow max={rowCount} onGo={goToRow} onClose={() => setGoToOpen(false)} />}
    </div>
  );
  return { order, undo, render };
}
