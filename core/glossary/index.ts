/** Glossary: terms, the index and matcher, QA, and CSV/TBX exchange. Pure: no Node, DOM or database. */
export { TERM_KINDS, PROPER_KINDS, isTermKind } from './types';
export type { GlossaryMatch, GlossaryTerm, TermKind } from './types';
export { buildGlossaryIndex } from './build-index';
export type { GlossaryIndex, GlossaryIndexOptions, IndexEntry } from './build-index';
export { foldKind, foldVerdict } from './homograph-guard';
export type { FoldKind, FoldVerdict } from './homograph-guard';
export { shortTermSpellings } from './short-terms';
export { matchText } from './matcher';
export { termForms, termKey } from './term-key';
export { preferredTarget, targetAlternatives } from './target';
export { checkConsistency, targetFound } from './consistency';
export { cliticReadings, stripClitics } from '../arabic/clitics';
export type { CliticReading } from '../arabic/clitics';
export { FUNCTION_WORDS, isFunctionWord } from '../arabic/function-words';
export { FOLD_HOMOGRAPHS } from '../arabic/homographs';
export { parseGlossaryCsv, glossaryToCsv } from './csv';
export type { GlossaryParseError, GlossaryParseResult, ParsedTerm } from './parse-result';
export { parseTbx, glossaryToTbx } from './tbx';
