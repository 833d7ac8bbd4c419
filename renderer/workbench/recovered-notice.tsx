/** Says which rows got back text that a crash left unsent (rows counted from 1, as everywhere in the UI). */
import { useTranslation } from 'react-i18next';

export function RecoveredNotice(props: {
  rows: readonly number[];
  onGoTo: (index: number) => void;
  onDismiss: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="notice recovered" role="status" data-testid="recovered">
      <span>{t('recovered.message', { count: props.rows.length })}</span>{' '}
      {props.rows.map((i) => (
        <button key={i} type="button" className="link" onClick={() => props.onGoTo(i)}>
          {t('recovered.row', { n: i + 1 })}
        </button>
      ))}{' '}
      <button type="button" onClick={props.onDismiss}>
        {t('recovered.dismiss')}
      </button>
    </div>
  );
}
