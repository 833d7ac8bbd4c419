/**
 * Autosave that cannot lose a burst. An edit is saved 400 ms after the last keystroke, but never later than
 * 500 ms after the first unsaved one, even while typing goes on (a debounce with a maximum wait); at once on
 * blur, row change, confirm and close. Before anything is sent, each keystroke's text goes to the journal
 * (journal.ts), which outlives a crash; an entry is removed when the server stored that text.
 *
 * Saves run one after another so a later edit never loses to an earlier one. Each save names the row
 * version it was typed on: text saved elsewhere in the meantime comes back as a conflict for the translator
 * to settle, never overwritten. A failed save keeps its text (and its confirm) for a retry, unless newer
 * text was typed since; a 401 (the server restarted with a new token) waits for the new address instead of
 * retrying in vain. `flush()` rejects while anything could not be saved, so nobody leaves with it.
 */
import type { Input, ParagraphUpdate } from '../../core/api/contract';
import type { Paragraph, ParagraphOrigin } from '../../core/model';
import { ClientError } from '../api/client-error';
import type { Journal, JournalEntry } from './journal';
import { noJournal } from './journal';

/** How a row reaches the store (the API's paragraph.update); passed in so the queue can be tested alone. */
export type SaveParagraph = (input: Input<'paragraph.update'>) => Promise<ParagraphUpdate>;

export const AUTOSAVE_DELAY_MS = 400;
export const AUTOSAVE_MAX_WAIT_MS = 500;
const RETRY_MS = 3000;
export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; message: string };

interface PendingEdit {
  target: string;
  confirm: boolean;
  /** Where the text came from when not typed (`tm:97`: a memory match inserted); a later keystroke drops it. */
  origin?: ParagraphOrigin | undefined;
}

export interface SaveQueueOptions {
  journal?: Journal;
  /** This page load's id, written with each journal entry. */
  tab?: string;
  /** A save met text saved elsewhere since: nothing was written; `theirs` is the row as stored. */
  onConflict?: (index: number, mine: PendingEdit, theirs: Paragraph) => void;
  now?: () => number;
}

export class SaveQueue {
  private readonly pending = new Map<number, PendingEdit>();
  /** The newest edit number per row: an older save that fails must not come back over newer text. */
  private readonly newest = new Map<number, number>();
  /** The stored version of each row as this tab last saw it. */
  private readonly versions = new Map<number, number>();
  /** Text of a row sent and not yet acknowledged: if the answer is lost, the stored row holds it. */
  private readonly sent = new Map<number, string>();
  /** The last journal entry written per row, rewritten when its base version moves. */
  private readonly journaled = new Map<number, JournalEntry>();
  private sequence = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest unsent keystroke was typed (for the maximum wait). */
  private firstUnsentAt: number | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();
  private inFlight = 0;
  private lastError: string | null = null;
  private readonly journal: Journal;
  private readonly tab: string;
  private readonly now: () => number;

  constructor(
    private readonly save: SaveParagraph,
    private readonly documentId: string,
    private readonly onState: (s: SaveState) => void,
    private readonly onSaved: (u: ParagraphUpdate) => void,
    private readonly options: SaveQueueOptions = {},
  ) {
    this.journal = options.journal ?? noJournal;
    this.tab = options.tab ?? 'tab';
    this.now = options.now ?? Date.now;
  }

  /** True while something typed is not stored yet. */
  get busy(): boolean {
    return this.pending.size > 0 || this.inFlight > 0;
  }

  /**
   * The versions of the rows as loaded: every later save names the version it edits. Pages arrive at any
   * time (big documents load in pages), so a page older than a save this tab made never lowers a version.
   */
  load(paragraphs: readonly Pick<Paragraph, 'index' | 'version'>[]): void {
    for (const p of paragraphs) {
      if (p.version !== undefined && p.version > (this.versions.get(p.index) ?? -1))
        this.versions.set(p.index, p.version);
    }
  }

  /** The stored version of a row as this tab last saw it (what its next save names). */
  versionOf(index: number): number | undefined {
    return this.versions.get(index);
  }

  /** The version a row's next save is based on (the translator chose the stored text as the base). */
  rebase(index: number, version: number | undefined): void {
    if (version !== undefined) this.versions.set(index, version);
  }

  /**
   * A row changed in another process: taken as the new base when this tab has nothing unsaved for it
   * (returns true: show the new text); otherwise the pending save will meet it as a conflict.
   */
  remoteChanged(p: Paragraph): boolean {
    if (this.pending.has(p.index) || this.inFlight > 0) return false;
    if (p.version !== undefined && p.version <= (this.versions.get(p.index) ?? -1)) return false;
    this.rebase(p.index, p.version);
    return true;
  }

