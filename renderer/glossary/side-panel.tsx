/**
 * The side panel beside the rows (inline-end side, collapsible): the glossary, the QA check and the names
 * found in the document, as tabs (←/→ move between tabs, as in any tab list).
 */
import { memo, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchView, TmMatch, TmParagraphMatches } from '../../core/api/contract';
import { MemoryTab } from '../tm/memory-tab';
import { GlossaryTab } from './glossary-tab';
import { NamesTab } from '../names/names-tab';
import { QaTab } from '../qa/qa-tab';
import type { GlossaryData } from './use-glossary-data';

const TABS = ['glossary', 'memory', 'qa', 'names'] as const;
type Tab = (typeof TABS)[number];

export interface SidePanelProps {
  documentId: string;
  active: number;
  activeMatches: readonly MatchView[];
  data: GlossaryData;
  /** Inserts a term in the editor of row `index` (the active one, from this panel). */
  onInsert: (index: number, match: MatchView) => void;
  onGoTo: (index: number) => void;
  /** Applies a QA flag's fix to row `index` (counted from 0). */
  onFix?: (index: number, fix: { start: number; end: number; text: string }) => void;
  onError: (message: string) => void;
  /** The translation memory's matches for the active row and how to insert one. */
  tm: {
    result: TmParagraphMatches;
    source: string;
    onInsert: (m: TmMatch) => void;
    onInsertText: (target: string) => void;
    flush: () => Promise<void>;
    onChanged: () => void;
  };
  /** An action of the panel is done (a name added): the focus goes back to row `index`'s English editor. */
  onDone?: (index: number) => void;
}

/** Memoised: the workbench re-renders on every keystroke, the panel only when its inputs change. */
export const SidePanel = memo(function SidePanel(props: SidePanelProps): React.JSX.Element {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const [tab, setTab] = useState<Tab>('glossary');
  const id = useId();
  const [concordanceSeed, setConcordanceSeed] = useState<{ text: string; n: number } | null>(null);

  // Ctrl+K (Cmd+K): the concordance, searching the selected text when there is one.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 'k') return;
      e.preventDefault();
      setOpen(true);
      setTab('memory');
      const selected = window.getSelection()?.toString().trim() ?? '';
      if (selected) setConcordanceSeed((prev) => ({ text: selected, n: (prev?.n ?? 0) + 1 }));
      requestAnimationFrame(() => document.getElementById(`${id}-concordance`)?.focus());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [id]);

  if (!open) {
    return (
      <aside className="side-panel collapsed" aria-label={t('glossary.panel')}>
        <button type="button" aria-expanded={false} onClick={() => setOpen(true)} data-testid="panel-toggle">
          {t('glossary.show')}
        </button>
      </aside>
    );
  }

  const onTabKey = (e: React.KeyboardEvent): void => {
    const i = TABS.indexOf(tab);
    // Arrow keys follow the reading direction: in the Arabic UI the next tab is on the left.
    const rtl = document.documentElement.dir === 'rtl';
    const step = e.key === 'ArrowRight' ? (rtl ? -1 : 1) : e.key === 'ArrowLeft' ? (rtl ? 1 : -1) : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(i + step + TABS.length) % TABS.length]!;
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };

  const qaCount = props.data.qa.length;
  return (
    <aside className="side-panel" aria-label={t('glossary.panel')} data-testid="side-panel">
      <div className="panel-head">
        <div role="tablist" aria-label={t('glossary.panel')} onKeyDown={onTabKey}>
          {TABS.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`${id}-tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`${id}-panel`}
              tabIndex={tab === name ? 0 : -1}
              data-testid={`tab-${name}`}
              onClick={() => setTab(name)}
            >
              {name === 'memory' ? t('tm.tab') : t(`glossary.tabs.${name}`)}
              {name === 'memory' && props.tm.result.matches.length > 0 && (
                <span className="tab-count tm-count">{props.tm.result.matches[0]!.score}</span>
              )}
              {name === 'qa' && qaCount > 0 && <span className="tab-count">{qaCount}</span>}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="panel-close"
          aria-expanded
          aria-label={t('glossary.hide')}
          title={t('glossary.hide')}
          onClick={() => setOpen(false)}
        >
          ×
        </button>
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`} className="panel-body">
        {tab === 'glossary' && (
          <GlossaryTab
            documentId={props.documentId}
            active={props.active}
            matches={props.activeMatches}
            data={props.data}
            onInsert={(m) => props.onInsert(props.active, m)}
            onError={props.onError}
          />
        )}
        {tab === 'memory' && (
          <MemoryTab
            documentId={props.documentId}
            active={props.active}
            source={props.tm.source}
            result={props.tm.result}
            concordanceId={`${id}-concordance`}
            concordanceSeed={concordanceSeed}
            onInsert={props.tm.onInsert}
            onInsertText={props.tm.onInsertText}
            flush={props.tm.flush}
            onChanged={props.tm.onChanged}
            onError={props.onError}
          />
        )}
        {tab === 'qa' && (
          <QaTab
            documentId={props.documentId}
            data={props.data}
            onGoTo={props.onGoTo}
            onError={props.onError}
            onFix={props.onFix}
          />
        )}
        {tab === 'names' && (
          <NamesTab
            documentId={props.documentId}
            data={props.data}
            onGoTo={props.onGoTo}
            onError={props.onError}
            onAdded={() => props.onDone?.(props.active)}
          />
        )}
      </div>
    </aside>
  );
});
