/**
 * Pre-translation and analysis from the workbench header (the document's own menu), in a dialog: the same
 * panel as the Memory tab's (the threshold, the bands table, its CSV), so neither needs the side panel open.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../shared/dialog';
import { AnalysisPanel } from './analysis-panel';

export function AnalysisDialog(props: {
  documentId: string;
  flush: () => Promise<void>;
  /** Rows were pre-translated: the memory's matches are asked again. */
  onFilled: () => void;
  onClose: () => void;
  returnFocus?: (() => void) | undefined;
  onError: (message: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Dialog labelledBy={titleId} onClose={props.onClose} testId="tm-analysis-dialog" returnFocus={props.returnFocus}>
      <h2 id={titleId}>{t('tm.dialogTitle')}</h2>
      <p className="muted small">{t('tm.dialogIntro')}</p>
      <AnalysisPanel
        documentId={props.documentId}
        flush={props.flush}
        onFilled={props.onFilled}
        onError={props.onError}
      />
      <div className="dialog-buttons">
        <button type="button" onClick={props.onClose}>
          {t('tm.dialogClose')}
        </button>
      </div>
    </Dialog>
  );
}
