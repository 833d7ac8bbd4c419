/** One aligned row: number and status, the Arabic source and the English editor, as tall as the taller. */
import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../core/model';

export interface RowData {
  source: string;
  target: string;
  status: Status;
  words: number;
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
  onFocusRow: (index: number) => void;
  onEdit: (index: number, target: string) => void;
  onKey: (index: number, e: React.KeyboardEvent) => void;
  onBlurEditor: (index: number) => void;
  measure: (el: HTMLElement | null) => void;
  start: number;
}

function autoGrow(el: HTMLTextAreaElement): void {
  el.style.height = 'auto';
  el.style.height = `${el.scrollHeight}px`;
}

export const Row = memo(function Row(props: RowProps): React.JSX.Element {
  const { t } = useTranslation();
  const { index, row, active } = props;
  const editor = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    if (editor.current) autoGrow(editor.current);
  }, [row.target]);

  useEffect(() => {
    if (props.focusEditor && editor.current && document.activeElement !== editor.current) {
      editor.current.focus({ preventScroll: true });
    }
  }, [props.focusEditor]);

  const n = index + 1;
  return (
    <div
      ref={props.measure}
      data-index={index}
      data-testid="row"
      data-status={row.status}
      role="row"
      dir="ltr"
      aria-rowindex={n + 1}
      aria-selected={active}
      className={`row${active ? ' active' : ''}`}
      style={{ transform: `translateY(${props.start}px)`, gridTemplateAreas: props.areas, gridTemplateColumns: props.columns }}
      onFocus={() => props.onFocusRow(index)}
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
      </div>
      <div
        role="cell"
        className="cell source"
        lang="ar"
        dir="rtl"
        style={{ gridArea: 'src' }}
        aria-label={t('workbench.sourceLabel', { n })}
        data-testid="source"
      >
        {row.source}
      </div>
      <div role="cell" className="cell target" style={{ gridArea: 'tgt' }}>
        <textarea
          ref={editor}
          lang="en"
          dir="ltr"
          spellCheck
          rows={1}
          value={row.target}
          placeholder={t('workbench.targetPlaceholder')}
          aria-label={t('workbench.targetLabel', { n })}
          data-testid="target"
          onChange={(e) => {
            autoGrow(e.currentTarget);
            props.onEdit(index, e.currentTarget.value);
          }}
          onBlur={() => props.onBlurEditor(index)}
        />
      </div>
    </div>
  );
});
