import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../db/open';
import { setSetting } from '../../../db/settings-repo';
import { createSettingsService } from './service';

describe('settings', () => {
  it('reads a workspace saved before the font sizes and the theme existed with their defaults', () => {
    const db = openWorkspace(':memory:');
    setSetting(db, 'ui', { uiLanguage: 'ar', sourceSide: 'left' });
    expect(createSettingsService({ db }).get()).toEqual({
      uiLanguage: 'ar',
      sourceSide: 'left',
      sourceFontSize: 21,
      targetFontSize: 16,
      theme: 'system',
    });
  });

  it('keeps the font sizes and the theme, and a stored value that no longer parses falls back to its default alone', () => {
    const db = openWorkspace(':memory:');
    const s = createSettingsService({ db });
    expect(s.set({ sourceFontSize: 28, theme: 'dark' })).toMatchObject({
      sourceFontSize: 28,
      targetFontSize: 16,
      theme: 'dark',
    });
    expect(createSettingsService({ db }).get()).toMatchObject({ sourceFontSize: 28, theme: 'dark' });
    setSetting(db, 'ui', { uiLanguage: 'ar', sourceFontSize: 900, theme: 'sepia' });
    expect(s.get()).toEqual({
      uiLanguage: 'ar',
      sourceSide: 'right',
      sourceFontSize: 21,
      targetFontSize: 16,
      theme: 'system',
    });
  });

  it('refuses sizes out of range at the API, naming the field', async () => {
    const { composeApp } = await import('../../app/compose');
    const app = composeApp({ dbFile: ':memory:', log: () => undefined });
    try {
      const r = await app.dispatch('settings.set', { targetFontSize: 8 });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(JSON.stringify(r)).toContain('targetFontSize');
      expect(await app.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { targetFontSize: 16 } });
    } finally {
      app.close();
    }
  });
});
