import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { call } from './api/client';
import { sessionToken } from './api/session';
import { App } from './app';
import { initI18n } from './i18n';

async function boot(): Promise<void> {
  // Before the app reads its route: the token's fragment gives way to the route it came from.
  sessionToken();
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

boot().catch((e: unknown) => {
  const root = document.getElementById('root');
  if (root) root.textContent = `Dragoman could not start: ${e instanceof Error ? e.message : String(e)}`;
});
