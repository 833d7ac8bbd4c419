/** One aligned row: number and status, the Arabic source and the English editor, as tall as the taller. */
import { splitInvisibles } from '../../core/text/invisibles';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchView, QaView } from '../../core/api/contract';
import { qaMessageKey } from '../qa/qa-item';
import type { Status } from '../../core/model';
import { SourceText } from '../glossary/source-text';
import { toDisplay } from '../editor/placeholders';
import { RowTeam } from '../team/row-team';
import { ConflictNotice } from './conflict-notice';
import { CommentButton, CommentEditor } from './row-comment';
import { TargetEditor } from './target-editor';
import type { RowConflict } from './use-durable-saves';

export interface RowData {
  source: string;
  target: string;
  status: Status;
  /** The row's stored version when its page was loaded (saves name the version they edit). */
  version?: number | undefined;
  /** Where the English came from when not typed here: `repetition`, `tm:97`, `pretranslated:100` (until edited). */
  origin?: string | undefined;
  /** The row's comment (the paragraph's note). */
  note?: string | undefined;
}

function OriginBadge(props: { origin: string | undefined }): React.JSX.Element | null {
  const { t } = useTranslation();
  const o = props.origin;
  if (!o || o === 'typed') return null;
  const [kind, score] = o.split(':');
  const label =
    kind === 'repetition'
      ? t('tm.originRepetition')
      : kind === 'tm'
        ? t('tm.originTm', { score })
        : t('tm.originPretranslated', { score });
  return (
    <span
      className="origin-badge"
      data-testid="origin"
      data-origin={o}
      title={kind === 'repetition' ? t('tm.repetitionHint') : undefined}
    >
      {label}
    </span>
  );
}

export interface RowProps {
  index: number;
  /** Position in the (maybe filtered) list, for the virtualizer's measurements. */
  position?: number;
  row: RowData;
  active: boolean;
  focusEditor: boolean;
  /**
   * Row mode on this row: it takes the focus when it mounts. A far jump (Home, End, Go to) mounts the row
   * more than once (a placeholder first, then the row; again as heights are measured): each mount focuses it.
   */
  focusRow?: boolean;
  areas: string;
  columns: string;
  /** The grid is physical (dir=ltr); the row number and status read in the UI's direction. */
  uiDir: 'ltr' | 'rtl';
  /** Glossary matches in this paragraph (a shared empty array when none, so the memo holds). */
  matches: readonly MatchView[];
  /** Glossary terms missing from this row's English (QA). */
  qaCount: number;
  /** The row's QA flags: their messages show on hover or focus of the mark. */
  qaFlags?: readonly QaView[] | undefined;
  /** Arabic is selected in this row's source: offer "Add term". */
  canAddTerm: boolean;
  onFocusRow: (index: number, inEditor: boolean) => void;
  onEdit: (index: number, target: string) => void;
  onKey: (index: number, e: React.KeyboardEvent) => void;
  onBlurEditor: (index: number) => void;
  onInsert: (index: number, match: MatchView) => void;
  onAddTerm: (index: number) => void;
  /** The virtualizer's: it measures the row and places it (its transform), without a render of the row. */
  measure: (el: HTMLElement | null) => void;
  /** Text saved elsewhere met this tab's unsaved text. */
  conflict?: RowConflict | undefined;
  onKeepMine: (index: number) => void;
  onTakeTheirs: (index: number) => void;
  /** The comment editor is open under this row's English. */
  commenting: boolean;
  onComment: (index: number) => void;
  onSaveComment: (index: number, note: string) => void;
  onCloseComment: (index: number) => void;
  /** The document is shared on a team: the row has a history and may be marked reviewed. */
  shared?: boolean;
  /** Someone else changed the row and its translator has not looked yet. */
  changedBy?: string | undefined;
  canReview?: boolean;
  onReview?: (index: number) => void;
  onHistory?: (index: number) => void;
}

