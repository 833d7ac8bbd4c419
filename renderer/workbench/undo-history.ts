/**
 * The workbench's undo history, pure so it can be tested: typing in a row's English coalesces into word-sized
 * steps (a word with the spaces after it); a glossary or memory insert, a completion, a confirmation and a replacement are one step each.
 * One history per open document (it survives moving between rows); a new step clears what could be redone.
 */
import type { ReplacedRow } from '../../core/api/contract';
import type { Status } from '../../core/model';

export type UndoStep =
  | { kind: 'text'; index: number; before: string; after: string; typing: boolean }
  | { kind: 'status'; index: number; target: string; before: Status; after: Status }
  | { kind: 'replace'; rows: readonly ReplacedRow[] };

const LIMIT = 500;
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/** The one character a keystroke typed (or deleted), or null when the edit is bigger (an insert, a paste). */
export function typedChange(before: string, after: string): { char: string; inserted: boolean } | null {
  const d = after.length - before.length;
  if (d !== 1 && d !== -1) return null;
  const [long, short] = d === 1 ? [after, before] : [before, after];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (long.slice(i + 1) !== short.slice(i)) return null;
  return { char: long[i]!, inserted: d === 1 };
}

export class UndoHistory {
  private done: UndoStep[] = [];
  private undone: UndoStep[] = [];
  /** The last character typed into the top step (a space after a word starts a new step). */
  private lastTyped: string | undefined;
  /** The top step holds a letter already (not only spaces). */
  private hasWord = false;

  /** An edit of a row's English, as the editor or an insert made it. */
  text(index: number, before: string, after: string): void {
    if (before === after) return;
    const typed = typedChange(before, after);
    const top = this.done[this.done.length - 1];
    const merge =
      typed !== null &&
      top?.kind === 'text' &&
      top.typing &&
      top.index === index &&
      top.after === before &&
      // A word and the spaces after it go together: a letter typed after a space begins the next step.
      // (Spaces typed before any word belong to the word that follows.)
      !(!isSpace(typed.char) && isSpace(this.lastTyped) && this.hasWord);
    if (merge) {
      top.after = after;
    } else {
      this.push({ kind: 'text', index, before, after, typing: typed !== null });
    }
    this.lastTyped = typed?.char;
    this.hasWord = (merge && this.hasWord) || (typed !== null && !isSpace(typed.char));
  }

  push(step: UndoStep): void {
    this.done.push(step);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
    this.lastTyped = undefined;
  }

  undo(): UndoStep | undefined {
    const step = this.done.pop();
    if (step) this.undone.push(step);
    this.lastTyped = undefined;
    return step;
  }

  redo(): UndoStep | undefined {
    const step = this.undone.pop();
    if (step) this.done.push(step);
    this.lastTyped = undefined;
    return step;
  }

  /** A step that could not be applied (the row changed elsewhere) is dropped, not retried forever. */
  drop(step: UndoStep): void {
    this.done = this.done.filter((s) => s !== step);
    this.undone = this.undone.filter((s) => s !== step);
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }
}
