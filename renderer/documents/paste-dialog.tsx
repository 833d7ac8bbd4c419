/** A new document from pasted text: the same import path as a .txt file, so paragraphs split the same way. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { Dialog } from '../shared/dialog';
import { errorText } from '../shared/error-text';

export function PasteDialog(props: {
  onClose: () => void;
  onImported: (r: { documentId: string; paragraphs: number }, title: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const titleId = useId();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async (): Promise<void> => {
    if (text.trim() === '') {
      setError(t('paste.empty'));
      return;
    }
    setBusy(true);
    try {
      const bytes = new TextEncoder().encode(text);
      const r = await call('document.import', {
        fileName: 'pasted.txt',
        bytes,
        ...(title.trim() ? { title: title.trim() } : {}),
      });
      props.onImported(r, r.title);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  return (
    <Dialog labelledBy={titleId} onClose={props.onClose} testId="paste-dialog">
      <h2 id={titleId}>{t('paste.title')}</h2>
      <label className="field block">
        <span>{t('paste.label')}</span>
        <textarea
          data-autofocus
          data-testid="paste-text"
          lang="ar"
          dir="rtl"
          rows={10}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <label className="field block">
        <span>{t('paste.docTitle')}</span>
        <input dir="auto" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void create()}>
          {t('paste.create')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('paste.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
