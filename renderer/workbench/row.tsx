/** One aligned row: number and status, the Arabic source and the English editor, as tall as the taller. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchView } from '../../core/api/contract';
import type { Status } from '../../core/model';
import { SourceText } from '../glossary/source-text';
import { toDisplay } from './placeholders';
import { ConflictNotice } from './conflict-notice';
import { TargetEditor } from './target-editor';
import type { RowConflict } from './use-durable-saves';

export interface RowData {
  source: string;
  target: string;
  status: Status;
  words: number;
  /** Where the English came from when not typed here: `repetition`, `tm:97`, `pretranslated:100` (until edited). */
  origin?: string | undefined;
}

function OriginBadge(props: { origin: string | undefined }): React.JSX.Element | null {
  const { t } = useTranslation();
  const o = props.origin;
  if (!o || o === 'typed') return null;
  const [kind, score] = o.split(':');
  const label = kind === 'repetition' ? t('tm.originRepetition') : kind === 'tm' ? t('tm.originTm', { score }) : t('tm.originPretranslated', { score });
  return (
    <span className="origin-badge" data-testid="origin" data-origin={o}>
      {label}
    </span>
  );
}

export interface RowProps {
  index: number;
  row: RowData;
  active: boolean;
  focusEditor: boolean;
  areas: string;
  columns: string;
  /** The grid is physical (dir=ltr); the row number and status read in the UI's direction. */
  uiDir: 'ltr' | 'rtl';
  /** Glossary matches in this paragraph (a shared empty array when none, so the memo holds). */
  matches: readonly MatchView[];
  /** Glossary terms missing from this row's English (QA). */
  qaCount: number;
  /** Arabic is selected in this row's source: offer "Add term". */
  canAddTerm: boolean;
  onFocusRow: (index: number, inEditor: boolean) => void;
  onEdit: (index: number, target: string) => void;
  onKey: (index: number, e: React.KeyboardEvent) => void;
  onBlurEditor: (index: number) => void;
  onInsert: (index: number, match: MatchView) => void;
  onAddTerm: (index: number) => void;
  measure: (el: HTMLElement | null) => void;
  start: number;
  /** Text saved elsewhere met this tab's unsaved text. */
  conflict?: RowConflict | undefined;
  onKeepMine: (index: number) => void;
  onTakeTheirs: (index: number) => void;
}

export const Row = memo(function Row(props: RowProps): React.JSX.Element {
  const { t } = useTranslation();
  const { index, row, active } = props;
  const n = index + 1;
  return (
    <div
      ref={props.measure}
      data-index={index}
      data-testid="row"
      data-status={row.status}
      data-conflict={props.conflict ? 'true' : undefined}
      role="row"
      dir="ltr"
      aria-rowindex={n + 1}
      aria-selected={active}
      className={`row${active ? ' active' : ''}`}
      style={{ transform: `translateY(${props.start}px)`, gridTemplateAreas: props.areas, gridTemplateColumns: props.columns }}
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
        {props.qaCount > 0 && (
          <span className="qa-flag" data-testid="qa-flag" role="img" aria-label={t('qa.flag', { count: props.qaCount })} title={t('qa.flag', { count: props.qaCount })}>
            ⚑ {props.qaCount}
          </span>
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
        {props.conflict && <ConflictNotice index={index} conflict={props.conflict} onKeepMine={props.onKeepMine} onTakeTheirs={props.onTakeTheirs} />}
      </TargetEditor>
    </div>
  );
});
