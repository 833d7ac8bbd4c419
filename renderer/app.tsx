/** The app shell: the document list or the workbench (by URL hash), file drop anywhere, error banner. */
import { withVisibleMarks } from '../core/text/invisibles';
import { ConnectionBanner } from './connection-banner';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../core/api/contract';
import { call, onMenu } from './api/client';
import { DocumentList } from './documents/document-list';
import { useFileImport } from './documents/use-file-import';
import { i18n } from './i18n';
import { TeamIndicator } from './team/team-indicator';
import { saveAllPending } from './workbench/pending-saves';
import { parseDocHash, rowHref } from './workbench/row-url';
import { Workbench } from './workbench/workbench';
import { SettingsPanel } from './settings/settings-panel';
import { useAppliedSettings } from './settings/use-applied-settings';
import { errorText } from './shared/error-text';
import { Notices, useNotices } from './shared/notices';
import { useFileDrop } from './documents/use-file-drop';

/** `#/doc/ID` or `#/doc/ID/row/N` (N counted from 1): see workbench/row-url.ts. */
const docFromHash = (): string | null => parseDocHash(window.location.hash)?.documentId ?? null;
const rowFromHash = (): number | undefined => parseDocHash(window.location.hash)?.row;

export function App({ initialSettings }: { initialSettings: Settings }): React.JSX.Element {
  const { t } = useTranslation();
  const [settings, setSettings] = useState(initialSettings);
  const [docId, setDocId] = useState<string | null>(docFromHash);
  const [row, setRow] = useState<number | undefined>(rowFromHash);
  const shownDoc = useRef(docId);
  const notices = useNotices();
  const { setError, setNotice } = notices;
  const [reloads, setReloads] = useState(0);
  const [settingsOpen, setSettingsOpen] = useState(false);
  useAppliedSettings(settings);

  // Ctrl/Cmd+, opens the settings (the usual key); the focus comes back to where it was on close.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (
        (e.ctrlKey || e.metaKey) &&
        !e.altKey &&
        !e.shiftKey &&
        e.code === 'Comma' &&
        !document.querySelector('[role=dialog]')
      ) {
        e.preventDefault();
        setSettingsOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const onHash = (): void => {
      const next = docFromHash();
      // Another row of the open document is the workbench's to follow (use-addressed-row.ts): no app render.
      if (next === shownDoc.current) return;
      // A notice belongs to where it was raised: another document (or the list) clears it.
      shownDoc.current = next;
      setNotice(null);
      setDocId(next);
      setRow(rowFromHash());
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [setNotice]);

  const open = useCallback(
    (id: string | null) => {
      shownDoc.current = id;
      window.location.hash = id ? rowHref(id) : '';
      setDocId(id);
      setRow(undefined);
      setNotice(null);
    },
    [setNotice],
  );

  const updateSettings = useCallback(
    async (patch: Partial<Settings>) => {
      // Shown at once (a switch flips when pressed); the workspace's answer then is the truth.
      setSettings((prev) => ({ ...prev, ...patch }));
      try {
        const next = await call('settings.set', patch);
        setSettings(next);
        if (patch.uiLanguage) await i18n.changeLanguage(patch.uiLanguage);
      } catch (e) {
        setError(errorText(e));
      }
    },
    [setError],
  );

  const onImported = useCallback(
    (r: { documentId: string; paragraphs: number }, title: string) => {
      setError(null);
      open(r.documentId);
      // First-strong isolation keeps an Arabic title from reordering the English sentence around it.
      setNotice({
        key: 'documents.imported',
        params: { title: `\u2068${withVisibleMarks(title)}\u2069`, count: r.paragraphs },
      });
    },
    [open, setError, setNotice],
  );

  const { importFiles, inputRef, pickFile } = useFileImport({
    onImported,
    onError: (message) => {
      // The "importing…" toast waits for a result; an error is the result.
      setNotice(null);
      setError(message);
    },
    onStart: (name) => setNotice({ key: 'documents.importing', params: { name } }),
  });

  useEffect(
    () =>
      onMenu((command) => {
        if (command === 'import') pickFile();
        // The desktop window is closing: save what is pending, then let it close.
        if (command === 'close') void saveAllPending().then(() => window.close());
      }),
    [pickFile],
  );

  const dragging = useFileDrop(importFiles);

  return (
    <div className="app">
      <header className="app-bar">
        <span className="brand">{t('app.name')}</span>
        <span className="tagline">{t('app.tagline')}</span>
        <span className="spacer" />
        <TeamIndicator />
        <button
          type="button"
          className="settings-open"
          data-testid="settings-open"
          title={t('settings.openKeys')}
          onClick={() => setSettingsOpen(true)}
        >
          {t('settings.open')}
        </button>
        <button
          type="button"
          className="lang-switch"
          aria-label={t('app.languageLabel')}
          lang={settings.uiLanguage === 'en' ? 'ar' : 'en'}
          onClick={() => void updateSettings({ uiLanguage: settings.uiLanguage === 'en' ? 'ar' : 'en' })}
        >
          {t('app.language')}
        </button>
      </header>
      <input
        ref={inputRef}
        type="file"
        hidden
        data-testid="file-input"
        accept=".txt,.text,.docx,.html,.htm,.md,.markdown,.xlf,.xliff,.sdlxliff,.mqxliff"
        onChange={(e) => {
          if (e.currentTarget.files?.length) void importFiles(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      <ConnectionBanner />
      <Notices {...notices} />
      <main className="app-main">
        {docId ? (
          <Workbench
            key={`${docId}:${reloads}`}
            documentId={docId}
            row={row}
            settings={settings}
            onSettings={(p) => void updateSettings(p)}
            onClose={() => open(null)}
            onError={setError}
            onReviewed={(message) => {
              setNotice({ key: 'app.message', params: { message } });
              setReloads((n) => n + 1);
            }}
          />
        ) : (
          <DocumentList onOpen={open} onImport={pickFile} onError={setError} onPasted={onImported} />
        )}
      </main>
      {settingsOpen && (
        <SettingsPanel
          settings={settings}
          onSettings={(p) => void updateSettings(p)}
          onClose={() => setSettingsOpen(false)}
        />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('documents.dropNow')}
        </div>
      )}
    </div>
  );
}
