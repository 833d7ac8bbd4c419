/**
 * Every export with its options, and the way back: the reviewer's bilingual DOCX. The bilingual layout
 * options (column order, number/status columns, header, glossary appendix, page) apply to DOCX, HTML and PDF.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportRequestOptions, UiLanguage } from '../../core/api/contract';
import { call, ClientError } from '../api/client';
import { Dialog } from '../shared/dialog';
import { downloadFile } from '../shared/download';

import type { ExportChoice as Choice } from './export-formats';
import type { ExportLayout } from './export-layout';
import { CLIENT_COPY, DESK_COPY, loadLayout, saveLayout } from './export-layout';
import { BILINGUAL_FORMATS as BILINGUAL, DIALOG_FORMATS as FORMATS } from './export-formats';
import { errorText } from '../shared/error-text';

/** The browser mode has no PDF engine of its own: print the bilingual HTML, where the user picks "Save as PDF". */
function printHtml(bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/html' }));
  const w = window.open(url, '_blank');
  if (w) w.addEventListener('load', () => w.print(), { once: true });
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportDialog(props: {
  documentId: string;
  uiLanguage: UiLanguage;
  arabicOnRight: boolean;
  beforeExport: () => Promise<void>;
  onClose: () => void;
  onReviewed: (message: string) => void;
  onError: (message: string) => void;
  returnFocus?: (() => void) | undefined;
}): React.JSX.Element {
  const { t } = useTranslation();
  const titleId = useId();
  const [format, setFormat] = useState<Choice>('docx');
  const [arabicRight, setArabicRight] = useState(props.arabicOnRight);
  // A client's copy unless another layout was used last (export-layout.ts).
  const [layout, setLayout] = useState<ExportLayout>(() => loadLayout());
  const set = (patch: Partial<ExportLayout>) => setLayout((l) => ({ ...l, ...patch }));
  const { numberColumn, statusColumn, header, progressLine, glossaryAppendix: appendix, commentsColumn } = layout;
  const [orientation, setOrientation] = useState<'portrait' | 'landscape'>('portrait');
  const [pageSize, setPageSize] = useState<'A4' | 'Letter'>('A4');
  const [busy, setBusy] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const reviewInput = useRef<HTMLInputElement>(null);

  const options: ExportRequestOptions = {
    uiLanguage: props.uiLanguage,
    columnOrder: arabicRight ? 'target-first' : 'source-first',
    numberColumn,
    statusColumn,
    header,
    progressLine,
    glossaryAppendix: appendix,
    commentsColumn,
    orientation,
    pageSize,
  };

  const run = async (): Promise<void> => {
    setBusy(true);
    if (BILINGUAL.has(format)) saveLayout(layout);
    try {
      await props.beforeExport();
      if (format === 'pdf') {
        try {
          downloadFile(await call('document.exportPdf', { id: props.documentId, options }));
        } catch (e) {
          if (!(e instanceof ClientError) || e.code !== 'unsupported') throw e;
          const html = await call('document.export', { id: props.documentId, format: 'html', options });
          setHint(t('exportDialog.printHint'));
          printHtml(html.bytes);
        }
      } else {
        downloadFile(await call('document.export', { id: props.documentId, format, options }));
      }
    } catch (e) {
      props.onError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const importReview = async (files: FileList | null): Promise<void> => {
    const file = files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      await props.beforeExport();
      const bytes = new Uint8Array(await file.arrayBuffer());
      const r = await call('document.importReview', { id: props.documentId, fileName: file.name, bytes });
      const rows = r.changed.map((c) => c.index + 1).join(', ');
      const clash = r.conflicts.map((c) => c.index + 1).join(', ');
      const conflicts = r.conflicts.length
        ? ` ${t('exportDialog.reviewConflicts', { count: r.conflicts.length, rows: clash })}`
        : '';
      const commented = r.comments.map((c) => c.index + 1).join(', ');
      const comments = r.comments.length
        ? ` ${t('comments.reviewComments', { count: r.comments.length, rows: commented })}`
        : '';
      props.onReviewed(t('exportDialog.reviewDone', { count: r.changed.length, rows }) + conflicts + comments);
    } catch (e) {
      props.onError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const bilingual = BILINGUAL.has(format);
  return (
    <Dialog labelledBy={titleId} onClose={props.onClose} testId="export-dialog" returnFocus={props.returnFocus}>
      <h2 id={titleId}>{t('exportDialog.title')}</h2>
      <label className="field">
        <span>{t('exportDialog.format')}</span>
        <select
          data-autofocus
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value as Choice)}
          data-testid="export-format"
        >
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`exportDialog.formats.${f}`)}
            </option>
          ))}
        </select>
      </label>
      {bilingual && (
        <fieldset className="options">
          <legend>{t('exportDialog.layout')}</legend>
          <label className="field">
            <span>{t('exportDialog.arabicColumn')}</span>
            <select
              value={arabicRight ? 'right' : 'left'}
              onChange={(e) => setArabicRight(e.currentTarget.value === 'right')}
            >
              <option value="right">{t('exportDialog.arabicRight')}</option>
              <option value="left">{t('exportDialog.arabicLeft')}</option>
            </select>
          </label>
          <div className="copy-presets" role="group" aria-label={t('deliverables.presets')}>
            <button
              type="button"
              data-testid="export-client-copy"
              aria-pressed={sameLayout(layout, CLIENT_COPY)}
              onClick={() => setLayout(CLIENT_COPY)}
            >
              {t('deliverables.client')}
            </button>
            <button
              type="button"
              data-testid="export-desk-copy"
              aria-pressed={sameLayout(layout, DESK_COPY)}
              onClick={() => setLayout(DESK_COPY)}
            >
              {t('deliverables.desk')}
            </button>
          </div>
          <Check
            label={t('exportDialog.numberColumn')}
            checked={numberColumn}
            onChange={(v) => set({ numberColumn: v })}
          />
          <Check
            label={t('exportDialog.statusColumn')}
            checked={statusColumn}
            onChange={(v) => set({ statusColumn: v })}
          />
          <Check label={t('exportDialog.header')} checked={header} onChange={(v) => set({ header: v })} />
          <Check
            label={t('deliverables.progressLine')}
            checked={progressLine}
            onChange={(v) => set({ progressLine: v })}
            testId="export-progress-line"
          />
          <Check label={t('exportDialog.appendix')} checked={appendix} onChange={(v) => set({ glossaryAppendix: v })} />
          <Check
            label={t('comments.exportColumn')}
            checked={commentsColumn}
            onChange={(v) => set({ commentsColumn: v })}
            testId="export-comments"
          />
          <label className="field">
            <span>{t('exportDialog.orientation')}</span>
            <select
              value={orientation}
              onChange={(e) => setOrientation(e.currentTarget.value as 'portrait' | 'landscape')}
            >
              <option value="portrait">{t('exportDialog.portrait')}</option>
              <option value="landscape">{t('exportDialog.landscape')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('exportDialog.pageSize')}</span>
            <select value={pageSize} onChange={(e) => setPageSize(e.currentTarget.value as 'A4' | 'Letter')}>
              <option value="A4">A4</option>
              <option value="Letter">Letter</option>
            </select>
          </label>
        </fieldset>
      )}
      {hint && <p className="hint">{hint}</p>}
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
          {t('exportDialog.export')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('exportDialog.cancel')}
        </button>
      </div>
      <section className="review">
        <h3>{t('exportDialog.review')}</h3>
        <p className="hint">{t('exportDialog.reviewHint')}</p>
        <input
          ref={reviewInput}
          type="file"
          hidden
          accept=".docx"
          data-testid="review-input"
          onChange={(e) => {
            void importReview(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
        <button type="button" disabled={busy} onClick={() => reviewInput.current?.click()}>
          {t('exportDialog.reviewImport')}
        </button>
      </section>
    </Dialog>
  );
}

const sameLayout = (a: ExportLayout, b: ExportLayout): boolean =>
  (Object.keys(a) as Array<keyof ExportLayout>).every((k) => a[k] === b[k]);

function Check(props: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  testId?: string;
}): React.JSX.Element {
  return (
    <label className="check">
      <input
        type="checkbox"
        data-testid={props.testId}
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}
