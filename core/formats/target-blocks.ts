/**
 * The English text alone, grouped back into the structure the source had (headings, lists, tables), for the
 * target-only exports. Untranslated paragraphs have no English and are left out. A plain-text article's first
 * paragraph is its headline when it reads as one (short, no end punctuation): it becomes a level-1 heading.
 */
import type { DocumentFull, ParagraphRole } from '../model';
import { stripPlaceholders } from './placeholders';

export type TargetBlock =
  | { kind: 'body'; text: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'list-item'; ordered: boolean; level: number; number: number; text: string }
  | { kind: 'table'; rows: string[][] };

const HEADLINE_MAX_WORDS = 20;
const HEADLINE_MAX_CHARS = 160;

/** A headline: one line, at most 20 words, not ending like a sentence (closing quotes and brackets looked past). */
export function isHeadline(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.includes('\n') || t.length > HEADLINE_MAX_CHARS || t.split(/\s+/).length > HEADLINE_MAX_WORDS)
    return false;
  const end = t.replace(/["'”’»)\]]+$/u, '');
  return !/[.!?;:,…،؛؟]$/u.test(end);
}

export function targetBlocks(doc: DocumentFull): TargetBlock[] {
  const out: TargetBlock[] = [];
  // Numbering of ordered lists restarts whenever a non-list paragraph interrupts the list.
  let counters: number[] = [];
  let table: { rows: string[][] } | undefined;
  let lastRow = -1;

  for (const p of doc.paragraphList) {
    const text = p.status === 'untranslated' ? '' : stripPlaceholders(p.target).trim();
    if (text === '') continue;
    const role: ParagraphRole = p.role ?? { kind: 'body' };
    if (role.kind !== 'table-cell') table = undefined;
    if (role.kind !== 'list-item') counters = [];
    switch (role.kind) {
      case 'heading':
        out.push({ kind: 'heading', level: Math.min(6, Math.max(1, role.level)), text });
        break;
      case 'list-item': {
        const level = Math.max(1, role.level);
        counters = counters.slice(0, level);
        while (counters.length < level) counters.push(0);
        counters[level - 1]! += 1;
        out.push({ kind: 'list-item', ordered: role.ordered, level, number: counters[level - 1]!, text });
        break;
      }
      case 'table-cell': {
        // A row index that goes back means a new table started right after the previous one.
        if (!table || role.row < lastRow) {
          table = { rows: [] };
          out.push({ kind: 'table', rows: table.rows });
        }
        lastRow = role.row;
        while (table.rows.length <= role.row) table.rows.push([]);
        const row = table.rows[role.row]!;
        while (row.length <= role.cell) row.push('');
        row[role.cell] = row[role.cell] ? `${row[role.cell]} ${text}` : text;
        break;
      }
      default:
        out.push({ kind: 'body', text });
    }
  }
  const first = out[0];
  if (
    first?.kind === 'body' &&
    doc.paragraphList[0]?.status !== 'untranslated' &&
    isHeadline(first.text) &&
    out.length > 1
  ) {
    out[0] = { kind: 'heading', level: 1, text: first.text };
  }
  // Rows left empty by untranslated cells are dropped; the others are padded to the widest row.
  for (const b of out) {
    if (b.kind !== 'table') continue;
    const filled = b.rows.filter((r) => r.some((c) => c !== ''));
    const width = Math.max(...filled.map((r) => r.length));
    b.rows.splice(0, b.rows.length, ...filled.map((r) => [...r, ...Array<string>(width - r.length).fill('')]));
  }
  return out;
}
