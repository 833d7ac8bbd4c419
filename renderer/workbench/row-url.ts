/**
 * The workbench's address: `#/doc/ID` or `#/doc/ID/row/N`, N counting from 1 as the UI shows rows (the API
 * and the CLI count paragraphs from 0). QA and search results link to rows this way.
 */
export interface DocLocation {
  documentId: string;
  /** Counted from 1; undefined when the address names no row. */
  row?: number | undefined;
}

export function parseDocHash(hash: string): DocLocation | null {
  const m = /^#\/doc\/([^/]+)(?:\/row\/(\d{1,9}))?\/?$/.exec(hash);
  if (!m) return null;
  const row = m[2] === undefined ? undefined : Number(m[2]);
  return { documentId: decodeURIComponent(m[1]!), row: row !== undefined && row >= 1 ? row : undefined };
}

/** The address of a row given by its index counted from 0 (as the API gives it). */
export function rowHref(documentId: string, index?: number): string {
  const doc = `#/doc/${encodeURIComponent(documentId)}`;
  return index === undefined ? doc : `${doc}/row/${index + 1}`;
}
