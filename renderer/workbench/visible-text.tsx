/**
 * User text with its invisible characters shown as marks (core/text/invisibles.ts): an override or an
 * unpaired isolate is replaced by a labelled, isolated box, so it can neither hide nor reorder the text
 * around it; a stack of combining marks is cut to a few and a count.
 */
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { splitInvisibles } from '../../core/text/invisibles';

export function VisibleText(props: { text: string }): React.JSX.Element {
  const { t } = useTranslation();
  const pieces = useMemo(() => splitInvisibles(props.text), [props.text]);
  if (pieces.length === 1 && !pieces[0]?.invisible) return <>{props.text}</>;
  return (
    <>
      {pieces.map((p, i) => {
        if (!p.invisible) return <Fragment key={i}>{p.text}</Fragment>;
        const { code, label, name } = p.invisible;
        const hint = code
          ? t('invisibles.control', { code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, name })
          : t('invisibles.marks', { count: [...p.text].length });
        return (
          <span
            key={i}
            className="invisible-mark"
            dir="ltr"
            lang="en"
            data-testid="invisible-mark"
            role="img"
            title={hint}
            aria-label={hint}
          >
            {label}
          </span>
        );
      })}
    </>
  );
}