export const Row = memo(function Row(props: RowProps): React.JSX.Element {
  const { t } = useTranslation();
  const { index, row, active } = props;
  const n = index + 1;
  const el = useRef<HTMLDivElement | null>(null);
  const { measure } = props;
  const setRef = useCallback(
    (node: HTMLDivElement | null) => {
      el.current = node;
      measure(node);
    },
    [measure],
  );
  useEffect(() => {
    const node = el.current;
    if (!props.focusRow || !node) return;
    // Only the list's own focus moves (nothing, or another row of the list itself): never an editor's (the user
    // may just have clicked into another row's English), the find bar's, a dialog's or the panel's.
    const now = document.activeElement;
    if (now === node) return;
    const anotherRow = now instanceof HTMLElement && now.dataset.testid === 'row' && node.parentElement?.contains(now);
    if (!now || now === document.body || anotherRow) node.focus({ preventScroll: true });
  }, [props.focusRow]);
  return (
    <div
      ref={setRef}
      data-index={index}
      data-row={n}
      data-position={props.position ?? index}
      data-testid="row"
      data-status={row.status}
      data-conflict={props.conflict ? 'true' : undefined}
      data-comment={row.note ? 'true' : undefined}
      data-changed-by={props.changedBy}
      role="row"
      dir="ltr"
      aria-rowindex={n + 1}
      aria-selected={active}
      aria-current={active ? 'true' : undefined}
      className={`row${active ? ' active' : ''}`}
      style={{
        gridTemplateAreas: props.areas,
        gridTemplateColumns: props.columns,
      }}
      onFocus={(e) => props.onFocusRow(index, (e.target as HTMLElement).tagName === 'TEXTAREA')}
      onKeyDown={(e) => props.onKey(index, e)}
      tabIndex={-1}
    >
      <div className="row-meta" role="rowheader" dir={props.uiDir} style={{ gridArea: 'meta' }}>
        <span className="row-number" aria-label={t('workbench.rowNumber', { n })}>
          {n}
        </span>
        <span className={`status status-${row.status}`} data-testid="status">
          {t(`status.${row.status}`)}
        </span>
        <OriginBadge origin={row.origin} />
        {props.qaCount > 0 && <QaMark count={props.qaCount} flags={props.qaFlags} />}
        <TargetInvisibles target={row.target} />
        <CommentButton index={index} note={row.note} active={active} onOpen={props.onComment} />
        {props.shared && props.onReview && props.onHistory && (
          <RowTeam
            index={index}
            active={active}
            status={row.status}
            hasText={row.target.trim() !== ''}
            changedBy={props.changedBy}
            canReview={props.canReview ?? false}
            onReview={props.onReview}
            onHistory={props.onHistory}
          />
        )}
        {props.canAddTerm && (
          <button
            type="button"
            className="add-term"
            data-testid="add-term"
            title={t('glossary.addTermKeys')}
            // Keep the Arabic selection: the dialog reads it.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => props.onAddTerm(index)}
          >
            {t('glossary.addTerm')}
          </button>
        )}
      </div>
      <SourceText index={index} text={toDisplay(row.source)} matches={props.matches} onInsert={props.onInsert} />
      <TargetEditor
        index={index}
        value={row.target}
        focus={props.focusEditor}
        matches={props.matches}
        onEdit={props.onEdit}
        onBlurEditor={props.onBlurEditor}
        onInsert={props.onInsert}
        source={row.source}
      >
        {props.conflict && (
          <ConflictNotice
            index={index}
            conflict={props.conflict}
            onKeepMine={props.onKeepMine}
            onTakeTheirs={props.onTakeTheirs}
          />
        )}
        {props.commenting && (
          <CommentEditor
            index={index}
            note={row.note ?? ''}
            onSave={props.onSaveComment}
            onClose={props.onCloseComment}
          />
        )}
      </TargetEditor>
    </div>
  );
});

/** A row whose page is on its way: as tall as the estimate, so the scroll position holds when it arrives. */
export function LoadingRow(props: {
  index: number;
  position?: number;
  height: number;
  measure: (el: HTMLElement | null) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const n = props.index + 1;
  return (
    <div
      ref={props.measure}
      data-index={props.index}
      data-row={n}
      data-position={props.position ?? props.index}
      data-testid="row-loading"
      role="row"
      aria-rowindex={n + 1}
      aria-busy="true"
      className="row loading-row"
      style={{ blockSize: `${props.height}px` }}
    >
      <span className="row-number">{n}</span>
      <span className="visually-hidden">{t('bigDocs.rowLoading')}</span>
    </div>
  );
}

/** The English box is a textarea, which cannot show marks: the row says which invisibles its English holds. */
function TargetInvisibles(props: { target: string }): React.JSX.Element | null {
  const { t } = useTranslation();
  const labels = useMemo(
    () => [...new Set(splitInvisibles(props.target).flatMap((p) => (p.invisible ? [p.invisible.label] : [])))],
    [props.target],
  );
  if (labels.length === 0) return null;
  const hint = t('invisibles.inTarget', { labels: labels.join(', ') });
  return (
    <span className="invisible-mark" data-testid="target-invisibles" role="img" title={hint} aria-label={hint}>
      {labels.join(' ')}
    </span>
  );
}

/** The mark on a flagged row: the count, and each flag's message on hover or keyboard focus. */
function QaMark(props: { count: number; flags: readonly QaView[] | undefined }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const messages = [
    ...new Set(
      (props.flags ?? []).map((f) => {
        const key = qaMessageKey(f);
        return i18n.exists(key) ? t(key, f.params) : t('qaChecks.msg.other');
      }),
    ),
  ];
  const label = [t('qa.flag', { count: props.count }), ...messages].join(' · ');
  return (
    <span
      className="qa-flag"
      data-testid="qa-flag"
      role="img"
      tabIndex={0}
      aria-label={label}
      title={messages.join('\n')}
    >
      ⚑ {props.count}
      {messages.length > 0 && (
        <span className="qa-flag-tip" aria-hidden="true">
          {messages.map((m) => (
            <span key={m}>{m}</span>
          ))}
        </span>
      )}
    </span>
  );
}
