/** A term as the panels show it: the Arabic, the English and the kind, each in its own direction. */
import { useTranslation } from 'react-i18next';
import type { TermKind } from '../../core/glossary/types';

/**
 * `shortSpellings`: the term's two-letter spellings, which match only as written (إب never finds اب): a badge
 * says so and names them, so the translator adds the bare spelling as a variant where the press uses it.
 */
export function TermLabel(props: {
  source: string;
  target: string;
  kind: TermKind;
  shortSpellings?: readonly string[];
}): React.JSX.Element {
  const { t } = useTranslation();
  const short = props.shortSpellings ?? [];
  const shortHint =
    short.length > 0
      ? t('glossary.shortTermHint', {
          spellings: short.map((s) => `\u2068${s}\u2069`).join(t('glossary.listSeparator')),
        })
      : '';
  return (
    <>
      <span lang="ar" dir="rtl" className="arabic-inline">
        {props.source}
      </span>
      <span lang="en" dir="ltr" className="term-en">
        {props.target}
      </span>
      <span className="term-badges">
        <span className={`kind-badge kind-${props.kind}`}>{t(`kinds.${props.kind}`)}</span>
        {short.length > 0 && (
          <span className="short-badge" data-testid="short-term" role="img" title={shortHint} aria-label={shortHint}>
            {t('glossary.shortTerm')}
          </span>
        )}
      </span>
    </>
  );
}
