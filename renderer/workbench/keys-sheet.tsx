/** The shortcut sheet (F1, and a button): every key of the app, drawn from the one table in `keys.ts`. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../shared/dialog';
import { KEY_GROUPS, KEYS, showKey } from './keys';

const MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

export function KeysSheet(props: { onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Dialog labelledBy={titleId} onClose={props.onClose} testId="keys-sheet">
      <h2 id={titleId}>{t('keys.title')}</h2>
      <div className="keys-sheet">
        {KEY_GROUPS.map((g) => (
          <table key={g} className="keys-table">
            <caption>{t(`keys.group_${g}`)}</caption>
            <tbody>
              {KEYS.filter((k) => k.group === g).map((k) => (
                <tr key={k.does}>
                  <td className="keys-keys" dir="ltr">
                    {k.keys.map((key, i) => (
                      <span key={key}>
                        {i > 0 && ' '}
                        <kbd>{showKey(key, MAC)}</kbd>
                      </span>
                    ))}
                  </td>
                  <td>
                    {t(`keys.${k.does}`)}
                    {k.desktop && <span className="find-hint"> ({t('keys.desktopOnly')})</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <div className="dialog-buttons">
        <button type="button" onClick={props.onClose} data-autofocus>
          {t('keys.close')}
        </button>
      </div>
    </Dialog>
  );
}
