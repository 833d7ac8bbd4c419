/**
 * Glossary files and switches: import CSV/TBX (a rejected file lists every bad row, and "import the valid
 * rows" retries skipping them; the report names the terms added and updated), export CSV/TBX, and which glossaries this document uses.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryImportReport, GlossaryInfo } from '../../core/api/contract';
import { call, ClientError } from '../api/client';
import { downloadFile } from '../shared/download';
import { errorLines, errorText } from '../shared/error-text';
import { runWithNotice, showErrorWith } from '../shared/show-error';
import { ImportReport } from './import-report';

interface Rejected {
  fileName: string;
  bytes: Uint8Array;
  lines: string[];
  /** Only row errors can be skipped; a file that cannot be read at all cannot be partly imported. */
  skippable: boolean;
}

export function GlossaryFiles(props: {
  documentId: string;
  version: number;
  onChanged: () => void;
  onError: (m: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { documentId, version, onChanged, onError } = props;
  const [glossaries, setGlossaries] = useState<GlossaryInfo[]>([]);
  const [report, setReport] = useState<GlossaryImportReport | null>(null);
  const [rejected, setRejected] = useState<Rejected | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const headingId = useId();

  useEffect(() => {
    call('glossary.list', { documentId }).then(setGlossaries).catch(showErrorWith(onError));
  }, [documentId, version, onError]);

  const importBytes = async (fileName: string, bytes: Uint8Array, skipInvalid: boolean): Promise<void> => {
    setReport(null);
    setRejected(null);
    try {
      const r = await call('glossary.import', { fileName, bytes, ...(skipInvalid ? { skipInvalid } : {}) });
      setReport(r);
      onChanged();
    } catch (e) {
      if (e instanceof ClientError && e.code === 'bad-file') {
        // Row errors (FILE: line N: …) can be skipped; a file refused as a whole cannot.
        setRejected({ fileName, bytes, lines: errorLines(e), skippable: e.details.some((d) => d.key === 'fileLine') });
      } else onError(errorText(e));
    }
  };

  const exportAs = async (format: 'csv' | 'tbx'): Promise<void> => {
    const file = await runWithNotice(() => call('glossary.export', { format }), onError);
    if (file) downloadFile(file);
  };

  const toggle = async (g: GlossaryInfo, enabled: boolean): Promise<void> => {
    const list = await runWithNotice(
      () => call('glossary.setEnabled', { documentId, glossaryId: g.id, enabled }),
      onError,
    );
    if (!list) return;
    setGlossaries(list);
    onChanged();
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('glossary.files')}</h3>
      <input
        ref={input}
        type="file"
        hidden
        accept=".csv,.tbx,.xml,.txt"
        data-testid="glossary-file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void file.arrayBuffer().then((b) => importBytes(file.name, new Uint8Array(b), false));
        }}
      />
      <div className="button-row">
        <button type="button" onClick={() => input.current?.click()} data-testid="glossary-import">
          {t('glossary.import')}
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          {t('glossary.exportCsv')}
        </button>
        <button type="button" onClick={() => void exportAs('tbx')}>
          {t('glossary.exportTbx')}
        </button>
      </div>
      {report && <ImportReport report={report} />}
      {rejected && (
        <div role="alert" className="import-errors" data-testid="glossary-import-errors">
          <p>{t('glossary.importRejected')}</p>
          <ul>
            {rejected.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {rejected.skippable && (
            <button type="button" onClick={() => void importBytes(rejected.fileName, rejected.bytes, true)}>
              {t('glossary.importValid')}
            </button>
          )}
        </div>
      )}
      <fieldset className="glossaries">
        <legend>{t('glossary.glossaries')}</legend>
        {glossaries.length === 0 && <p className="muted">{t('glossary.noGlossaries')}</p>}
        {glossaries.map((g) => (
          <label key={g.id} className="check">
            <input type="checkbox" checked={g.enabled} onChange={(e) => void toggle(g, e.currentTarget.checked)} />
            <bdi>{g.name}</bdi> <span className="muted">{t('glossary.termCount', { count: g.terms })}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
