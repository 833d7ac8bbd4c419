/**
 * The one table of the app's keys: the shortcut sheet (F1) is drawn from it, in both UI languages.
 * A feature that adds a key adds its line here. Chromium keeps a few keys for itself (new, close or reopen a
 * tab or window, switch tabs, quit), and Alt+Shift switches keyboard layouts on Windows: none is used.
 * `Mod` is Ctrl (Cmd on macOS).
 */
export type KeyGroup = 'rows' | 'editor' | 'glossary' | 'memory' | 'find' | 'app';

export interface KeyEntry {
  keys: readonly string[];
  /** i18n key of what it does (under `keys.`). */
  does: string;
  group: KeyGroup;
  /** Only in the desktop app's menu. */
  desktop?: true;
}

export const KEYS: readonly KeyEntry[] = [
  { keys: ['Mod+Enter'], does: 'confirm', group: 'rows' },
  { keys: ['Alt+↑', 'Alt+↓'], does: 'moveRow', group: 'rows' },
  { keys: ['Esc'], does: 'leaveEditor', group: 'rows' },
  { keys: ['↑', '↓', 'Enter'], does: 'rowMode', group: 'rows' },
  { keys: ['Home', 'End', 'PageUp', 'PageDown'], does: 'rowJump', group: 'rows' },
  { keys: ['Mod+G'], does: 'goTo', group: 'rows' },
  // Beside Mod+Enter (confirm): the reviewer's sign-off of a shared document's row (issue 21).
  { keys: ['Mod+Alt+Enter'], does: 'review', group: 'rows' },
  { keys: ['Mod+Z'], does: 'undo', group: 'editor' },
  { keys: ['Mod+Shift+Z', 'Mod+Y'], does: 'redo', group: 'editor' },
  { keys: ['Mod+Shift+S'], does: 'copySource', group: 'editor' },
  { keys: ['Alt+0'], does: 'inlineCode', group: 'editor' },
  { keys: ['Mod+M'], does: 'comment', group: 'editor' },
  { keys: ['Alt+1…9'], does: 'insertTerm', group: 'glossary' },
  { keys: ['Alt+='], does: 'termPicker', group: 'glossary' },
  { keys: ['Tab'], does: 'completion', group: 'glossary' },
  { keys: ['Mod+Shift+G'], does: 'addTerm', group: 'glossary' },
  { keys: ['Mod+Alt+1…5'], does: 'insertMatch', group: 'memory' },
  // Beside Mod+Enter (confirm): the same gesture for the rows the memory filled as repetitions.
  { keys: ['Mod+Shift+Enter'], does: 'confirmRepetition', group: 'memory' },
  { keys: ['Mod+K'], does: 'concordance', group: 'memory' },
  { keys: ['Mod+F'], does: 'find', group: 'find' },
  { keys: ['Enter', 'Shift+Enter', 'F3', 'Shift+F3'], does: 'findNext', group: 'find' },
  { keys: ['Mod+H'], does: 'replace', group: 'find' },
  { keys: ['Mod+Shift+F'], does: 'filter', group: 'find' },
  { keys: ['Esc'], does: 'clearFilter', group: 'find' },
  { keys: ['F1'], does: 'sheet', group: 'app' },
  { keys: ['Mod+O'], does: 'import', group: 'app', desktop: true },
  { keys: ['Mod+E'], does: 'exportDocx', group: 'app', desktop: true },
];

export const KEY_GROUPS: readonly KeyGroup[] = ['rows', 'editor', 'glossary', 'memory', 'find', 'app'];

/** A key as shown: Mod is ⌘ on macOS, Ctrl elsewhere. */
export function showKey(key: string, mac: boolean): string {
  return key.replace('Mod', mac ? '⌘' : 'Ctrl');
}
