/** A row whose English was changed elsewhere while this tab had unsaved text: both texts, the translator picks. */
import { useTranslation } from 'react-i18next';
import type { RowConflict } from './use-durable-saves';
import { toDisplay } from '../editor/placeholders';

export function ConflictNotice(props: {
  index: number;
  conflict: RowConflict;
  onKeepMine: (i: number) => void;
  onTakeTheirs: (i: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { conflict, index } = props;
  return (
    <div className="row-conflict" role="alert" data-testid="row-conflict">
      <p>{t('conflict.heading', { n: index + 1 })}</p>
      <dl>
        <dt>{t('conflict.theirs')}</dt>
        <dd lang="en" dir="ltr" data-testid="conflict-theirs">
          {toDisplay(conflict.theirs.target) || t('conflict.empty')}
        </dd>
        <dt>{t('conflict.mine')}</dt>
        <dd lang="en" dir="ltr" data-testid="conflict-mine">
          {toDisplay(conflict.mine) || t('conflict.empty')}
        </dd>
      </dl>
      <div className="row-conflict-actions">
        <button type="button" onClick={() => props.onKeepMine(index)} data-testid="conflict-keep-mine">
          {t('conflict.keepMine')}
        </button>
        <button type="button" onClick={() => props.onTakeTheirs(index)} data-testid="conflict-take-theirs">
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
