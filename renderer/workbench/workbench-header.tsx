/** Title, progress, save state, the Arabic column's side, the exports, and the memory's pre-translation and analysis. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../core/api/contract';
import type { DocumentSummary, SourceSide } from '../../core/model';
import { AnalysisDialog } from '../tm/analysis-dialog';
import { ExportDialog } from './export-dialog';
import { ProgressBar } from '../shared/progress-bar';
import type { SaveState } from './save-queue';

export function WorkbenchHeader(props: {
  doc: Pick<DocumentSummary, 'id' | 'title'>;
  progress: { done: number; total: number; words: number; wordsDone: number };
  saveState: SaveState;
  settings: Settings;
  onSettings: (patch: Partial<Settings>) => void;
  onBack: () => void;
  onExport: (format: 'docx' | 'html') => void;
  onRename: (title: string) => void;
  flush: () => Promise<void>;
  onReviewed: (message: string) => void;
  onError: (message: string) => void;
  /** The export dialog closed: the focus goes back to the English editor. */
  onDialogClosed?: () => void;
  /** Rows were pre-translated from the memory. */
  onPretranslated: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const [analysing, setAnalysing] = useState(false);
  const p = props.progress;
  const s = props.saveState;
  return (
    <div className="wb-header">
      <button type="button" className="back" onClick={props.onBack}>
        {t('workbench.back')}
      </button>
      <TitleField
        key={props.doc.title}
        title={props.doc.title}
        label={t('workbench.titleLabel')}
        onRename={props.onRename}
      />
      <div className="wb-progress" data-testid="progress">
        <ProgressBar
          done={p.done}
          total={p.total}
          label={t('workbench.progress', { done: p.done, total: p.total, wordsDone: p.wordsDone, words: p.words })}
        />
      </div>
      <span className={`save-state save-${s.kind}`} role="status" data-testid="save-state">
        {s.kind === 'saved'
          ? t('workbench.saved')
          : s.kind === 'saving'
            ? t('workbench.saving')
            : t('workbench.saveFailed', { message: s.message })}
      </span>
      <label className="side-select">
        <span>{t('workbench.sourceSide')}</span>
        <select
          value={props.settings.sourceSide}
          data-testid="source-side"
          onChange={(e) => props.onSettings({ sourceSide: e.currentTarget.value as SourceSide })}
        >
          <option value="right">{t('workbench.sourceOnRight')}</option>
          <option value="left">{t('workbench.sourceOnLeft')}</option>
        </select>
      </label>
      <button type="button" onClick={() => props.onExport('docx')}>
        {t('workbench.exportDocx')}
      </button>
      <button type="button" onClick={() => props.onExport('html')}>
        {t('workbench.exportHtml')}
      </button>
      <button type="button" onClick={() => setExporting(true)}>
        {t('exportDialog.open')}
      </button>
      <button type="button" onClick={() => setAnalysing(true)} data-testid="tm-analysis-open">
        {t('tm.dialogOpen')}
      </button>
      {analysing && (
        <AnalysisDialog
          documentId={props.doc.id}
          flush={props.flush}
          onFilled={props.onPretranslated}
          onClose={() => setAnalysing(false)}
          returnFocus={props.onDialogClosed}
          onError={props.onError}
        />
      )}
      {exporting && (
        <ExportDialog
          documentId={props.doc.id}
          uiLanguage={props.settings.uiLanguage}
          arabicOnRight={props.settings.sourceSide === 'right'}
          beforeExport={props.flush}
          returnFocus={props.onDialogClosed}
          onClose={() => setExporting(false)}
          onReviewed={(m) => {
            setExporting(false);
            props.onReviewed(m);
          }}
          onError={props.onError}
        />
      )}
    </div>
  );
}

/** The editable title; keyed by the saved title so a rename elsewhere resets it. */
function TitleField(props: { title: string; label: string; onRename: (title: string) => void }): React.JSX.Element {
  const [title, setTitle] = useState(props.title);
  const commit = (): void => {
    const next = title.trim();
    if (next && next !== props.title) props.onRename(next);
    else setTitle(props.title);
  };
  return (
    <input
      className="title-input"
      dir="auto"
      // A long title ends with an ellipsis in the header (CSS); the whole of it shows on hover.
      title={title}
      data-testid="title-input"
      aria-label={props.label}
      value={title}
      onChange={(e) => setTitle(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setTitle(props.title);
      }}
    />
  );
}