  /** A keystroke: journal the text, then save within the debounce and the maximum wait. */
  edit(index: number, target: string, confirm = false, origin?: ParagraphOrigin): void {
    this.pending.set(index, origin ? { target, confirm, origin } : { target, confirm });
    const seq = ++this.sequence;
    this.newest.set(index, seq);
    this.writeJournal(index, { target, confirm }, seq);
    this.onState({ kind: 'saving' });
    const now = this.now();
    this.firstUnsentAt ??= now;
    const delay = Math.max(0, Math.min(AUTOSAVE_DELAY_MS, this.firstUnsentAt + AUTOSAVE_MAX_WAIT_MS - now));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush().catch(() => undefined), delay);
  }

  /** Confirms a row with its final text (Ctrl+Enter). */
  confirm(index: number, target: string): Promise<void> {
    this.edit(index, target, true);
    return this.flush();
  }

  /** Saves everything typed so far; resolves when it is stored, rejects if some of it could not be. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    clearTimeout(this.retry);
    this.firstUnsentAt = undefined;
    const batch = [...this.pending.entries()];
    this.pending.clear();
    for (const [index, edit] of batch) this.enqueue(index, edit, this.newest.get(index) ?? 0);
    await this.chain;
    if (this.pending.size > 0) throw new Error(this.lastError ?? 'not saved');
  }

  /** The page is closing: send what is pending now, without waiting for the queue (keepalive requests). */
  sendNow(): void {
    for (const [index, edit] of this.pending) {
      void this.save({
        documentId: this.documentId,
        index,
        target: edit.target,
        confirm: edit.confirm,
        baseVersion: this.versions.get(index),
      }).catch(
        () => undefined, // the journal still has it
      );
    }
    this.pending.clear();
  }

  private writeJournal(index: number, edit: PendingEdit, seq: number): void {
    const entry: JournalEntry = {
      documentId: this.documentId,
      index,
      target: edit.target,
      confirm: edit.confirm,
      baseVersion: this.versions.get(index),
      tab: this.tab,
      seq,
      at: this.now(),
    };
    const sent = this.sent.get(index);
    if (sent !== undefined) entry.sent = sent;
    this.journaled.set(index, entry);
    void this.journal.put(entry).catch(() => undefined); // no journal (private mode): the save still goes out
  }

  private enqueue(index: number, edit: PendingEdit, seq: number): void {
    this.inFlight++;
    this.onState({ kind: 'saving' });
    this.chain = this.chain.then(async () => {
      this.sent.set(index, edit.target);
      try {
        const u = await this.save({
          documentId: this.documentId,
          index,
          target: edit.target,
          confirm: edit.confirm,
          baseVersion: this.versions.get(index),
          ...(edit.origin ? { origin: edit.origin } : {}),
        });
        this.lastError = null;
        if (u.conflict) {
          // Kept in the journal until the translator chooses; no retry would settle it.
          this.options.onConflict?.(index, edit, u.paragraph);
          return;
        }
        this.rebase(index, u.paragraph.version);
        this.sent.delete(index);
        const newer = this.journaled.get(index);
        if (newer && newer.seq > seq) {
          // Text typed while this save was on its way is now based on the version it created.
          const moved: JournalEntry = { ...newer, baseVersion: u.paragraph.version };
          delete moved.sent;
          this.journaled.set(index, moved);
          void this.journal.put(moved).catch(() => undefined);
        } else {
          this.journaled.delete(index);
          void this.journal.remove(this.documentId, index, this.tab, seq).catch(() => undefined);
        }
        this.onSaved(u);
      } catch (e) {
        this.lastError = e instanceof Error ? e.message : String(e);
        // Keep the text for a retry, unless the translator typed something newer for this row since.
        if (this.newest.get(index) === seq && !this.pending.has(index)) this.pending.set(index, edit);
        clearTimeout(this.retry);
        // A 401 cannot succeed until the tab has the restarted server's token (retryNow is called then).
        if (!(e instanceof ClientError && e.code === 'unauthorized')) {
          this.retry = setTimeout(() => void this.flush().catch(() => undefined), RETRY_MS);
        }
      } finally {
        this.inFlight--;
        if (this.inFlight === 0) {
          if (this.lastError !== null && this.pending.size > 0)
            this.onState({ kind: 'failed', message: this.lastError });
          else if (this.pending.size === 0) this.onState({ kind: 'saved' });
        }
      }
    });
  }

  /** The connection is back (or has a new token): save what waits now. */
  retryNow(): void {
    if (this.pending.size > 0) void this.flush().catch(() => undefined);
  }
}
