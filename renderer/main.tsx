import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './styles.css';
import './workbench/comments.css';
import './team/team-doc.css';
import './settings/theme.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { call } from './api/client';
import { askOpenTabs, sessionToken, shareTokenWithNewTabs } from './api/session';
import { App } from './app';
import { initI18n } from './i18n';

async function boot(): Promise<void> {
  // Before the app reads its route: the token's fragment gives way to the route it came from.
  if (!window.dragoman && !sessionToken()) await askOpenTabs();
  if (!window.dragoman) shareTokenWithNewTabs();
  const settings = await call('settings.get', {});
  await initI18n(settings.uiLanguage);
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(
    <StrictMode>
      <App initialSettings={settings} />
    </StrictMode>,
  );
}

/** The app could not start (a workspace the server cannot open, a server gone): say so, in the browser's language. */
async function showStartupProblem(e: unknown): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const message = e instanceof Error ? e.message : String(e);
  const i18n = await initI18n(navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en');
  createRoot(root).render(
    <main className="startup-problem" role="alert" data-testid="startup-problem">
      <h1>{i18n.t('menu.startupProblem')}</h1>
      <p lang="en" dir="ltr">
        {message}
      </p>
    </main>,
  );
}

boot().catch((e: unknown) => {
  showStartupProblem(e).catch(() => {
    const root = document.getElementById('root');
    if (root) root.textContent = `Dragoman could not start: ${e instanceof Error ? e.message : String(e)}`;
  });
});
