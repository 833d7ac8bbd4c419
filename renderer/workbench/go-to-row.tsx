/** Go to row (Ctrl+G): a row number as the rows show it, counted from 1. */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../shared/dialog';

export function GoToRow(props: { max: number; onGo: (index: number) => void; onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [bad, setBad] = useState(false);
  const titleId = useId();
  // Closed by a row chosen: the jump focuses that row, so the focus does not go back to where it was (the
  // row left would become active again). Cancelled: back to what had it before.
  const before = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  const went = useRef(false);
  const go = (): void => {
    const n = Number(value.trim().replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)));
    if (!Number.isInteger(n) || n < 1 || n > props.max) {
      setBad(true);
      return;
    }
    went.current = true;
    props.onGo(n - 1);
  };
  return (
    <Dialog
      labelledBy={titleId}
      onClose={props.onClose}
      testId="go-to-row"
      returnFocus={() => {
        if (!went.current) before.current?.focus({ preventScroll: true });
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          go();
        }}
      >
        <h2 id={titleId}>{t('find.goTo')}</h2>
        <label>
          {t('find.goToLabel', { max: props.max })}{' '}
          <input
            data-autofocus
            inputMode="numeric"
            value={value}
            dir="ltr"
            onChange={(e) => {
              setValue(e.currentTarget.value);
              setBad(false);
            }}
            aria-invalid={bad}
            data-testid="go-to-input"
          />
        </label>
        {bad && (
          <p role="alert" className="error">
            {t('find.goToBad', { max: props.max })}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={props.onClose}>
            {t('find.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('find.goToButton')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
