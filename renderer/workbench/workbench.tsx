/**
 * The workbench: Arabic and English side by side, one virtualized row per paragraph, keyboard first.
 * Ctrl/Cmd+Enter confirms and moves to the next untranslated row; Alt+↑/↓ move; Escape leaves the editor;
 * Ctrl/Cmd+M opens the row's comment. Dialogs and panel actions give the focus back to the row's English editor.
 * Rows load in pages around what is shown (use-paged-rows.ts); every move goes through goToRow (use-go-to-row.ts).
 */
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchView, ParagraphUpdate, Settings } from '../../core/api/contract';
import type { Paragraph } from '../../core/model';
import { isDone, statusForEdit } from '../../core/model';
import { call, ClientError, onMenu } from '../api/client';
import { AddTermDialog } from '../glossary/add-term-dialog';
import { insertTerm } from '../editor/editor-caret';
import { NO_MATCHES } from '../glossary/segments';
import { SidePanel } from '../glossary/side-panel';
import { useAddTerm } from '../glossary/use-add-term';
import { useGlossaryData } from '../glossary/use-glossary-data';
import { downloadFile } from '../shared/download';
import { rowAreas, rowColumns } from './layout';
import { nextUntranslated, progressOf } from './navigation';
import { LoadingRow, Row } from './row';
import { rowHref } from './row-url';
import { RecoveredNotice } from './recovered-notice';
import { isCommentKey } from './row-comment';
import type { SaveQueue } from './save-queue';
import { rowKeyTarget, rowsPerPage } from './keep-in-view';
import { useDurableSaves } from './use-durable-saves';
import { useFindTools } from './use-find-tools';
import { useGoToRow } from './use-go-to-row';
import { useAddressedRow } from './use-addressed-row';
import { createHold } from './hold-in-view';
import { usePagedRows } from './use-paged-rows';
import { useRefitEditors } from './use-refit-editors';
import { useSaveOnClose } from './use-save-on-close';
import { MAX_KEYED } from '../tm/memory-tab';
import { isRepetitionKey, useRepetitionKey } from '../tm/use-repetition-key';
import { useTmMatches } from '../tm/use-tm-matches';
import { WorkbenchHeader } from './workbench-header';
import { useWorkbenchTeam } from '../team/use-workbench-team';
import { errorText } from '../shared/error-text';
import { showErrorWith } from '../shared/show-error';

/** Rows loaded beyond the visible ones on each side, so scrolling rarely meets a placeholder. */
const PREFETCH_ROWS = 60;

/** Ctrl+Alt+1…5: the memory match to insert (counted from 1), or null for another key. */
function tmDigit(e: React.KeyboardEvent): number | null {
  const digit = /^Digit([1-9])$/.exec(e.code)?.[1];
  return digit && e.ctrlKey && e.altKey && Number(digit) <= MAX_KEYED ? Number(digit) : null;
}
const ROW_ESTIMATE_PX = 120;

export interface WorkbenchProps {
  documentId: string;
  /**
   * The row the address names when the document opens (`#/doc/ID/row/N`), counted from 1; otherwise the last
   * active row. Later addresses of the same document are followed by the workbench itself (use-addressed-row.ts).
   */
  row?: number | undefined;
  settings: Settings;
  onSettings: (patch: Partial<Settings>) => void;
  onClose: () => void;
  onError: (message: string) => void;
  /** A reviewer's DOCX changed rows: the app shows the message and reopens the document. */
  onReviewed: (message: string) => void;
}

