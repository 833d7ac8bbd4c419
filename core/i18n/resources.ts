import { ar } from './ar';
import { en } from './en';

/** Every UI language and its strings; the main process reads the `export` part for document labels. */
export const resources = { en: { translation: en }, ar: { translation: ar } } as const;

/** Fills `{{name}}` placeholders: the main process formats a few export labels without a UI. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
