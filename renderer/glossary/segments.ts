/** Pure helpers over a paragraph's glossary matches: text segments for rendering, the terms in order. */
import type { MatchView } from '../../core/api/contract';

export interface Segment {
  /** Offset of the segment in the paragraph: a stable React key. */
  start: number;
  text: string;
  match?: MatchView;
}

/**
 * Splits the paragraph at the match offsets. The pieces stay adjacent inline content of one element, so the
 * Arabic remains one bidi paragraph and shaping joins across the span edges. Overlaps (not expected from the
 * matcher, which resolves them leftmost-longest) are skipped rather than duplicating text.
 */
export function splitSegments(text: string, matches: readonly MatchView[]): Segment[] {
  if (matches.length === 0) return [{ start: 0, text }];
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at || m.end > text.length || m.end <= m.start) continue;
    if (m.start > at) out.push({ start: at, text: text.slice(at, m.start) });
    out.push({ start: m.start, text: text.slice(m.start, m.end), match: m });
    at = m.end;
  }
  if (at < text.length) out.push({ start: at, text: text.slice(at) });
  return out;
}

/** Each term once, in the order it first appears in the paragraph: what Alt+1…9 insert. */
export function termsInOrder(matches: readonly MatchView[]): MatchView[] {
  const seen = new Set<string>();
  const out: MatchView[] = [];
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    if (seen.has(m.termId)) continue;
    seen.add(m.termId);
    out.push(m);
  }
  return out;
}

/** Groups matches by paragraph index; rows without matches share one empty array so memoised rows stay put. */
export const NO_MATCHES: readonly MatchView[] = Object.freeze([]);

export function groupByParagraph(matches: readonly MatchView[]): Map<number, MatchView[]> {
  const map = new Map<number, MatchView[]>();
  for (const m of matches) {
    const list = map.get(m.paragraph);
    if (list) list.push(m);
    else map.set(m.paragraph, [m]);
  }
  return map;
}
