/**
 * The Check tab: every QA flag of the document, grouped by check (in the registry's order) with counts, a filter
 * by check, and the QA report (HTML, CSV) as a download. Paragraphs are shown from 1, as everywhere in the UI.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QaView } from '../../core/api/contract';
import { call } from '../api/client';
import { downloadFile } from '../shared/download';
import { rowHref } from '../workbench/row-url';
import type { QaFix } from './qa-item';
import { QaItem } from './qa-item';
import { QaSettingsPanel } from './qa-settings';
import type { GlossaryData } from '../glossary/use-glossary-data';
import { showErrorWith } from '../shared/show-error';

const ORDER = [
  'glossary',
  'number',
  'date',
  'untranslated',
  'punctuation',
  'repeated-word',
  'spelling',
  'consistency',
  'tags',
];
const rank = (check: string): number => (ORDER.includes(check) ? ORDER.indexOf(check) : ORDER.length);

export interface QaTabProps {
  documentId: string;
  data: GlossaryData;
  onGoTo: (index: number) => void;
  onError: (m: string) => void;
  /** Applies a flag's fix to its row's English (the workbench's edit path, so it is saved). */
  onFix?: ((index: number, fix: QaFix) => void) | undefined;
}

/** Selects [start, end) of the text inside `cell` (its text nodes in order, as the Arabic is rendered). */
function selectText(cell: Element, start: number, end: number): void {
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.textContent?.length ?? 0;
    if (!started && start <= at + len) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= at + len) {
      range.setEnd(node, end - at);
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      return;
    }
    at += len;
  }
}

/** After going to a row, selects the flag's span: in its English editor, or in its Arabic. */
function selectSpan(flag: QaView): void {
  if (flag.start === undefined || flag.end === undefined) return;
  const { start, end } = flag;
  setTimeout(() => {
    const row = document.querySelector(`[data-testid=row][data-index="${flag.paragraph}"]`);
    if (flag.side === 'ar') {
      const cell = row?.querySelector('[data-testid=source]');
      if (cell) selectText(cell, start, end);
      return;
    }
    const el = row?.querySelector<HTMLTextAreaElement>('textarea');
    if (!el) return;
    el.focus({ preventScroll: true });
    el.setSelectionRange(start, end);
  }, 60);
}

export function QaTab(props: QaTabProps): React.JSX.Element {
  const { t } = useTranslation();
  const { qa, removeQa, refreshQa } = props.data;
  const [filter, setFilter] = useState<string | null>(null);
  const [wordsVersion, setWordsVersion] = useState(0);

  const groups = useMemo(() => {
    const map = new Map<string, QaView[]>();
    for (const f of qa) map.set(f.check, [...(map.get(f.check) ?? []), f]);
    return [...map].sort((a, b) => rank(a[0]) - rank(b[0]));
  }, [qa]);

  const guard = (work: () => Promise<void>): void => {
    work().catch(showErrorWith(props.onError));
  };
  const accept = (p: QaView): void =>
    guard(async () => {
      await call('qa.accept', { documentId: props.documentId, paragraph: p.paragraph, check: p.check, key: p.key });
      removeQa(p);
      refreshQa();
    });
  const addWord = (p: QaView, word: string): void =>
    guard(async () => {
      await call('qa.addWord', { word });
      setWordsVersion((v) => v + 1);
      removeQa(p);
      refreshQa();
    });
  const report = (format: 'csv' | 'html'): void =>
    guard(async () => {
      const r = await call('qa.report', { id: props.documentId, format });
      downloadFile({ fileName: r.fileName, mime: r.mime, bytes: new TextEncoder().encode(r.text) });
    });
  const goTo = (p: QaView): void => {
    props.onGoTo(p.paragraph);
    selectSpan(p);
  };
  const fix = props.onFix
    ? (p: QaView, f: QaFix): void => {
        props.onFix!(p.paragraph, f);
        removeQa(p);
        refreshQa();
      }
    : undefined;

  const reportButtons = (
    <p className="qa-report">
      {t('qaChecks.report')}:{' '}
      <button type="button" className="link" data-testid="qa-report-html" onClick={() => report('html')}>
        {t('qaChecks.reportHtml')}
      </button>{' '}
      <button type="button" className="link" data-testid="qa-report-csv" onClick={() => report('csv')}>
        {t('qaChecks.reportCsv')}
      </button>
    </p>
  );
  const settings = <QaSettingsPanel onChanged={refreshQa} onError={props.onError} version={wordsVersion} />;
  if (qa.length === 0) {
    return (
      <>
        <p className="muted">{t('qa.none')}</p>
        {reportButtons}
        {settings}
      </>
    );
  }
  const shown = filter && groups.some(([c]) => c === filter) ? groups.filter(([c]) => c === filter) : groups;
  return (
    <>
      <h3>{t('qa.heading')}</h3>
      <div className="qa-filter" role="group" aria-label={t('qaChecks.filter')} data-testid="qa-filter">
        <button type="button" aria-pressed={shown === groups} onClick={() => setFilter(null)}>
          {t('qaChecks.all')} <span className="tab-count">{qa.length}</span>
        </button>
        {groups.map(([check, list]) => (
          <button
            key={check}
            type="button"
            aria-pressed={filter === check}
            data-testid={`qa-filter-${check}`}
            onClick={() => setFilter(check)}
          >
            {t(`qaChecks.names.${check}`, { defaultValue: check })} <span className="tab-count">{list.length}</span>
          </button>
        ))}
      </div>
      {reportButtons}
      {settings}
      {shown.map(([check, list]) => (
        <section key={check} className="qa-group" data-testid={`qa-group-${check}`}>
          <h4>
            {t(`qaChecks.names.${check}`, { defaultValue: check })} <span className="tab-count">{list.length}</span>
          </h4>
          <ul className="qa-list" data-testid="qa-list">
            {list.map((p) => (
              <QaItem
                key={`${p.paragraph}:${p.check}:${p.key}`}
                flag={p}
                href={rowHref(props.documentId, p.paragraph)}
                onGoTo={goTo}
                onAccept={accept}
                onFix={fix}
                onAddWord={addWord}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
