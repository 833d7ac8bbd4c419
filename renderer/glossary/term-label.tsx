/** A term as the panels show it: the Arabic, the English and the kind, each in its own direction. */
import { useTranslation } from 'react-i18next';
import type { TermKind } from '../../core/glossary/types';

export function TermLabel(props: { source: string; target: string; kind: TermKind }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <>
      <span lang="ar" dir="rtl" className="arabic-inline">
        {props.source}
      </span>
      <span lang="en" dir="ltr" className="term-en">
        {props.target}
      </span>
      <span className={`kind-badge kind-${props.kind}`}>{t(`kinds.${props.kind}`)}</span>
    </>
  );
}