export function Workbench(props: WorkbenchProps): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { documentId, onError } = props;
  const [active, setActive] = useState(0);
  const [editing, setEditing] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const queueRef = useRef<SaveQueue | null>(null);

  const onPage = useCallback((list: readonly Paragraph[]) => queueRef.current?.load(list), []);
  const onLoadError = useCallback(
    (e: unknown) => {
      if (e instanceof ClientError && e.code === 'not-found') setMissing(true);
      else onError(errorText(e));
    },
    [onError],
  );
  const paged = usePagedRows(documentId, onPage, onLoadError);
  // All stable callbacks (the rows' memo and the save queue depend on it): `paged` itself changes with every row.
  const { outline, summary, count, update, setSummary, row: rowAt, statuses, load, ensure } = paged;
  const isLoaded = useCallback((i: number) => rowAt(i) !== undefined, [rowAt]);

  // The glossary's matches and QA are asked for once the first rows are shown (see useGlossaryData).
  const [shown, setShown] = useState(false);
  const glossary = useGlossaryData(documentId, onError, shown);
  // Moves when a row is confirmed: the memory may hold a new unit, so the active row's matches are asked again.
  const [tmVersion, setTmVersion] = useState(0);
  const { paragraphSaved } = glossary;
  const addTerm = useAddTerm(active);

  const onSaved = useCallback(
    (u: ParagraphUpdate) => {
      // The server's status is the truth once the save lands (the text typed since then stays).
      const row = rowAt(u.paragraph.index);
      if (!row || row.target === u.paragraph.target) update(u.paragraph.index, { status: u.paragraph.status });
      setSummary(u.document);
      paragraphSaved(u.paragraph.index, u.paragraph.status); // a confirmed translation may raise or settle a problem
      if (u.paragraph.status === 'translated') setTmVersion((v) => v + 1);
    },
    [rowAt, update, setSummary, paragraphSaved],
  );
  // A row changed elsewhere (a team member's, pulled): its "changed by" mark is read again with it.
  const teamRefresh = useRef<(() => void) | null>(null);
  const onRemote = useCallback(
    (p: Paragraph) => {
      update(p.index, { target: p.target, status: p.status, origin: p.origin });
      teamRefresh.current?.();
    },
    [update],
  );
  const onRemoteNote = useCallback(
    (p: Paragraph) => {
      const row = rowAt(p.index);
      if (row && (row.note ?? '') !== (p.note ?? '')) update(p.index, { note: p.note });
    },
    [rowAt, update],
  );
  const saves = useDurableSaves(documentId, onSaved, onRemote, onRemoteNote);
  const { queue, saveState, loaded } = saves;
  queueRef.current = queue;

  // Find, replace, filter, go to and undo (use-find-tools.tsx). A filter shows some rows only: the list's
  // positions (the virtualizer's indexes) and the paragraphs' indices are then told apart by `order`.
  const tools = useFindTools({
    documentId,
    rowCount: count,
    active,
    scroller,
    reveal: (index) => reveal(index),
    focusRow: (index) => goToRow(index, true),
    setRow: (index, target, confirm) => {
      update(index, { target, status: statusForEdit(target, confirm) }, true);
      queue.edit(index, target, confirm);
    },
    rowText: (index) => rowAt(index),
    applyStored: (report) => report.stored.forEach((p) => queue.remoteChanged(p) && onRemote(p)),
    flush: () => queue.flush(),
    onError,
  });
  const { order, undo } = tools;

  // The row a jump went to is held in place while the list settles (hold-in-view.ts).
  const virtualizerRef = useRef<Virtualizer<HTMLDivElement, Element> | null>(null);
  const [hold] = useState(() => createHold(() => virtualizerRef.current));
  useEffect(() => hold.listen(window), [hold]);
  const activePosition = order.positionOf(active);
  const virtualizer = useVirtualizer({
    count: order.count,
    // The list position (a filter hides rows); `data-index` stays the paragraph's index.
    indexAttribute: 'data-position',
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: 6,
    // Positions are written to the rows directly: a row re-renders when its data changes, not as it moves.
    directDomUpdates: true,
    // The active row stays mounted wherever the list is scrolled: it keeps the focus, and a jump mounts it at once.
    rangeExtractor: (range) => {
      const shown = defaultRangeExtractor(range);
      if (activePosition < 0 || activePosition >= range.count || shown.includes(activePosition)) return shown;
      return [...shown, activePosition].sort((a, b) => a - b);
    },
    onChange: () => hold.changed(),
  });
  virtualizerRef.current = virtualizer;

  const moveToRow = useGoToRow({
    count,
    positionOf: order.positionOf,
    virtualizer,
    hold,
    scroller,
    load,
    isLoaded,
    queue,
    setActive,
    setEditing,
  });

  // A row a filter hides is never the target of a move: the next shown one is.
  const goToRow = useCallback(
    (index: number, edit = true) =>
      moveToRow(order.positionOf(index) >= 0 || order.count === 0 ? index : order.step(index, 1), edit),
    [moveToRow, order],
  );

  // Find and go-to: the row becomes active and centred, held there while its page loads; the focus stays where it is.
  const reveal = useCallback(
    (index: number) => {
      setActive(index);
      const position = order.positionOf(index);
      if (position < 0) return;
      hold.hold(position, 'center');
      if (!isLoaded(index))
        void load([index]).then(
          () => hold.renew(position),
          () => undefined,
        );
    },
    [order, hold, isLoaded, load],
  );

  // The outline is in: start at the row the address names, or where the translator left off.
  const [start, setStart] = useState<number | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (!outline || started.current) return;
    started.current = true;
    const wanted = props.row !== undefined ? props.row - 1 : outline.activeParagraph;
    const start = Math.max(0, Math.min(wanted, outline.paragraphs - 1));
    setStart(start);
    setActive(start);
    setEditing(start);
    void load([start]).catch(() => undefined);
    loaded(outline, load, (index, target) => update(index, { target, status: statusForEdit(target, false) }, true));
  }, [outline, props.row, load, loaded, update]);

  // A new address for this document (a link to a row, the user typing one): go there.
  useAddressedRow(documentId, outline !== null, goToRow);

  useSaveOnClose(queue);
  useRefitEditors(scroller, outline !== null && summary !== null, `${props.settings.targetFontSize}:${i18n.language}`);

  // Remember the active row (restored when the document is opened again), and show it in the address.
  useEffect(() => {
    if (start === null) return;
    window.history.replaceState(window.history.state, '', rowHref(documentId, active));
    const timer = setTimeout(() => {
      call('document.setActive', { id: documentId, index: active }).catch(() => undefined);
    }, 300);
    return () => clearTimeout(timer);
  }, [active, start, documentId]);

  const startLoaded = start !== null && rowAt(start) !== undefined;
  useEffect(() => {
    if (startLoaded) setShown(true);
  }, [startLoaded]);

  const didRestoreScroll = useRef(false);
  useEffect(() => {
    if (start !== null && count && !didRestoreScroll.current) {
      didRestoreScroll.current = true;
      const position = Math.max(0, order.positionOf(start));
      hold.hold(position, 'center');
      void load([start]).then(
        () => hold.renew(position),
        () => undefined,
      );
    }
  }, [start, count, hold, order, load]);

  // Load the pages of what is shown (and a margin around it) as the user scrolls.
  const items = virtualizer.getVirtualItems();
  // Paragraph indices of the first and last shown rows (positions differ from indices while a filter is on).
  const firstShown = items[0] ? order.indexAt(items[0].index) : 0;
  const lastShown = items.length ? order.indexAt(items[items.length - 1]!.index) : -1;
  const filtered = order.count !== count;
  const shownKey = filtered ? items.map((i) => order.indexAt(i.index)).join(',') : '';
  useEffect(() => {
    if (lastShown < 0) return;
    // Filtered rows are scattered: load exactly those shown; otherwise the range and a margin around it.
    if (filtered) void load(shownKey.split(',').map(Number)).catch(() => undefined);
    else ensure(firstShown - PREFETCH_ROWS, lastShown + PREFETCH_ROWS);
  }, [firstShown, lastShown, ensure, filtered, shownKey, load]);
  const { wantMatches } = glossary;
  useEffect(() => {
    if (shown && lastShown >= 0) wantMatches(firstShown, lastShown);
  }, [shown, firstShown, lastShown, wantMatches]);

  const onEdit = useCallback(
    (index: number, target: string) => {
      undo.text(index, rowAt(index)?.target ?? '', target);
      update(index, { target, status: statusForEdit(target, false), origin: undefined }, true);
      queue.edit(index, target);
    },
    [queue, update, undo, rowAt],
  );

  const onInsert = useCallback(
    (index: number, match: MatchView) => insertTerm(scroller.current, index, rowAt(index)?.target ?? '', match, onEdit),
    [onEdit, rowAt],
  );

  const tm = useTmMatches(documentId, active, tmVersion, onError, shown);
  const tmRef = useRef(tm);
  tmRef.current = tm;
  /** Ctrl+Alt+1…5 and the tab's buttons: the match's English replaces the row's; the row says it came from a match. */
  const insertTm = useCallback(
    (index: number, target: string, score?: number) => {
      const origin = score === undefined ? undefined : (`tm:${score}` as const);
      undo.text(index, rowAt(index)?.target ?? '', target);
      update(index, { target, status: statusForEdit(target, false), origin }, true);
      queue.edit(index, target, false, origin);
    },
    [queue, update, undo, rowAt],
  );

  /** A QA fix: the row keeps its status (a confirmed row is confirmed again with the fixed English). */
  const onFix = useCallback(
    (index: number, fix: { start: number; end: number; text: string }) => {
      const row = rowAt(index);
      if (!row) return;
      const target = row.target.slice(0, fix.start) + fix.text + row.target.slice(fix.end);
      const confirmed = isDone(row.status);
      update(index, { target, status: statusForEdit(target, confirmed) }, true);
      if (confirmed) void queue.confirm(index, target).catch(() => undefined);
      else queue.edit(index, target);
    },
    [queue, rowAt, update],
  );

  /** Confirms the row as it is (one undo step); false when its page is not loaded. */
  const confirmRow = useCallback(
    (index: number): boolean => {
      const row = rowAt(index);
      if (!row) return false;
      const status = statusForEdit(row.target, true);
      if (status !== row.status)
        undo.push({ kind: 'status', index, target: row.target, before: row.status, after: status });
      update(index, { status }, true);
      void queue.confirm(index, row.target).catch(() => undefined);
      return true;
    },
    [queue, rowAt, update, undo],
  );
  const confirm = useCallback(
    (index: number) => {
      if (!confirmRow(index)) return;
      const next = nextUntranslated(statuses(), index);
      if (next !== null) goToRow(next);
    },
    [confirmRow, goToRow, statuses],
  );
  // Ctrl+Shift+Enter: the memory's repetitions, one key each (renderer/tm/use-repetition-key.ts).
  const repetitions = useRepetitionKey({ documentId, rowAt, confirmRow, goToRow, onError });

  /** Back to row `index`'s English editor, where the caret was (after a dialog, a comment, a panel action). */
  const focusEditor = useCallback(
    (index: number) => {
      requestAnimationFrame(() => {
        const box = scroller.current?.querySelector<HTMLTextAreaElement>(
          `[data-testid=row][data-index="${index}"] [data-testid=target]`,
        );
        if (box) {
          setEditing(index);
          box.focus({ preventScroll: true });
        } else goToRow(index, true);
      });
    },
    [goToRow],
  );

  const team = useWorkbenchTeam({
    documentId,
    active,
    queue,
    rowAt,
    onSaved,
    onRemote,
    onError,
    focusEditor,
  });
  teamRefresh.current = team.refresh;
  const teamKey = team.onKey;

  const [commenting, setCommenting] = useState<number | null>(null);
  const openComment = useCallback((index: number) => setCommenting(index), []);
  const closeComment = useCallback(
    (index: number) => {
      setCommenting(null);
      focusEditor(index);
    },
    [focusEditor],
  );
  const saveComment = useCallback(
    (index: number, note: string) => {
      call('paragraph.setNote', { documentId, index, note })
        .then((u) => {
          update(index, { note: u.paragraph.note });
          setSummary(u.document);
          setCommenting(null);
          focusEditor(index);
        })
        .catch(showErrorWith(onError));
    },
    [documentId, update, setSummary, focusEditor, onError],
  );

  const onKey = useCallback(
    (index: number, e: React.KeyboardEvent) => {
      const inEditor = (e.target as HTMLElement).tagName === 'TEXTAREA';
      if (isCommentKey(e)) {
        e.preventDefault();
        setCommenting((prev) => (prev === index ? null : index));
      } else if (tmDigit(e) !== null) {
        const m = tmRef.current.matches.filter((x) => x.sentence === undefined)[tmDigit(e)! - 1];
        if (m) {
          e.preventDefault();
          insertTm(index, m.target, m.score);
        }
      } else if (teamKey(index, e)) {
        // Ctrl/Cmd+Alt+Enter: the reviewer marks the row reviewed (before Ctrl+Enter, which it contains).
      } else if (isRepetitionKey(e)) {
        e.preventDefault();
        repetitions.press(index);
      } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        confirm(index);
      } else if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        goToRow(order.step(index, e.key === 'ArrowDown' ? 1 : -1), inEditor);
      } else if (e.key === 'Escape' && inEditor) {
        e.preventDefault();
        goToRow(index, false);
      } else if (!inEditor && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        goToRow(order.step(index, e.key === 'ArrowDown' ? 1 : -1), false);
      } else if (!inEditor && rowKeyTarget(e.key, index, order, 1) !== null) {
        e.preventDefault(); // Home/End/PageUp/PageDown: the focus moves with the active row
        goToRow(rowKeyTarget(e.key, index, order, rowsPerPage(virtualizer))!, false);
      } else if (!inEditor && e.key === 'Enter') {
        e.preventDefault();
        goToRow(index, true);
      }
    },
    [confirm, goToRow, order, insertTm, virtualizer, repetitions, teamKey],
  );

  const onFocusRow = useCallback((index: number, inEditor: boolean) => {
    setActive((prev) => (prev === index ? prev : index));
    // A click into another row's editor makes it the editing row, so Alt+↑/↓ and re-mounts follow the caret.
    if (inEditor) setEditing(index);
  }, []);
  const onBlurEditor = useCallback(() => void queue.flush().catch(() => undefined), [queue]);

  const exportAs = useCallback(
    async (format: 'docx' | 'html') => {
      try {
        await queue.flush();
        const file = await call('document.export', {
          id: documentId,
          format,
          options: { uiLanguage: props.settings.uiLanguage },
        });
        downloadFile(file);
      } catch (e) {
        onError(errorText(e));
      }
    },
    [documentId, onError, props.settings.uiLanguage, queue],
  );

  // The desktop menu's File → Export commands (the browser mode sends none).
  useEffect(
    () =>
      onMenu((command) => {
        if (command === 'export-docx') void exportAs('docx');
        if (command === 'export-html') void exportAs('html');
      }),
    [exportAs],
  );

  // Recounted when a status changes (the version moves); words come from the store's summary.
  const { version } = paged;
  const progress = useMemo(
    () => progressOf(statuses(), summary ?? { words: 0, wordsTranslated: 0 }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` is the signal that statuses() changed
    [statuses, summary, version],
  );

  const activeSource = rowAt(active)?.source ?? '';
  const tmProps = useMemo(
    () => ({
      result: tm,
      source: activeSource,
      onInsert: (m: { target: string; score: number }) => insertTm(active, m.target, m.score),
      onInsertText: (target: string) => insertTm(active, target),
      flush: () => queue.flush(),
      onChanged: () => setTmVersion((v) => v + 1),
    }),
    [tm, activeSource, insertTm, active, queue],
  );

  if (missing) {
    return (
      <div className="loading" role="alert">
        <p>{t('workbench.notFound')}</p>
        <button type="button" onClick={props.onClose}>
          {t('workbench.back')}
        </button>
      </div>
    );
  }
  if (!outline || !summary) return <p className="loading">{t('app.loading')}</p>;

  const uiDir = i18n.dir(i18n.language) === 'rtl' ? 'rtl' : 'ltr';
  const areas = rowAreas(props.settings.sourceSide, uiDir);
  const columns = rowColumns(uiDir);

  return (
    <section className="workbench" aria-label={summary.title}>
      <WorkbenchHeader
        doc={summary}
        progress={progress}
        saveState={saveState}
        settings={props.settings}
        onSettings={props.onSettings}
        onBack={() => void queue.flush().then(props.onClose, () => undefined)}
        onExport={(f) => void exportAs(f)}
        flush={() => queue.flush()}
        onReviewed={props.onReviewed}
        onError={onError}
        onDialogClosed={() => focusEditor(active)}
        onPretranslated={() => setTmVersion((v) => v + 1)}
        onRename={(title) =>
          call('document.rename', { id: documentId, title })
            .then((d) => setSummary(d))
            .catch(showErrorWith(onError))
        }
      />
      {tools.render(team.header)}
      {saves.recovered.length > 0 && (
        <RecoveredNotice rows={saves.recovered} onGoTo={goToRow} onDismiss={saves.dismissRecovered} />
      )}
      <div className="wb-body">
        <div className="wb-main">
          <div
            className="grid-head"
            dir="ltr"
            style={{ gridTemplateAreas: areas, gridTemplateColumns: columns }}
            role="presentation"
          >
            <span style={{ gridArea: 'meta' }} />
            <span style={{ gridArea: 'src' }} lang={i18n.language}>
              {t('workbench.sourceColumn')}
            </span>
            <span style={{ gridArea: 'tgt' }} lang={i18n.language}>
              {t('workbench.targetColumn')}
            </span>
          </div>
          <div ref={scroller} className="rows" role="table" aria-rowcount={count + 1} data-testid="rows">
            <div ref={virtualizer.containerRef} className="rows-inner" role="rowgroup">
              {items.map((item) => {
                const index = order.indexAt(item.index);
                const row = rowAt(index);
                if (!row)
                  return (
                    <LoadingRow
                      key={item.key}
                      index={index}
                      position={item.index}
                      height={ROW_ESTIMATE_PX}
                      measure={virtualizer.measureElement}
                    />
                  );
                return (
                  <Row
                    key={item.key}
                    index={index}
                    position={item.index}
                    row={row}
                    active={index === active}
                    focusEditor={index === editing}
                    focusRow={editing === null && index === active}
                    areas={areas}
                    columns={columns}
                    uiDir={uiDir}
                    measure={virtualizer.measureElement}
                    onFocusRow={onFocusRow}
                    onEdit={onEdit}
                    onKey={onKey}
                    onBlurEditor={onBlurEditor}
                    matches={glossary.matches.get(index) ?? NO_MATCHES}
                    qaCount={glossary.qaCounts.get(index) ?? 0}
                    qaFlags={glossary.qaByParagraph.get(index)}
                    canAddTerm={addTerm.selection?.index === index && index === active}
                    onInsert={onInsert}
                    onAddTerm={addTerm.open}
                    conflict={saves.conflicts.get(index)}
                    onKeepMine={saves.keepMine}
                    onTakeTheirs={saves.takeTheirs}
                    commenting={commenting === item.index}
                    onComment={openComment}
                    onSaveComment={saveComment}
                    onCloseComment={closeComment}
                    shared={team.shared}
                    changedBy={team.changedBy.get(index)}
                    canReview={team.canReview}
                    onReview={team.review}
                    onHistory={team.openHistory}
                  />
                );
              })}
            </div>
          </div>
        </div>
        <SidePanel
          documentId={documentId}
          active={active}
          activeMatches={glossary.matches.get(active) ?? NO_MATCHES}
          data={glossary}
          onInsert={onInsert}
          onGoTo={goToRow}
          onFix={onFix}
          onError={onError}
          tm={tmProps}
          onDone={focusEditor}
        />
      </div>
      {team.dialog}
      {addTerm.request && (
        <AddTermDialog
          request={addTerm.request}
          onClose={addTerm.close}
          onAdded={glossary.changed}
          returnFocus={() => focusEditor(addTerm.request?.index ?? active)}
        />
      )}
      <p className="keys-hint">
        {t('workbench.keys')}
        {repetitions.left !== null && (
          <span role="status" className="repetitions-left" data-testid="repetitions-left">
            {' '}
            {t('tm.repetitionsLeft', { count: repetitions.left })}
          </span>
        )}
      </p>
    </section>
  );
}
