/**
 * Pre-translation and analysis of the open document, from the Memory tab: the threshold chosen here, the
 * analysis as a table (bands × rows and words, as `analyze` prints it) that can be saved as CSV.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TmAnalysis } from '../../core/api/contract';
import { BANDS } from '../../core/tm/score';
import { call } from '../api/client';
import { downloadFile } from '../shared/download';
import { errorText } from '../shared/error-text';

export function analysisCsv(a: TmAnalysis): string {
  const lines = [
    'band,rows,words',
    ...BANDS.map((b) => `${b},${a.bands[b]?.rows ?? 0},${a.bands[b]?.words ?? 0}`),
    `total,${a.total.rows},${a.total.words}`,
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export function AnalysisPanel(props: {
  documentId: string;
  flush: () => Promise<void>;
  onFilled: () => void;
  onError: (m: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [min, setMin] = useState(70);
  const [analysis, setAnalysis] = useState<TmAnalysis | null>(null);
  const [filled, setFilled] = useState<number | null>(null);
  const headingId = useId();
  const fail = (e: unknown): void => props.onError(errorText(e));
  const analyse = (): void => {
    void props
      .flush()
      .then(() => call('tm.analyze', { documentId: props.documentId }))
      .then(setAnalysis, fail);
  };
  const pretranslate = (): void => {
    void props
      .flush()
      .then(() => call('tm.pretranslate', { documentId: props.documentId, min }))
      .then((r) => {
        setFilled(r.filled);
        props.onFilled();
      }, fail);
  };
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('tm.documentTools')}</h3>
      <div className="button-row">
        <label className="small">
          {t('tm.threshold')}{' '}
          <input
            type="number"
            min={50}
            max={101}
            value={min}
            onChange={(e) => setMin(Number(e.currentTarget.value) || 70)}
            className="tm-penalty"
            data-testid="tm-threshold"
          />
        </label>
        <button type="button" onClick={pretranslate} data-testid="tm-pretranslate">
          {t('tm.pretranslate')}
        </button>
        <button type="button" onClick={analyse} data-testid="tm-analyze">
          {t('tm.analyze')}
        </button>
      </div>
      {filled !== null && (
        <p role="status" data-testid="tm-filled">
          {t('tm.filled', { count: filled })}
        </p>
      )}
      {analysis && (
        <>
          <table className="tm-analysis" data-testid="tm-analysis">
            <thead>
              <tr>
                <th scope="col">{t('tm.band')}</th>
                <th scope="col">{t('tm.rows')}</th>
                <th scope="col">{t('tm.words')}</th>
              </tr>
            </thead>
            <tbody>
              {BANDS.map((b) => (
                <tr key={b} data-band={b}>
                  <th scope="row">{t(`tm.bands.${b}`)}</th>
                  <td>{analysis.bands[b]?.rows ?? 0}</td>
                  <td>{analysis.bands[b]?.words ?? 0}</td>
                </tr>
              ))}
              <tr data-band="total">
                <th scope="row">{t('tm.total')}</th>
                <td>{analysis.total.rows}</td>
                <td>{analysis.total.words}</td>
              </tr>
            </tbody>
          </table>
          <button
            type="button"
            onClick={() =>
              downloadFile({
                fileName: 'analysis.csv',
                mime: 'text/csv',
                bytes: new TextEncoder().encode(analysisCsv(analysis)),
              })
            }
          >
            {t('tm.saveCsv')}
          </button>
        </>
      )}
    </section>
  );
}
