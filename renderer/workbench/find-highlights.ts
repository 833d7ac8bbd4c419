/**
 * Search hits painted in the rows with the CSS Custom Highlight API: ranges over the Arabic cell's text
 * nodes, so the row's DOM (and the glossary's spans in it) stays as React made it. The English is a textarea,
 * whose text no range can reach: its hits are painted on the editor's mirror (`target-mirror`, a copy of its
 * text laid out the same, behind the transparent textarea), and the current one is also selected in it. The
 * row is marked too (`data-hit`). Re-run when rows mount or unmount (scrolling a virtualized list).
 * Inline codes are one character in the stored text and on screen (placeholders.ts): offsets hold for both.
 */
import type { SearchHit } from '../../core/api/contract';
import { toDisplay } from '../editor/placeholders';

const ALL = 'find-hit';
const CURRENT = 'find-current';

interface HighlightRegistryLike {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

function registry(): { reg: HighlightRegistryLike; Ctor: HighlightCtor } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const Ctor = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Ctor ? { reg: css.highlights, Ctor } : null;
}

/** A DOM range over `start…end` of the element's text (its text nodes in order). */
function rangeIn(el: HTMLElement, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.textContent?.length ?? 0;
    if (!started && start < offset + len) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + len) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += len;
  }
  return null;
}

export function paintHits(
  root: HTMLElement | null,
  byParagraph: ReadonlyMap<number, readonly SearchHit[]>,
  current: SearchHit | undefined,
): void {
  const r = registry();
  if (!root) return;
  const all: Range[] = [];
  const cur: Range[] = [];
  for (const row of root.querySelectorAll<HTMLElement>('[data-testid=row]')) {
    const index = Number(row.dataset.index);
    const hits = byParagraph.get(index);
    const mark = hits ? (current?.paragraph === index ? 'current' : 'true') : undefined;
    if (row.dataset.hit !== mark) {
      if (mark) row.dataset.hit = mark;
      else delete row.dataset.hit;
    }
    if (!hits || !r) continue;
    const source = row.querySelector<HTMLElement>('[data-testid=source]');
    const mirror = row.querySelector<HTMLElement>('[data-testid=target-mirror]');
    for (const h of hits) {
      const cell = h.side === 'ar' ? source : mirror;
      // An English hit typed over since the search is left out until the hits are asked again.
      if (!cell || (h.side === 'en' && cell.textContent?.slice(h.start, h.end) !== toDisplay(h.text))) continue;
      const range = rangeIn(cell, h.start, h.end);
      if (!range) continue;
      if (h === current) cur.push(range);
      else all.push(range);
    }
  }
  if (!r) return;
  r.reg.set(ALL, new r.Ctor(...all));
  r.reg.set(CURRENT, new r.Ctor(...cur));
}

export function clearHits(root: HTMLElement | null): void {
  const r = registry();
  r?.reg.delete(ALL);
  r?.reg.delete(CURRENT);
  root?.querySelectorAll<HTMLElement>('[data-hit]').forEach((el) => delete el.dataset.hit);
}

/** Selects an English hit in its row's editor (shown once the editor has focus). */
export function selectInEditor(root: HTMLElement | null, hit: SearchHit): void {
  if (hit.side !== 'en' || !root) return;
  const ta = root.querySelector<HTMLTextAreaElement>(
    `[data-testid=row][data-index="${hit.paragraph}"] [data-testid=target]`,
  );
  ta?.setSelectionRange(hit.start, hit.end);
}
