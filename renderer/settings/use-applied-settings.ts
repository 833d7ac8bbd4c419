/**
 * Puts the display settings on the document: the panes' font sizes as CSS variables, the theme as
 * `data-theme` on <html> (light or dark; `system` follows the OS preference and changes when it changes).
 */
import { useEffect, useState } from 'react';
import type { Settings, Theme } from '../../core/api/contract';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function resolveTheme(theme: Theme, systemDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}

function useSystemDark(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia(DARK_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(DARK_QUERY);
    const onChange = (): void => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}

export function useAppliedSettings(settings: Pick<Settings, 'theme' | 'sourceFontSize' | 'targetFontSize'>): void {
  const systemDark = useSystemDark();
  const theme = resolveTheme(settings.theme, systemDark);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    // Form controls, scrollbars and the autofill follow the theme too.
    root.style.colorScheme = theme;
  }, [theme]);
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--source-font-size', `${settings.sourceFontSize}px`);
    root.setProperty('--target-font-size', `${settings.targetFontSize}px`);
  }, [settings.sourceFontSize, settings.targetFontSize]);
}
