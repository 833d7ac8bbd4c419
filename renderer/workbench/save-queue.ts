/**
 * Autosave: edits are saved 400 ms after the last keystroke (under the 500 ms promise), and at once on
 * blur, row change, confirm and close. Saves run one after another so a later edit never loses to an
 * earlier one.
 */
import type { ParagraphUpdate } from '../../core/api/contract';
import { call } from '../api/client';

export const AUTOSAVE_DELAY_MS = 400;
export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

export class SaveQueue {
  private readonly pending = new Map<number, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();
  private inFlight = 0;

  constructor(
    private readonly documentId: string,
    private readonly onState: (s: SaveState) => void,
    private readonly onSaved: (u: ParagraphUpdate) => void,
  ) {}

  /** A keystroke: remember the text and (re)start the timer. */
  edit(index: number, target: string): void {
    this.pending.set(index, target);
    this.onState({ kind: 'saving' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** Saves everything typed so far; resolves when it is stored. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const batch = [...this.pending.entries()];
    this.pending.clear();
    for (const [index, target] of batch) this.enqueue(index, target, false);
    return this.chain;
  }

  /** Confirms a row with its final text (Ctrl+Enter). */
  confirm(index: number, target: string): Promise<void> {
    this.pending.delete(index);
    void this.flush();
    this.enqueue(index, target, true);
    return this.chain;
  }

  private enqueue(index: number, target: string, confirm: boolean): void {
    this.inFlight++;
    this.onState({ kind: 'saving' });
    this.chain = this.chain.then(async () => {
      try {
        const u = await call('paragraph.update', { documentId: this.documentId, index, target, confirm });
        this.onSaved(u);
        this.inFlight--;
        if (this.inFlight === 0 && this.pending.size === 0) this.onState({ kind: 'saved' });
      } catch (e) {
        this.inFlight--;
        // Keep the text so the next flush tries again; nothing typed is dropped.
        if (!this.pending.has(index)) this.pending.set(index, target);
        this.onState({ kind: 'failed', message: (e as Error).message });
      }
    });
  }
}
