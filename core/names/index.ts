/** Name discovery: proper names in a document that the glossary does not cover yet. Pure: no Node, DOM or database. */
export { discoverNames } from './discover';
export type { DiscoverOptions, NameCandidate, NameOccurrence } from './discover';
export { wordListFrom, wordListFromLookup } from './word-list';
export type { WordList } from './word-list';
export type { NameKind } from './cues';
