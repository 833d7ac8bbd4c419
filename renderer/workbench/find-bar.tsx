/**
 * The find bar (Ctrl+F) and its replace row (Ctrl+H): the query, where to look, the options, a count and
 * next/previous (Enter, Shift+Enter; F3 and Shift+F3 from anywhere in the workbench). Replace works on the
 * English: one hit, or all of them after a preview of the rows that change. Escape closes the bar.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplaceReport, SearchSide } from '../../core/api/contract';
import type { FindState } from './use-find';

export interface FindBarProps {
  find: FindState;
  replaceOpen: boolean;
  /** Kept by the caller, like the query: closing the bar does not lose it. */
  replacement: string;
  onReplacement: (text: string) => void;
  /** Bumped by Ctrl+F / Ctrl+H: focus the matching field again. */
  focusKey: number;
  onToggleReplace: () => void;
  onMove: (step: 1 | -1) => void;
  onClose: () => void;
  onReplaceOne: (replacement: string) => void;
  /** A dry run: what replace-all would change. */
  onPreview: (replacement: string) => Promise<ReplaceReport | null>;
  onReplaceAll: (replacement: string) => void;
  onUndo: () => void;
  /** The focus came back to the bar from elsewhere. */
  onReturn: () => void;
  /** After a replace-all: the count, with an Undo button. */
  replaced: number | null;
}

