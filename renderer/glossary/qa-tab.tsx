/** The QA tab: translated paragraphs whose English lacks a glossary term found in their Arabic. */
import { useTranslation } from 'react-i18next';
import type { QaView } from '../../core/api/contract';
import { preferredTarget } from '../../core/glossary';
import { call } from '../api/client';
import { rowHref } from '../workbench/row-url';
import type { GlossaryData } from './use-glossary-data';

export function QaTab(props: { documentId: string; data: GlossaryData; onGoTo: (index: number) => void; onError: (m: string) => void }): React.JSX.Element {
  const { t } = useTranslation();
  const { qa, removeQa, refreshQa } = props.data;

  const accept = async (p: QaView): Promise<void> => {
    try {
      await call('qa.accept', { documentId: props.documentId, paragraph: p.paragraph, check: p.check, key: p.key });
      removeQa(p);
      refreshQa();
    } catch (e) {
      props.onError((e as Error).message);
    }
  };

  if (qa.length === 0) return <p className="muted">{t('qa.none')}</p>;
  return (
    <>
      <h3>{t('qa.heading')}</h3>
      <ul className="qa-list" data-testid="qa-list">
        {qa.map((p) => {
          const n = p.paragraph + 1;
          const english = preferredTarget(p.target ?? '');
          return (
            <li key={`${p.paragraph}:${p.check}:${p.key}`} data-testid="qa-problem" data-paragraph={n}>
              {/* A real link to the row's address (open it in a new tab, copy it); a click moves here without reloading. */}
              <a
                href={rowHref(props.documentId, p.paragraph)}
                className="link qa-go"
                onClick={(e) => {
                  e.preventDefault();
                  props.onGoTo(p.paragraph);
                }}
                aria-label={t('qa.goLabel', { n })}
              >
                {t('qa.row', { n })}
              </a>
              <span lang="ar" dir="rtl" className="arabic-inline">
                {p.source}
              </span>
              <span className="qa-missing">
                {t('qa.missing')}{' '}
                <span lang="en" dir="ltr" className="term-en">
                  {english}
                </span>
              </span>
              <button type="button" onClick={() => void accept(p)} aria-label={t('qa.acceptLabel', { n, target: english })} data-testid="qa-accept">
                {t('qa.accept')}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
