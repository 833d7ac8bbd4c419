/**
 * The QA registry's shapes. A check is `{ id, run }` over one paragraph (with the document's context) and returns
 * flags. Pure: checks get everything they need (dictionary, glossary matches, settings) through the context, so the
 * same checks run in the main process, the CLI, the benchmarks and the tests.
 */
import type { GlossaryMatch } from '../glossary/types';
import type { Paragraph } from '../model';

export type QaSide = 'ar' | 'en';

/** Values a message is rendered with (i18next interpolation in the UI, plain English in the CLI). */
export type QaParams = Record<string, string | number>;

export interface QaFlag {
  /** Counted from 0, as everywhere in the API and the CLI. */
  paragraph: number;
  /** The id of the check that raised it (`glossary`, `number`, `date`…). */
  check: string;
  /**
   * Stable for the same problem in the same texts: includes a hash of both texts (see `flagKey`), so an accepted
   * flag comes back when the paragraph changes.
   */
  key: string;
  /** One English sentence (the CLI prints it; the UI renders `check` + `params` through i18next). */
  message: string;
  params: QaParams;
  /** Where the flag has a span: which text, and UTF-16 offsets into it. */
  side?: QaSide;
  start?: number;
  end?: number;
  /** The values concerned, e.g. `١٣٠` and `103`. */
  source?: string;
  target?: string;
  /** An unambiguous fix: replace [start, end) of the English with this text. */
  fix?: { start: number; end: number; text: string };
  /** Extra fields a check keeps for its callers (the glossary check's termId/termKey/kind). */
  extra?: Record<string, string>;
}

/** What every check may consult beyond its own paragraph. Optional members are absent where not wired. */
export interface QaContext {
  readonly paragraphs: readonly Paragraph[];
  /** Settings the checks own (englishVariant, …), as strings. */
  readonly settings: Readonly<Record<string, string | number | boolean>>;
  /** Per-run memo so document-wide checks (consistency) compute their tables once. */
  readonly memo: Map<string, unknown>;
  /** The document's enabled glossaries, as matches in an Arabic text (the glossary check). */
  readonly glossary?: { match(source: string): GlossaryMatch[] };
  /** An English dictionary (loaded in the main process; the `spelling` check is quiet without one). */
  readonly speller?: Speller;
  /** Words never flagged by `spelling`, lower case: the glossary's English, names, the personal word list. */
  readonly knownWords?: ReadonlySet<string>;
}

/** US or UK English: the setting `qa.englishVariant`. */
export type EnglishVariant = 'en-US' | 'en-GB';

/** What the `spelling` check needs of a dictionary (nspell has this shape). */
export interface Speller {
  /** The dictionary's own variant (en-GB may be served by the US dictionary where the British one is missing). */
  readonly variant?: EnglishVariant;
  correct(word: string): boolean;
  suggest(word: string): string[];
}

export interface QaCheck<C extends QaContext = QaContext> {
  readonly id: string;
  run(paragraph: Paragraph, context: C): QaFlag[];
}

/** A short, stable hash (FNV-1a, 32 bits, base 36) of a string. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The key of a flag: the check, what it is about, and a hash of both texts of the paragraph. */
export function flagKey(check: string, about: string, paragraph: Pick<Paragraph, 'source' | 'target'>): string {
  return `${check}:${about}:${textHash(paragraph.source)}.${textHash(paragraph.target)}`;
}