export function FindBar(props: FindBarProps): React.JSX.Element {
  const { t } = useTranslation();
  const { find } = props;
  const { options } = find;
  const { replacement, onReplacement: setReplacement } = props;
  const [preview, setPreview] = useState<ReplaceReport | null>(null);
  const queryRef = useRef<HTMLInputElement>(null);
  const replaceRef = useRef<HTMLInputElement>(null);
  const ids = useId();

  useEffect(() => {
    const el = props.replaceOpen && options.query !== '' ? replaceRef.current : queryRef.current;
    el?.focus();
    el?.select();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when Ctrl+F/Ctrl+H asks again
  }, [props.focusKey]);

  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      if (preview) setPreview(null);
      else props.onClose();
    } else if (
      e.key === 'Enter' &&
      (e.target as HTMLElement).tagName === 'INPUT' &&
      (e.target as HTMLInputElement).type !== 'checkbox'
    ) {
      e.preventDefault();
      if (e.target === replaceRef.current && !e.shiftKey) props.onReplaceOne(replacement);
      else props.onMove(e.shiftKey ? -1 : 1);
    }
  };

  const count =
    (find.error === 'bad-pattern' ? t('find.badPattern') : find.error) ??
    (options.query === ''
      ? ''
      : t('find.count', { count: find.total, current: find.current < 0 ? 0 : find.current + 1 }));
  const check = (key: 'matchCase' | 'wholeWord' | 'partial' | 'regex', label: string) => (
    <label className="find-option">
      <input
        type="checkbox"
        checked={options[key]}
        onChange={(e) => find.setOptions({ [key]: e.currentTarget.checked })}
        data-testid={`find-${key}`}
      />
      {label}
    </label>
  );

  return (
    <div
      className="find-bar"
      role="search"
      aria-label={t('find.bar')}
      data-testid="find-bar"
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        // Back from the rows (where the English may have changed): the hits are asked for again.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) props.onReturn();
      }}
    >
      <div className="find-line">
        <label htmlFor={`${ids}-q`} className="visually-hidden">
          {t('find.query')}
        </label>
        <input
          id={`${ids}-q`}
          ref={queryRef}
          type="search"
          dir="auto"
          className="find-query"
          placeholder={t('find.placeholder')}
          value={options.query}
          onChange={(e) => find.setOptions({ query: e.currentTarget.value })}
          data-testid="find-query"
          aria-describedby={`${ids}-count`}
        />
        <span
          id={`${ids}-count`}
          className={`find-count${find.error ? ' find-error' : ''}`}
          role="status"
          data-testid="find-count"
        >
          {count}
          {!find.error && find.total > find.hits.length ? ` ${t('find.more', { shown: find.hits.length })}` : ''}
        </span>
        <button
          type="button"
          onClick={() => props.onMove(-1)}
          title={t('find.previous')}
          aria-label={t('find.previous')}
          disabled={find.hits.length === 0}
        >
          ↑
        </button>
        <button
          type="button"
          onClick={() => props.onMove(1)}
          title={t('find.next')}
          aria-label={t('find.next')}
          disabled={find.hits.length === 0}
          data-testid="find-next"
        >
          ↓
        </button>
        <label className="find-option">
          {t('find.side')}{' '}
          <select
            value={options.side}
            onChange={(e) => find.setOptions({ side: e.currentTarget.value as SearchSide })}
            data-testid="find-side"
          >
            <option value="both">{t('find.sideBoth')}</option>
            <option value="ar">{t('find.sideAr')}</option>
            <option value="en">{t('find.sideEn')}</option>
          </select>
        </label>
        {check('matchCase', t('find.matchCase'))}
        {check('wholeWord', t('find.wholeWord'))}
        {check('partial', t('find.partial'))}
        {check('regex', t('find.regex'))}
        <button
          type="button"
          onClick={props.onToggleReplace}
          aria-expanded={props.replaceOpen}
          data-testid="find-replace-toggle"
        >
          {t('find.replaceToggle')}
        </button>
        <button
          type="button"
          className="find-close"
          onClick={props.onClose}
          title={t('find.close')}
          aria-label={t('find.close')}
        >
          ×
        </button>
      </div>
      {props.replaceOpen && (
        <div className="find-line">
          <label htmlFor={`${ids}-r`}>{t('find.replaceWith')}</label>
          <input
            id={`${ids}-r`}
            ref={replaceRef}
            type="text"
            dir="ltr"
            lang="en"
            className="find-query"
            value={replacement}
            onChange={(e) => setReplacement(e.currentTarget.value)}
            data-testid="replace-with"
          />
          <button
            type="button"
            onClick={() => props.onReplaceOne(replacement)}
            disabled={find.hits.length === 0}
            data-testid="replace-one"
          >
            {t('find.replaceOne')}
          </button>
          <button
            type="button"
            onClick={() => void props.onPreview(replacement).then(setPreview)}
            disabled={options.query === ''}
            data-testid="replace-all"
          >
            {t('find.replaceAll')}
          </button>
          <span className="find-hint">{t('find.onlyEnglish')}</span>
          {props.replaced !== null && (
            <span role="status" className="find-replaced" data-testid="replaced">
              {t('find.replaced', { count: props.replaced })}{' '}
              <button type="button" onClick={props.onUndo} data-testid="replace-undo">
                {t('find.undo')}
              </button>
            </span>
          )}
        </div>
      )}
      {preview && (
        <ReplacePreview
          report={preview}
          onCancel={() => {
            setPreview(null);
            replaceRef.current?.focus();
          }}
          onConfirm={() => {
            setPreview(null);
            props.onReplaceAll(replacement);
            replaceRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}

/** The rows replace-all will change, before anything is written. */
function ReplacePreview(props: {
  report: ReplaceReport;
  onCancel: () => void;
  onConfirm: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { changed, refused } = props.report;
  const titleId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div className="replace-preview" role="region" aria-labelledby={titleId} data-testid="replace-preview">
      <h3 id={titleId}>{changed.length ? t('find.previewTitle', { count: changed.length }) : t('find.previewNone')}</h3>
      <ol className="replace-rows">
        {changed.slice(0, 200).map((c) => (
          <li key={c.index}>
            <span className="row-number">{t('find.previewRow', { n: c.index + 1 })}</span>
            {c.statusBefore === 'translated' && <span className="find-hint"> · {t('find.previewConfirmed')}</span>}
            <del lang="en" dir="ltr">
              {c.before}
            </del>
            <ins lang="en" dir="ltr">
              {c.after}
            </ins>
          </li>
        ))}
      </ol>
      {refused.length > 0 && (
        <>
          <h4>{t('find.refusedTitle')}</h4>
          <ul data-testid="replace-refused">
            {refused.map((r) => (
              <li key={r.index}>
                {t(r.code === 'inline-code' ? 'find.refusedInline' : 'find.refusedChanged', { n: r.index + 1 })}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={props.onCancel}>
          {t('find.cancel')}
        </button>
        <button
          type="button"
          ref={confirmRef}
          onClick={props.onConfirm}
          disabled={changed.length === 0}
          data-testid="replace-confirm"
        >
          {t('find.doReplace', { count: changed.length })}
        </button>
      </div>
    </div>
  );
}
