/** Arabic text helpers shared by the glossary, search and name discovery. */
export { normalizeArabic, stripArabicMarks } from './normalize';
export { cliticReadings, keyReadings, readingBaseKey, stripClitics } from './clitics';
export type { ArticleForm, CliticReading, KeyReading } from './clitics';
export { FUNCTION_WORDS, isFunctionWord } from './function-words';
export { splitJoinedForm, splitJoinedName } from './joined-names';
export { scanWords, letterOffsets } from './scan';
export type { ScannedWords } from './scan';
