/**
 * The Memory tab: the active row's matches (score, memory, origin, a word diff of their Arabic against the row's,
 * orthography-only differences marked quietly), Ctrl+Alt+1…5 to insert one, the sentence matches with the
 * assembled suggestion, and the concordance (Ctrl+K). User text is rendered as text with its own dir/lang.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcordanceHit, TmMatch, TmParagraphMatches } from '../../core/api/contract';
import { wordDiff } from '../../core/tm/diff';
import { call } from '../api/client';
import { AnalysisPanel } from './analysis-panel';
import { MemoryFiles } from './memory-files';
import { showErrorWith } from '../shared/show-error';

export const MAX_KEYED = 5;

function Diff(props: { match: string; current: string }): React.JSX.Element {
  return (
    <p className="tm-source" dir="rtl" lang="ar">
      {wordDiff(props.match, props.current).map((part, i) => (
        <span key={i} className={`diff-${part.kind}`}>
          {part.text}{' '}
        </span>
      ))}
    </p>
  );
}

function MatchItem(props: {
  m: TmMatch;
  n: number;
  current: string;
  onInsert: (m: TmMatch) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { m } = props;
  const origin =
    'document' in m.origin
      ? t('tm.fromDocument', { n: m.origin.paragraph + 1 })
      : t('tm.fromFile', { name: m.origin.file });
  return (
    <li className="tm-match" data-testid="tm-match">
      <div className="tm-match-head">
        {props.n <= MAX_KEYED && <span className="term-key">{`Ctrl+Alt+${props.n}`}</span>}
        <span className={`tm-score${m.score >= 100 ? ' exact' : ''}`} data-testid="tm-score">
          {m.score}
        </span>
        <span className="muted small">
          {m.tm} · {origin}
        </span>
        {m.placeables && <span className="muted small">{t('tm.numbersPut')}</span>}
      </div>
      <Diff match={m.source} current={props.current} />
      <p className="tm-target" dir="ltr" lang="en">
        {m.target}
      </p>
      <button type="button" onClick={() => props.onInsert(m)} data-testid="tm-insert">
        {t('tm.insert')}
      </button>
    </li>
  );
}

function Highlighted(props: {
  text: string;
  start: number;
  end: number;
  lang: 'ar' | 'en';
  hit: boolean;
}): React.JSX.Element {
  const { text, start, end } = props;
  return (
    <p dir={props.lang === 'ar' ? 'rtl' : 'ltr'} lang={props.lang}>
      {props.hit ? (
        <>
          {text.slice(0, start)}
          <mark>{text.slice(start, end)}</mark>
          {text.slice(end)}
        </>
      ) : (
        text
      )}
    </p>
  );
}

export function Concordance(props: {
  inputId: string;
  seed: { text: string; n: number } | null;
  onError: (message: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  // A new seed remounts this component (its key), so the query starts as the selected text.
  const [query, setQuery] = useState(props.seed?.text ?? '');
  const [hits, setHits] = useState<ConcordanceHit[] | null>(null);
  const [copied, setCopied] = useState<number | null>(null);
  const { onError } = props;
  const run = (q: string): void => {
    setCopied(null);
    call('tm.concordance', { query: q, limit: 20 }).then(setHits).catch(showErrorWith(onError));
  };
  // "Search the memory for the selected Arabic": Ctrl+K with a selection hands it over.
  useEffect(() => {
    if (!props.seed) return;
    call('tm.concordance', { query: props.seed.text.slice(0, 500), limit: 20 })
      .then(setHits)
      .catch(showErrorWith(onError));
  }, [props.seed, onError]);
  const search = (e: React.FormEvent): void => {
    e.preventDefault();
    if (query.trim()) run(query.trim());
  };
  return (
    <section aria-labelledby={`${props.inputId}-h`}>
      <h3 id={`${props.inputId}-h`}>{t('tm.concordance')}</h3>
      <form onSubmit={search} role="search">
        <input
          id={props.inputId}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('tm.concordancePlaceholder')}
          aria-label={t('tm.concordance')}
          data-testid="tm-concordance"
        />
      </form>
      {hits && hits.length === 0 && <p className="muted">{t('tm.noHits')}</p>}
      {hits && hits.length > 0 && (
        <ol className="term-list" data-testid="tm-hits">
          {hits.map((h, i) => (
            <li key={i} className="tm-hit">
              <Highlighted text={h.source} start={h.start} end={h.end} lang="ar" hit={h.side === 'ar'} />
              <Highlighted text={h.target} start={h.start} end={h.end} lang="en" hit={h.side === 'en'} />
              <button
                type="button"
                onClick={() =>
                  void navigator.clipboard?.writeText(h.target).then(
                    () => setCopied(i),
                    () => undefined,
                  )
                }
              >
                {copied === i ? t('tm.copied') : t('tm.copy')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function MemoryTab(props: {
  documentId: string;
  active: number;
  source: string;
  result: TmParagraphMatches;
  concordanceId: string;
  concordanceSeed: { text: string; n: number } | null;
  onInsert: (m: TmMatch) => void;
  onInsertText: (target: string) => void;
  /** Saves what is typed before the document is pre-translated or analysed. */
  flush: () => Promise<void>;
  /** A memory was imported, switched or penalised, or rows were pre-translated: matches are asked again. */
  onChanged: () => void;
  onError: (message: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const headingId = useId();
  const whole = props.result.matches.filter((m) => m.sentence === undefined);
  const sentences = props.result.matches.filter((m) => m.sentence !== undefined);
  const assembled = props.result.assembled;
  return (
    <>
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>{t('tm.forRow', { n: props.active + 1 })}</h3>
        {whole.length === 0 && sentences.length === 0 && <p className="muted">{t('tm.none')}</p>}
        {whole.length > 0 && (
          <ol className="term-list" data-testid="tm-matches">
            {whole.map((m, i) => (
              <MatchItem key={m.unitId} m={m} n={i + 1} current={props.source} onInsert={props.onInsert} />
            ))}
          </ol>
        )}
        {sentences.length > 0 && (
          <>
            <h3>{t('tm.sentences')}</h3>
            <ol className="term-list" data-testid="tm-sentences">
              {sentences.map((m) => (
                <li key={`${m.unitId}-${m.sentence}`} className="tm-match">
                  <div className="tm-match-head">
                    <span className="muted small">{t('tm.sentence', { n: (m.sentence ?? 0) + 1 })}</span>
                    <span className="tm-score">{m.score}</span>
                    <span className="muted small">{m.tm}</span>
                  </div>
                  <p className="tm-source" dir="rtl" lang="ar">
                    {m.source}
                  </p>
                  <p className="tm-target" dir="ltr" lang="en">
                    {m.target}
                  </p>
                </li>
              ))}
            </ol>
            {assembled && (
              <div className="tm-assembled" data-testid="tm-assembled">
                <p className="muted small">{t('tm.assembled', { coverage: assembled.coverage })}</p>
                <p dir="ltr" lang="en">
                  {assembled.target}
                </p>
                <button type="button" onClick={() => props.onInsertText(assembled.target)}>
                  {t('tm.insert')}
                </button>
              </div>
            )}
          </>
        )}
        <p className="muted small">{t('tm.keysHint')}</p>
      </section>
      <Concordance
        key={props.concordanceSeed?.n ?? 0}
        inputId={props.concordanceId}
        seed={props.concordanceSeed}
        onError={props.onError}
      />
      <AnalysisPanel
        documentId={props.documentId}
        flush={props.flush}
        onFilled={props.onChanged}
        onError={props.onError}
      />
      <MemoryFiles documentId={props.documentId} onChanged={props.onChanged} onError={props.onError} />
    </>
  );
}
