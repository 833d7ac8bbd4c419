/** What a search asks for and what it finds: shared by the Arabic and English finders, the service and the UI. */

export type SearchSide = 'ar' | 'en' | 'both';

export interface SearchOptions {
  /** English only: off by default. */
  matchCase?: boolean | undefined;
  /** English only: the hit must not touch a letter or digit on either side. */
  wholeWord?: boolean | undefined;
  /** Arabic only: "any part of a word" (جوزجان then finds جوزجانية too). */
  partial?: boolean | undefined;
  /** JavaScript syntax, run on the text as stored (no Arabic normalisation). */
  regex?: boolean | undefined;
}

/** A hit: UTF-16 offsets into the stored text, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

export class SearchSyntaxError extends Error {
  override readonly name = 'SearchSyntaxError';
}
