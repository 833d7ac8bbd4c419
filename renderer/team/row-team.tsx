/**
 * A shared row's team marks (issue 21), in its meta column: "changed by NAME" while someone else's change waits
 * for the translator to look at it, and on the active row the buttons for its history and, for the document's
 * reviewer, for marking it reviewed (Ctrl/Cmd+Alt+Enter). The reviewed badge is the row's status itself.
 */
import { useTranslation } from 'react-i18next';
import type { Status } from '../../core/model';

export function RowTeam(props: {
  index: number;
  active: boolean;
  status: Status;
  hasText: boolean;
  changedBy: string | undefined;
  canReview: boolean;
  onReview: (index: number) => void;
  onHistory: (index: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { index } = props;
  return (
    <>
      {props.changedBy !== undefined && (
        <span
          className="changed-by"
          data-testid="changed-by"
          data-by={props.changedBy}
          title={t('teamDoc.changedByHint')}
        >
          {t('teamDoc.changedBy', { name: `\u2068${props.changedBy}\u2069` })}
        </span>
      )}
      {props.active && (
        <button
          type="button"
          className="row-history-open"
          data-testid="row-history-open"
          aria-label={t('teamDoc.historyOpen', { n: index + 1 })}
          // The English keeps its caret until the dialog takes the focus.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => props.onHistory(index)}
        >
          {t('teamDoc.history')}
        </button>
      )}
      {props.active && props.canReview && props.hasText && props.status !== 'reviewed' && (
        <button
          type="button"
          className="review-row"
          data-testid="review-row"
          title={t('teamDoc.reviewKeys')}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => props.onReview(index)}
        >
          {t('teamDoc.review')}
        </button>
      )}
    </>
  );
}
