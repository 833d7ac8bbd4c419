/**
 * Every term, in Arabic or English order (a choice kept in this browser profile), narrowed by a search: Arabic
 * normalised and through its clitics (بالانبار finds الأنبار), English case-insensitive; each with edit and delete.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermView } from '../../core/api/contract';
import { TERM_ORDERS } from '../../core/api/contract';
import { call } from '../api/client';
import { splitVariants, TermFields } from './term-fields';
import type { TermDraft } from './term-fields';
import { TermLabel } from './term-label';
import { errorText } from '../shared/error-text';
import { runWithNotice, showErrorWith } from '../shared/show-error';

const DELAY_MS = 200;
const LIMIT = 100;
const ORDER_KEY = 'dragoman.termOrder';
type TermOrder = (typeof TERM_ORDERS)[number];

function savedOrder(): TermOrder {
  const saved = window.localStorage.getItem(ORDER_KEY);
  return TERM_ORDERS.find((o) => o === saved) ?? 'ar';
}

export function TermSearch(props: {
  version: number;
  onChanged: () => void;
  onError: (m: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { version, onError } = props;
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<TermView[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const [order, setOrder] = useState<TermOrder>(savedOrder);
  const headingId = useId();
  const orderId = useId();

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      call('term.search', { query, limit: LIMIT, order })
        .then((r) => live && setResults(r))
        .catch(showErrorWith(onError));
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, order, version, onError]);

  const remove = async (term: TermView): Promise<void> => {
    if (!window.confirm(t('glossary.confirmDelete', { source: `\u2068${term.source}\u2069`, target: term.target })))
      return;
    if (await runWithNotice(() => call('term.delete', { id: term.id }).then(() => true), onError)) props.onChanged();
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('glossary.search')}</h3>
      <input
        type="search"
        dir="auto"
        className="term-search"
        value={query}
        placeholder={t('glossary.searchPlaceholder')}
        aria-label={t('glossary.search')}
        data-testid="term-search"
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <span className="term-order">
        <label htmlFor={orderId}>{t('glossary.order')}</label>
        <select
          id={orderId}
          value={order}
          data-testid="term-order"
          onChange={(e) => {
            const next = e.currentTarget.value as TermOrder;
            window.localStorage.setItem(ORDER_KEY, next);
            setOrder(next);
          }}
        >
          <option value="ar">{t('glossary.orderArabic')}</option>
          <option value="en">{t('glossary.orderEnglish')}</option>
        </select>
      </span>
      {results.length === 0 ? (
        <p className="muted">{t('glossary.noResults')}</p>
      ) : (
        <ul className="term-list" data-testid="term-results">
          {results.map((term) =>
            editing === term.id ? (
              <li key={term.id}>
                <EditTerm term={term} onDone={() => setEditing(null)} onChanged={props.onChanged} />
              </li>
            ) : (
              <li key={term.id} className="term-item">
                <TermLabel
                  source={term.source}
                  target={term.target}
                  kind={term.kind}
                  shortSpellings={term.shortSpellings}
                />
                <span className="term-actions">
                  <button
                    type="button"
                    onClick={() => setEditing(term.id)}
                    aria-label={t('glossary.editLabel', { source: `\u2068${term.source}\u2069` })}
                  >
                    {t('glossary.edit')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => void remove(term)}
                    aria-label={t('glossary.deleteLabel', { source: `\u2068${term.source}\u2069` })}
                  >
                    {t('glossary.delete')}
                  </button>
                </span>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}

function EditTerm(props: { term: TermView; onDone: () => void; onChanged: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const term = props.term;
  const [draft, setDraft] = useState<TermDraft>({
    source: term.source,
    target: term.target,
    kind: term.kind,
    variants: term.variants.join('، '),
    note: term.note,
  });
  const [error, setError] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    try {
      await call('term.update', {
        id: term.id,
        source: draft.source,
        target: draft.target,
        kind: draft.kind,
        variants: splitVariants(draft.variants),
        note: draft.note,
      });
      props.onChanged();
      props.onDone();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <form
      className="term-edit"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onDone();
      }}
    >
      <TermFields draft={draft} onChange={setDraft} autoFocusTarget />
      {error && (
        <p className="form-error" role="alert" lang="en" dir="ltr">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="primary">
          {t('glossary.save')}
        </button>
        <button type="button" onClick={props.onDone}>
          {t('glossary.cancel')}
        </button>
      </div>
    </form>
  );
}
