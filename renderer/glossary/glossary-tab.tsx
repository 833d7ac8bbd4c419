/** The glossary tab: the terms of the active paragraph (Alt+1…9, Alt+= for all), a search over all terms, files and glossaries. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchView } from '../../core/api/contract';
import { GlossaryFiles } from './glossary-files';
import { termsInOrder } from './segments';
import { TermSearch } from './term-search';
import type { GlossaryData } from './use-glossary-data';
import { TermLabel } from './term-label';

export function GlossaryTab(props: {
  documentId: string;
  active: number;
  matches: readonly MatchView[];
  data: GlossaryData;
  onInsert: (match: MatchView) => void;
  onError: (message: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const terms = termsInOrder(props.matches);
  const headingId = useId();
  return (
    <>
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>{t('glossary.inParagraph', { n: props.active + 1 })}</h3>
        {terms.length === 0 ? (
          <p className="muted">{t('glossary.noneInParagraph')}</p>
        ) : (
          <ol className="paragraph-terms" data-testid="paragraph-terms">
            {terms.map((m, i) => (
              <li key={m.termId}>
                <button
                  type="button"
                  className="term-insert"
                  onClick={() => props.onInsert(m)}
                  title={t('glossary.insertHint')}
                >
                  <span className="term-key">{i < 9 ? `Alt+${i + 1}` : `Alt+= ${i + 1}`}</span>
                  <TermLabel source={m.source} target={m.target} kind={m.kind} shortSpellings={m.shortSpellings} />
                </button>
              </li>
            ))}
          </ol>
        )}
        <p className="muted small">{t('glossary.insertHint')}</p>
      </section>
      <TermSearch version={props.data.version} onChanged={props.data.changed} onError={props.onError} />
      <GlossaryFiles
        documentId={props.documentId}
        version={props.data.version}
        onChanged={props.data.changed}
        onError={props.onError}
      />
    </>
  );
}
