/** The base form proposed for a new term from a selection in the Arabic: clitics off the first word. */
import { stripClitics } from '../../core/glossary';

/** Punctuation and quotes a mouse selection tends to catch at its edges (Arabic and Latin). */
const EDGE = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/**
 * Multi-word selections strip the first word only: a proclitic attaches to the start of the phrase
 * (بالولايات المتحدة → الولايات المتحدة), and the later words are the name's own.
 */
export function proposeBaseForm(selection: string): string {
  const words = selection.replace(EDGE, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  words[0] = stripClitics(words[0]!);
  return words.join(' ');
}
