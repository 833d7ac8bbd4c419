/**
 * Contract slice of the settings feature: the workspace's UI language, which side the Arabic sits on, the
 * font size of each pane and the theme (issue 17). Stored settings from before a field existed read as its default.
 */
import { z } from 'zod';
import type { SourceSide } from '../../model';
import { returns, UI_LANGUAGES } from './common';
import type { UiLanguage } from './common';

/** `system` follows the operating system's light or dark preference. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Font sizes of the panes, in CSS pixels. */
export const FONT_SIZE = { min: 12, max: 36 } as const;
const fontSize = z.number().int().min(FONT_SIZE.min).max(FONT_SIZE.max);

export const settingsSchema = z.object({
  uiLanguage: z.enum(UI_LANGUAGES),
  sourceSide: z.enum(['left', 'right']),
  sourceFontSize: fontSize,
  targetFontSize: fontSize,
  theme: z.enum(THEMES),
});
export type Settings = {
  uiLanguage: UiLanguage;
  sourceSide: SourceSide;
  /** The Arabic pane's font size in CSS pixels. */
  sourceFontSize: number;
  /** The English pane's font size in CSS pixels. */
  targetFontSize: number;
  theme: Theme;
};

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'en',
  sourceSide: 'right',
  sourceFontSize: 21,
  targetFontSize: 16,
  theme: 'system',
};

export const settingsMethods = {
  'settings.get': { input: z.object({}).strict(), result: returns<Settings>() },
  'settings.set': { input: settingsSchema.partial().strict(), result: returns<Settings>() },
} as const;
