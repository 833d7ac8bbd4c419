/** Search and replace over a document's texts: Arabic normalised and clitic-aware, English by case and word. */
export { arabicQuery, findArabic } from './arabic';
export type { ArabicQuery } from './arabic';
export { createFinder, searchParagraphs } from './find';
export type { Finder, SearchHit } from './find';
export { compileQuery, escapeRegex, regexSpans } from './regex';
export { inlineCodeProblem, replaceText } from './replace';
export type { ReplaceOptions } from './replace';
export { SearchSyntaxError } from './types';
export type { SearchOptions, SearchSide, Span } from './types';
