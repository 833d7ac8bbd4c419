/** The suggestion list under an editor: the English of the paragraph's terms that extend the partial word. */
import { useTranslation } from 'react-i18next';
import type { CompletionState } from './use-completion';

export function CompletionList(props: {
  id: string;
  state: CompletionState;
  onPick: (i: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="completion">
      <ul role="listbox" id={props.id} data-testid="completion" aria-label={t('glossary.completion')}>
        {props.state.options.map((o, i) => (
          <li
            key={o}
            id={`${props.id}-${i}`}
            role="option"
            aria-selected={i === props.state.selected}
            lang="en"
            dir="ltr"
            // The editor keeps the focus (and its caret) while an option is clicked.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => props.onPick(i)}
          >
            {o}
          </li>
        ))}
      </ul>
      <p className="completion-hint">{t('glossary.completionHint')}</p>
    </div>
  );
}
