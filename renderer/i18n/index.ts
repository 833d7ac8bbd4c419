/**
 * i18next set-up. Changing the language sets <html lang dir>, so the whole layout mirrors through CSS
 * logical properties; the panes keep their own lang/dir whatever the UI language.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../core/api/contract';
import { resources } from '../../core/i18n/resources';

function applyDocumentDirection(lng: string): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = i18n.dir(lng);
}

export async function initI18n(lng: UiLanguage): Promise<typeof i18n> {
  i18n.on('languageChanged', applyDocumentDirection);
  await i18n.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes; strings never become HTML
    returnNull: false,
  });
  applyDocumentDirection(lng);
  return i18n;
}

export { i18n };
