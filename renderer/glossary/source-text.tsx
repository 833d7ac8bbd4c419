/**
 * The Arabic of one row with its glossary matches underlined (coloured by kind). Each match is a focusable
 * span; hover or focus shows the English in a tooltip, a click or Enter inserts it in the row's editor.
 * The tooltip is a sibling of the cell (not inside it) so the cell's text stays exactly the paragraph.
 */
import { VisibleText } from '../workbench/visible-text';
import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchView } from '../../core/api/contract';
import { splitSegments } from './segments';

interface Tip {
  start: number;
  target: string;
  /** Two-letter spellings that match only as written: the tip says so. */
  short: readonly string[];
  x: number;
  y: number;
}

export interface SourceTextProps {
  index: number;
  text: string;
  matches: readonly MatchView[];
  onInsert: (index: number, match: MatchView) => void;
}

/** Where the tooltip goes: just under the span, measured against the row (the tooltip's containing block). */
function tipFor(el: HTMLElement, m: MatchView): Tip | null {
  const row = el.closest<HTMLElement>('[data-testid=row]');
  if (!row) return null;
  const s = el.getBoundingClientRect();
  const r = row.getBoundingClientRect();
  // The row is dir="ltr", so inline-start is its left edge.
  return {
    start: m.start,
    target: m.target,
    short: m.shortSpellings,
    x: Math.max(0, s.left - r.left),
    y: s.bottom - r.top + 2,
  };
}

export const SourceText = memo(function SourceText(props: SourceTextProps): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { index, text, matches, onInsert } = props;
  const n = index + 1;
  // Computed per rendered row only: the virtualizer mounts the visible rows, so a long document stays fast.
  const segments = useMemo(() => splitSegments(text, matches), [text, matches]);
  const [hover, setHover] = useState<Tip | null>(null);
  const [focus, setFocus] = useState<Tip | null>(null);
  // The latest of hover and keyboard focus wins: tabbing to a name while the mouse rests on another shows it.
  const [last, setLast] = useState<'hover' | 'focus'>('hover');
  const tip = last === 'focus' ? (focus ?? hover) : (hover ?? focus);
  const tipId = useId();

  return (
    <>
      <div
        role="cell"
        className="cell source"
        lang="ar"
        dir="rtl"
        style={{ gridArea: 'src' }}
        aria-label={t('workbench.sourceLabel', { n })}
        data-testid="source"
      >
        {segments.map((s) =>
          s.match ? (
            <MatchSpan
              key={s.start}
              text={s.text}
              match={s.match}
              describedBy={tip?.start === s.start ? tipId : undefined}
              onHover={(el) => {
                setHover(el ? tipFor(el, s.match!) : null);
                if (el) setLast('hover');
              }}
              onFocusSpan={(el) => {
                setFocus(el ? tipFor(el, s.match!) : null);
                if (el) setLast('focus');
              }}
              onActivate={() => onInsert(index, s.match!)}
            />
          ) : (
            <VisibleText key={s.start} text={s.text} />
          ),
        )}
      </div>
      {tip && (
        <div
          role="tooltip"
          id={tipId}
          className="match-tip"
          lang="en"
          dir="ltr"
          style={{ insetInlineStart: tip.x, insetBlockStart: tip.y }}
        >
          {tip.target}
          {tip.short.length > 0 && (
            <span className="match-tip-note" lang={i18n.language} dir={i18n.dir()}>
              {t('glossary.shortTermHint', {
                spellings: tip.short.map((x) => `\u2068${x}\u2069`).join(t('glossary.listSeparator')),
              })}
            </span>
          )}
        </div>
      )}
    </>
  );
});

function MatchSpan(props: {
  text: string;
  match: MatchView;
  describedBy: string | undefined;
  onHover: (el: HTMLElement | null) => void;
  onFocusSpan: (el: HTMLElement | null) => void;
  onActivate: () => void;
}): React.JSX.Element {
  const m = props.match;
  return (
    <span
      className={`match kind-${m.kind}`}
      tabIndex={0}
      role="button"
      data-testid="match"
      data-term-id={m.termId}
      data-kind={m.kind}
      aria-describedby={props.describedBy}
      onMouseEnter={(e) => props.onHover(e.currentTarget)}
      onMouseLeave={() => props.onHover(null)}
      onFocus={(e) => props.onFocusSpan(e.currentTarget)}
      onBlur={() => props.onFocusSpan(null)}
      onClick={() => {
        // A drag that selects Arabic (to add a term) is not a click on the term.
        const selection = window.getSelection();
        if (selection && !selection.isCollapsed) return;
        props.onActivate();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          // The row's own Enter would open the editor without inserting.
          e.preventDefault();
          e.stopPropagation();
          props.onActivate();
        }
      }}
    >
      <VisibleText text={props.text} />
    </span>
  );
}
