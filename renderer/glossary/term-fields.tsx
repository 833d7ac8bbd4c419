/** The fields of a term (Arabic, English, kind, variants, note), shared by the add dialog and the edit form. */
import { useTranslation } from 'react-i18next';
import type { TermKind } from '../../core/glossary';
import { TERM_KINDS } from '../../core/glossary';

export interface TermDraft {
  source: string;
  target: string;
  kind: TermKind;
  variants: string;
  note: string;
}

/** Variants are typed comma-separated (Latin or Arabic comma) or one per line. */
export function splitVariants(text: string): string[] {
  return text
    .split(/[,،\n]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

export function KindSelect(props: {
  value: TermKind;
  onChange: (k: TermKind) => void;
  label?: string;
  testId?: string;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <select
      value={props.value}
      aria-label={props.label}
      data-testid={props.testId}
      onChange={(e) => props.onChange(e.currentTarget.value as TermKind)}
    >
      {TERM_KINDS.map((k) => (
        <option key={k} value={k}>
          {t(`kinds.${k}`)}
        </option>
      ))}
    </select>
  );
}

export function TermFields(props: {
  draft: TermDraft;
  onChange: (d: TermDraft) => void;
  /** Rendered right under the English field (the transliteration candidates). */
  afterTarget?: React.ReactNode;
  targetRef?: React.Ref<HTMLInputElement>;
  onTargetKeyDown?: (e: React.KeyboardEvent<HTMLInputElement>) => void;
  autoFocusTarget?: boolean;
}): React.JSX.Element {
  const { t } = useTranslation();
  const d = props.draft;
  const set = (patch: Partial<TermDraft>): void => props.onChange({ ...d, ...patch });
  return (
    <div className="term-fields">
      <label>
        <span>{t('glossary.arabic')}</span>
        <input
          lang="ar"
          dir="rtl"
          className="arabic-input"
          value={d.source}
          data-testid="term-source"
          required
          onChange={(e) => set({ source: e.currentTarget.value })}
        />
      </label>
      <label>
        <span>{t('glossary.english')}</span>
        <input
          ref={props.targetRef}
          lang="en"
          dir="ltr"
          value={d.target}
          data-testid="term-target"
          required
          data-autofocus={props.autoFocusTarget ? true : undefined}
          autoFocus={props.autoFocusTarget}
          onChange={(e) => set({ target: e.currentTarget.value })}
          onKeyDown={props.onTargetKeyDown}
        />
      </label>
      {props.afterTarget}
      <label>
        <span>{t('glossary.kind')}</span>
        <KindSelect value={d.kind} onChange={(kind) => set({ kind })} testId="term-kind" />
      </label>
      <label>
        <span>{t('glossary.variants')}</span>
        <input
          lang="ar"
          dir="rtl"
          className="arabic-input"
          value={d.variants}
          onChange={(e) => set({ variants: e.currentTarget.value })}
        />
      </label>
      <label>
        <span>{t('glossary.note')}</span>
        <input dir="auto" value={d.note} onChange={(e) => set({ note: e.currentTarget.value })} />
      </label>
    </div>
  );
}
