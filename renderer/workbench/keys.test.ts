import { describe, expect, it } from 'vitest';
import { en } from '../../core/i18n/en';
import { ar } from '../../core/i18n/ar';
import { KEY_GROUPS, KEYS, showKey } from './keys';

describe('the table of keys', () => {
  it('has words for every key and group in both languages', () => {
    for (const k of KEYS) {
      expect(en.keys[k.does as keyof typeof en.keys], k.does).toBeTruthy();
      expect(ar.keys[k.does as keyof typeof ar.keys], k.does).toBeTruthy();
    }
    for (const g of KEY_GROUPS) expect(en.keys[`group_${g}` as keyof typeof en.keys]).toBeTruthy();
  });

  it('uses none of the keys Chromium keeps, nor Alt+Shift', () => {
    const reserved = [
      'Mod+N',
      'Mod+T',
      'Mod+W',
      'Mod+Shift+N',
      'Mod+Shift+T',
      'Mod+Shift+W',
      'Mod+Tab',
      'Mod+Shift+Tab',
      'Mod+Q',
      'Mod+PageUp',
      'Mod+PageDown',
    ];
    const all = KEYS.flatMap((k) => k.keys);
    for (const r of reserved) expect(all).not.toContain(r);
    expect(all.filter((k) => k.includes('Alt+Shift'))).toEqual([]);
    // One meaning per key within a group (Esc and Enter mean different things in the editor and the find bar).
    for (const g of KEY_GROUPS) {
      const keys = KEYS.filter((k) => k.group === g).flatMap((k) => k.keys);
      expect(new Set(keys).size, g).toBe(keys.length);
    }
    expect(showKey('Mod+Shift+Z', true)).toBe('⌘+Shift+Z');
  });
});
