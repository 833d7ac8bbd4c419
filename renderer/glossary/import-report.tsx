/**
 * What a glossary import did: the counts, then which terms it updated (and which of their fields changed) and
 * which it added, by name, so a second import of a revised file says what the revision changed.
 */
import { useTranslation } from 'react-i18next';
import type { GlossaryImportReport, ImportedTerm } from '../../core/api/contract';
import { withVisibleMarks } from '../../core/text/invisibles';

export function ImportReport(props: { report: GlossaryImportReport }): React.JSX.Element {
  const { t } = useTranslation();
  const r = props.report;
  return (
    <div role="status" className="import-report" data-testid="glossary-import-report">
      <p>
        {t('glossary.imported', {
          name: `\u2068${withVisibleMarks(r.glossary)}\u2069`,
          added: r.added,
          updated: r.updated,
          unchanged: r.unchanged,
          skipped: r.skipped.length,
        })}
      </p>
      <TermList heading={t('glossary.importUpdated')} terms={r.updatedTerms} testId="glossary-import-updated" />
      <TermList heading={t('glossary.importAdded')} terms={r.addedTerms} testId="glossary-import-added" />
    </div>
  );
}

function TermList(props: {
  heading: string;
  terms: readonly ImportedTerm[];
  testId: string;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  if (props.terms.length === 0) return null;
  return (
    <>
      <h4>{props.heading}</h4>
      <ul className="import-terms" data-testid={props.testId}>
        {props.terms.map((term, i) => (
          <li key={i}>
            <bdi lang="ar" dir="rtl">
              {term.source}
            </bdi>{' '}
            →{' '}
            <bdi lang="en" dir="ltr">
              {term.target}
            </bdi>
            {term.fields && term.fields.length > 0 && (
              <span className="muted">
                {' '}
                ({term.fields.map((f) => t(`glossary.field.${f}`)).join(t('glossary.listSeparator'))})
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
