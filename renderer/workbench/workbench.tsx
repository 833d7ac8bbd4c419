/**
 * The workbench: Arabic and English side by side, one virtualized row per paragraph, keyboard first.
 * Ctrl/Cmd+Enter confirms and moves to the next untranslated row; Alt+↑/↓ move; Escape leaves the editor.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchView, ParagraphUpdate, Settings } from '../../core/api/contract';
import type { DocumentFull, Paragraph } from '../../core/model';
import { statusForEdit } from '../../core/model';
import { countWords } from '../../core/text/words';
import { call, ClientError, onMenu } from '../api/client';
import { AddTermDialog } from '../glossary/add-term-dialog';
import { insertTerm } from '../glossary/editor-caret';
import { NO_MATCHES } from '../glossary/segments';
import { SidePanel } from '../glossary/side-panel';
import { useAddTerm } from '../glossary/use-add-term';
import { useGlossaryData } from '../glossary/use-glossary-data';
import { downloadFile } from './download';
import { rowAreas, rowColumns } from './layout';
import { nextUntranslated, progressOf } from './navigation';
import type { RowData } from './row';
import { Row } from './row';
import { RecoveredNotice } from './recovered-notice';
import { useDurableSaves } from './use-durable-saves';
import { useSaveOnClose } from './use-save-on-close';
import { MAX_KEYED } from '../tm/memory-tab';
import { useTmMatches } from '../tm/use-tm-matches';
import { WorkbenchHeader } from './workbench-header';

export interface WorkbenchProps {
  documentId: string;
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
  const [doc, setDoc] = useState<DocumentFull | null>(null);
  const [rows, setRows] = useState<RowData[]>([]);
  const [active, setActive] = useState(0);
  const [editing, setEditing] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const glossary = useGlossaryData(documentId, onError);
  // Moves when a row is confirmed: the memory may hold a new unit, so the active row's matches are asked again.
  const [tmVersion, setTmVersion] = useState(0);
  const { paragraphSaved } = glossary;
  const addTerm = useAddTerm(active);

  const onSaved = useCallback(
    (u: ParagraphUpdate) => {
      // The server's status is the truth once the save lands (the text typed since then stays).
      setRows((prev) =>
        prev.map((r, i) => (i === u.paragraph.index && r.target === u.paragraph.target ? { ...r, status: u.paragraph.status } : r)),
      );
      paragraphSaved(u.paragraph.index, u.paragraph.status); // a confirmed translation may raise or settle a problem
      if (u.paragraph.status === 'translated') setTmVersion((v) => v + 1);
    },
    [paragraphSaved],
  );
  const onRemote = useCallback((p: Paragraph) => {
    setRows((prev) => prev.map((r, i) => (i === p.index ? { ...r, target: p.target, status: p.status, origin: p.origin } : r)));
  }, []);
  const saves = useDurableSaves(documentId, onSaved, onRemote);
  const { queue, saveState, loaded } = saves;

  useEffect(() => {
    let cancelled = false;
    call('document.get', { id: documentId })
      .then((d) => {
        if (cancelled) return;
        setDoc(d);
        setRows(d.paragraphList.map((p) => ({ source: p.source, target: p.target, status: p.status, words: countWords(p.source), origin: p.origin })));
        loaded(d, (index, target) => setRows((prev) => prev.map((r, i) => (i === index ? { ...r, target, status: statusForEdit(target, false) } : r))));
        const start = Math.min(d.activeParagraph, Math.max(0, d.paragraphs - 1));
        setActive(start);
        setEditing(start);
      })
      .catch((e: unknown) => {
        if (e instanceof ClientError && e.code === 'not-found') setMissing(true);
        else onError((e as Error).message);
      });
    return () => {
      cancelled = true;
    };
  }, [documentId, onError, loaded]);

  useSaveOnClose(queue);

  // Remember the active row (restored when the document is opened again).
  useEffect(() => {
    if (!doc) return;
    const timer = setTimeout(() => {
      call('document.setActive', { id: documentId, index: active }).catch(() => undefined);
    }, 300);
    return () => clearTimeout(timer);
  }, [active, doc, documentId]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 120,
    overscan: 6,
  });

  const didRestoreScroll = useRef(false);
  useEffect(() => {
    if (doc && rows.length && !didRestoreScroll.current) {
      didRestoreScroll.current = true;
      virtualizer.scrollToIndex(active, { align: 'center' });
    }
  }, [doc, rows.length, active, virtualizer]);

  const goTo = useCallback(
    (index: number, edit = true) => {
      const clamped = Math.max(0, Math.min(rowsRef.current.length - 1, index));
      void queue.flush().catch(() => undefined); // a failure shows in the header and is retried
      setActive(clamped);
      setEditing(edit ? clamped : null);
      virtualizer.scrollToIndex(clamped, { align: 'auto' });
      if (!edit) {
        requestAnimationFrame(() =>
          scroller.current?.querySelector<HTMLElement>(`[data-index="${clamped}"]`)?.focus({ preventScroll: true }),
        );
      }
    },
    [queue, virtualizer],
  );

  const onEdit = useCallback(
    (index: number, target: string) => {
      setRows((prev) => prev.map((r, i) => (i === index ? { ...r, target, status: statusForEdit(target, false), origin: undefined } : r)));
      queue.edit(index, target);
    },
    [queue],
  );

  const onInsert = useCallback(
    (index: number, match: MatchView) => insertTerm(scroller.current, index, rowsRef.current[index]?.target ?? '', match, onEdit),
    [onEdit],
  );

  const tm = useTmMatches(documentId, active, tmVersion, onError);
  const tmRef = useRef(tm);
  tmRef.current = tm;
  /** Ctrl+Alt+1…5 and the tab's buttons: the match's English replaces the row's; the row says it came from a match. */
  const insertTm = useCallback(
    (index: number, target: string, score?: number) => {
      const origin = score === undefined ? undefined : (`tm:${score}` as const);
      setRows((prev) => prev.map((r, i) => (i === index ? { ...r, target, status: statusForEdit(target, false), origin } : r)));
      queue.edit(index, target, false, origin);
    },
    [queue],
  );

  const confirm = useCallback(
    (index: number) => {
      const row = rowsRef.current[index];
      if (!row) return;
      const status = statusForEdit(row.target, true);
      const updated = rowsRef.current.map((r, i) => (i === index ? { ...r, status } : r));
      setRows(updated);
      void queue.confirm(index, row.target).catch(() => undefined);
      const next = nextUntranslated(updated.map((r) => r.status), index);
      if (next !== null) goTo(next);
    },
    [queue, goTo],
  );

  const onKey = useCallback(
    (index: number, e: React.KeyboardEvent) => {
      const inEditor = (e.target as HTMLElement).tagName === 'TEXTAREA';
      const digit = /^Digit([1-9])$/.exec(e.code)?.[1];
      if (digit && e.ctrlKey && e.altKey && Number(digit) <= MAX_KEYED) {
        const whole = tmRef.current.matches.filter((m) => m.sentence === undefined);
        const m = whole[Number(digit) - 1];
        if (m) {
          e.preventDefault();
          insertTm(index, m.target, m.score);
        }
      } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        confirm(index);
      } else if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        goTo(index + (e.key === 'ArrowDown' ? 1 : -1), inEditor);
      } else if (e.key === 'Escape' && inEditor) {
        e.preventDefault();
        goTo(index, false);
      } else if (!inEditor && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        goTo(index + (e.key === 'ArrowDown' ? 1 : -1), false);
      } else if (!inEditor && e.key === 'Enter') {
        e.preventDefault();
        goTo(index, true);
      }
    },
    [confirm, goTo, insertTm],
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
        onError((e as Error).message);
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

  const progress = useMemo(() => progressOf(rows), [rows]);
  const activeSource = rows[active]?.source ?? '';
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
  if (!doc) return <p className="loading">{t('app.loading')}</p>;

  const uiDir = i18n.dir(i18n.language) === 'rtl' ? 'rtl' : 'ltr';
  const areas = rowAreas(props.settings.sourceSide, uiDir);
  const columns = rowColumns(uiDir);

  return (
    <section className="workbench" aria-label={doc.title}>
      <WorkbenchHeader
        doc={doc}
        progress={progress}
        saveState={saveState}
        settings={props.settings}
        onSettings={props.onSettings}
        onBack={() => void queue.flush().then(props.onClose, () => undefined)}
        onExport={(f) => void exportAs(f)}
        flush={() => queue.flush()}
        onReviewed={props.onReviewed}
        onError={onError}
        onRename={(title) =>
          call('document.rename', { id: documentId, title })
            .then((d) => setDoc((prev) => (prev ? { ...prev, title: d.title } : prev)))
            .catch((e: unknown) => onError((e as Error).message))
        }
      />
      {saves.recovered.length > 0 && <RecoveredNotice rows={saves.recovered} onGoTo={goTo} onDismiss={saves.dismissRecovered} />}
      <div className="wb-body">
        <div className="wb-main">
          <div className="grid-head" dir="ltr" style={{ gridTemplateAreas: areas, gridTemplateColumns: columns }} role="presentation">
            <span style={{ gridArea: 'meta' }} />
            <span style={{ gridArea: 'src' }} lang={i18n.language}>
              {t('workbench.sourceColumn')}
            </span>
            <span style={{ gridArea: 'tgt' }} lang={i18n.language}>
              {t('workbench.targetColumn')}
            </span>
          </div>
          <div ref={scroller} className="rows" role="table" aria-rowcount={rows.length + 1} data-testid="rows">
            <div className="rows-inner" role="rowgroup" style={{ blockSize: `${virtualizer.getTotalSize()}px` }}>
              {virtualizer.getVirtualItems().map((item) => (
                <Row
                  key={item.key}
                  index={item.index}
                  row={rows[item.index]!}
                  active={item.index === active}
                  focusEditor={item.index === editing}
                  areas={areas}
                  columns={columns}
                  uiDir={uiDir}
                  start={item.start}
                  measure={virtualizer.measureElement}
                  onFocusRow={onFocusRow}
                  onEdit={onEdit}
                  onKey={onKey}
                  onBlurEditor={onBlurEditor}
                  matches={glossary.matches.get(item.index) ?? NO_MATCHES}
                  qaCount={glossary.qaCounts.get(item.index) ?? 0}
                  canAddTerm={addTerm.selection?.index === item.index && item.index === active}
                  onInsert={onInsert}
                  onAddTerm={addTerm.open}
                  conflict={saves.conflicts.get(item.index)}
                  onKeepMine={saves.keepMine}
                  onTakeTheirs={saves.takeTheirs}
                />
              ))}
            </div>
          </div>
        </div>
        <SidePanel
          documentId={documentId}
          active={active}
          activeMatches={glossary.matches.get(active) ?? NO_MATCHES}
          data={glossary}
          onInsert={onInsert}
          onGoTo={goTo}
          onError={onError}
          tm={tmProps}
        />
      </div>
      {addTerm.request && <AddTermDialog request={addTerm.request} onClose={addTerm.close} onAdded={glossary.changed} />}
      <p className="keys-hint">{t('workbench.keys')}</p>
    </section>
  );
}
