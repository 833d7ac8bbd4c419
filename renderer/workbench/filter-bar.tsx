/**
 * The row filter (Ctrl+Shift+F focuses it; Escape clears it): untranslated, drafts, translated, reviewed, rows
 * with QA flags, with a comment, containing the current search, or the memory's repetitions still to confirm.
 * The kept rows are asked of the main side
 * (`search.filter`) over the whole stored document; while a filter is on, a line above the rows says so.
 */
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowFilter } from '../../core/api/contract';

export const FILTER_LABELS: Record<RowFilter, string> = {
  untranslated: 'find.filterUntranslated',
  draft: 'find.filterDraft',
  translated: 'find.filterTranslated',
  reviewed: 'find.filterReviewed',
  qa: 'find.filterQa',
  comment: 'find.filterComment',
  hit: 'find.filterHit',
  repetition: 'find.filterRepetition',
};

export interface FilterBarProps {
  filter: RowFilter | null;
  shown: number;
  total: number;
  /** The `hit` filter needs a search in the find bar. */
  canFilterHits: boolean;
  onFilter: (f: RowFilter | null) => void;
}

export const FilterBar = forwardRef<HTMLSelectElement, FilterBarProps>(
  function FilterBar(props, ref): React.JSX.Element {
    const { t } = useTranslation();
    return (
      <div className="filter-bar" data-testid="filter-bar">
        <label>
          {t('find.filter')}{' '}
          <select
            ref={ref}
            value={props.filter ?? ''}
            data-testid="filter"
            onChange={(e) => props.onFilter((e.currentTarget.value || null) as RowFilter | null)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && props.filter) {
                e.preventDefault();
                e.stopPropagation();
                props.onFilter(null);
              }
            }}
          >
            <option value="">{t('find.filterAll')}</option>
            {(Object.keys(FILTER_LABELS) as RowFilter[]).map((f) => (
              <option key={f} value={f} disabled={f === 'hit' && !props.canFilterHits}>
                {t(FILTER_LABELS[f])}
              </option>
            ))}
          </select>
        </label>
        {props.filter && (
          <span className="filter-on" role="status" data-testid="filter-on">
            {t('find.filterOn', { name: t(FILTER_LABELS[props.filter]), count: props.shown, total: props.total })}{' '}
            <button type="button" className="link" onClick={() => props.onFilter(null)}>
              {t('find.filterClear')}
            </button>
          </span>
        )}
      </div>
    );
  },
);
