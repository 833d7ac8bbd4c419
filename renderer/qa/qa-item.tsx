/**
 * One problem of the Check tab: its paragraph (a button that goes to the row and selects the span), the message
 * in the UI's language, the two values (Arabic right-to-left, English left-to-right), and its actions: Fix where
 * the fix is unambiguous, Add to my words for a spelling flag, Accept.
 */
import { useTranslation } from 'react-i18next';
import type { QaView } from '../../core/api/contract';
import { preferredTarget } from '../../core/glossary';

export type QaFix = NonNullable<QaView['fix']>;

export interface QaItemProps {
  flag: QaView;
  /** The row's address (#/doc/ID/row/N): a real link, to open in a new tab or copy. */
  href: string;
  onGoTo: (flag: QaView) => void;
  onAccept: (flag: QaView) => void;
  onFix?: ((flag: QaView, fix: QaFix) => void) | undefined;
  onAddWord: (flag: QaView, word: string) => void;
}

export function qaMessageKey(flag: Pick<QaView, 'check' | 'params'>): string {
  const kind = typeof flag.params['kind'] === 'string' ? flag.params['kind'] : 'missing';
  return `qaChecks.msg.${flag.check}.${kind}`;
}

export function QaItem({ flag, href, onGoTo, onAccept, onFix, onAddWord }: QaItemProps): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const n = flag.paragraph + 1;
  const key = qaMessageKey(flag);
  const message = i18n.exists(key) ? t(key, flag.params) : t('qaChecks.msg.other');
  const target = flag.check === 'glossary' ? preferredTarget(flag.target ?? '') : flag.target;
  const word = flag.check === 'spelling' ? String(flag.params['word'] ?? '') : '';
  const suggestions = flag.check === 'spelling' ? String(flag.params['suggestions'] ?? '') : '';
  return (
    <li data-testid="qa-problem" data-paragraph={n} data-check={flag.check} className="qa-problem">
      {/* A click moves here without reloading. */}
      <a
        href={href}
        className="link qa-go"
        onClick={(e) => {
          e.preventDefault();
          onGoTo(flag);
        }}
        aria-label={t('qa.goLabel', { n })}
      >
        {t('qa.row', { n })}
      </a>
      <span className="qa-message" data-testid="qa-message">
        {message}
      </span>
      {(flag.source || target) && (
        <span className="qa-values">
          {flag.source && (
            <bdi lang="ar" dir="rtl" className="arabic-inline" data-testid="qa-source">
              {flag.source}
            </bdi>
          )}
          {flag.source && target && <span aria-hidden="true"> ⇄ </span>}
          {target && (
            <bdi lang="en" dir="ltr" className="term-en" data-testid="qa-target">
              {target}
            </bdi>
          )}
        </span>
      )}
      {suggestions && <span className="qa-suggest">{t('qaChecks.msg.spelling.suggest', { suggestions })}</span>}
      <span className="qa-actions">
        {flag.fix && onFix && (
          <button
            type="button"
            data-testid="qa-fix"
            onClick={() => onFix(flag, flag.fix!)}
            aria-label={t('qaChecks.fixLabel', { text: flag.fix.text || t('qaChecks.removeText') })}
          >
            {t('qaChecks.fix')}
          </button>
        )}
        {word && (
          <button
            type="button"
            data-testid="qa-add-word"
            onClick={() => onAddWord(flag, word)}
            aria-label={t('qaChecks.addWordLabel', { word })}
          >
            {t('qaChecks.addWord')}
          </button>
        )}
        <button
          type="button"
          onClick={() => onAccept(flag)}
          aria-label={t('qa.acceptLabel', { n, message })}
          data-testid="qa-accept"
        >
          {t('qa.accept')}
        </button>
      </span>
    </li>
  );
}
