/**
 * The app's two kinds of message: an error banner (stays until dismissed) and a notice, a toast that goes by
 * itself. A notice is kept as a key and parameters, not as text, so it follows a change of UI language.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long a notice (a toast) stays. */
const NOTICE_MS = 8000;

export interface Notice {
  key: string;
  params: Record<string, string | number>;
}

export interface NoticesState {
  error: string | null;
  setError: (message: string | null) => void;
  notice: Notice | null;
  setNotice: (notice: Notice | null) => void;
}

export function useNotices(): NoticesState {
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  useEffect(() => {
    // An import in progress stays until its result replaces it.
    if (!notice || notice.key === 'documents.importing') return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return { error, setError, notice, setNotice };
}

export function Notices({ error, setError, notice, setNotice }: NoticesState): React.JSX.Element {
  const { t } = useTranslation();
  // Both at once: an unrelated error must not hide the result of what the translator just did (a review's
  // conflicts, an import's count); the toast floats over the work, the banner stays at the top.
  return (
    <>
      {error && (
        <div className="banner error" role="alert">
          <span>{error}</span>
          <button type="button" onClick={() => setError(null)}>
            {t('errors.dismiss')}
          </button>
        </div>
      )}
      {notice && (
        // A toast over the work, near the rows it is about, until dismissed or the translator goes elsewhere.
        <div className="banner notice toast" role="status" data-testid="toast">
          <span>{t(notice.key, notice.params)}</span>
          <button type="button" onClick={() => setNotice(null)}>
            {t('errors.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
