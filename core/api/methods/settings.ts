/** Contract slice of the settings feature: the workspace's UI language and which side the Arabic sits on. */
import { z } from 'zod';
import type { SourceSide } from '../../model';
import { returns, UI_LANGUAGES } from './common';
import type { UiLanguage } from './common';

export const settingsSchema = z.object({
  uiLanguage: z.enum(UI_LANGUAGES),
  sourceSide: z.enum(['left', 'right']),
});
export type Settings = { uiLanguage: UiLanguage; sourceSide: SourceSide };

export const settingsMethods = {
  'settings.get': { input: z.object({}).strict(), result: returns<Settings>() },
  'settings.set': { input: settingsSchema.partial().strict(), result: returns<Settings>() },
} as const;
