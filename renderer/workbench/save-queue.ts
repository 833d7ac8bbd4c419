/**
 * Autosave: edits are saved 400 ms after the last keystroke (under the 500 ms promise), and at once on
 * blur, row change, confirm and close. Saves run one after another so a later edit never loses to an
 * earlier one. A failed save keeps its text (and its confirm) for a retry, unless newer text for the same
 * row was typed since; `flush()` rejects while anything could not be saved, so nobody leaves with it.
 */
import type { Input, ParagraphUpdate } from '../../core/api/contract';

/** How a row reaches the store (the API's paragraph.update); passed in so the queue can be tested alone. */
export type SaveParagraph = (input: Input<'paragraph.update'>) => Promise<ParagraphUpdate>;

export const AUTOSAVE_DELAY_MS = 400;
const RETRY_MS = 3000;
export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

interface PendingEdit {
  target: string;
  confirm: boolean;
}

export class SaveQueue {
  private readonly pending = new Map<number, PendingEdit>();
  /** The newest edit number per row: an older save that fails must not come back over newer text. */
  private readonly newest = new Map<number, number>();
  private sequence = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();
  private inFlight = 0;
  private lastError: string | null = null;

  constructor(
    private readonly save: SaveParagraph,
    private readonly documentId: string,
    private readonly onState: (s: SaveState) => void,
    private readonly onSaved: (u: ParagraphUpdate) => void,
  ) {}

  /** True while something typed is not stored yet. */
  get busy(): boolean {
    return this.pending.size > 0 || this.inFlight > 0;
  }

  /** A keystroke: remember the text and (re)start the timer. */
  edit(index: number, target: string): void {
    this.pending.set(index, { target, confirm: false });
    this.newest.set(index, ++this.sequence);
    this.onState({ kind: 'saving' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush().catch(() => undefined), AUTOSAVE_DELAY_MS);
  }

  /** Confirms a row with its final text (Ctrl+Enter). */
  confirm(index: number, target: string): Promise<void> {
    this.pending.set(index, { target, confirm: true });
    this.newest.set(index, ++this.sequence);
    return this.flush();
  }

  /** Saves everything typed so far; resolves when it is stored, rejects if some of it could not be. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    clearTimeout(this.retry);
    const batch = [...this.pending.entries()];
    this.pending.clear();
    for (const [index, edit] of batch) this.enqueue(index, edit, this.newest.get(index) ?? 0);
    await this.chain;
    if (this.pending.size > 0) throw new Error(this.lastError ?? 'not saved');
  }

  /** The page is closing: send what is pending now, without waiting for the queue (keepalive requests). */
  sendNow(): void {
    for (const [index, edit] of this.pending) {
      void this.save({ documentId: this.documentId, index, target: edit.target, confirm: edit.confirm }).catch(() => undefined);
    }
    this.pending.clear();
  }

  private enqueue(index: number, edit: PendingEdit, seq: number): void {
    this.inFlight++;
    this.onState({ kind: 'saving' });
    this.chain = this.chain.then(async () => {
      try {
        const u = await this.save({
          documentId: this.documentId,
          index,
          target: edit.target,
          confirm: edit.confirm,
        });
        this.lastError = null;
        this.onSaved(u);
      } catch (e) {
        this.lastError = (e as Error).message;
        // Keep the text for a retry, unless the translator typed something newer for this row since.
        if (this.newest.get(index) === seq && !this.pending.has(index)) this.pending.set(index, edit);
        clearTimeout(this.retry);
        this.retry = setTimeout(() => void this.flush().catch(() => undefined), RETRY_MS);
      } finally {
        this.inFlight--;
        if (this.inFlight === 0) {
          if (this.lastError !== null && this.pending.size > 0) this.onState({ kind: 'failed', message: this.lastError });
          else if (this.pending.size === 0) this.onState({ kind: 'saved' });
        }
      }
    });
  }
}
