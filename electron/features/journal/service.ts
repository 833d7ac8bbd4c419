/**
 * The journal feature (desktop app): unsent edits in a file beside the workspace, `<workspace>.journal`,
 * one JSON line per put or removal, each written and flushed to disk before the call returns, so a crash
 * of the app keeps every keystroke the renderer handed over. The file is rewritten whole (to a temporary
 * file, then renamed) once it holds many more lines than live entries.
 */
import {
  closeSync,
  existsSync,
  fdatasyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import type { JournalEntryView } from '../../../core/api/contract';

export interface JournalService {
  put(entry: JournalEntryView): { ok: true };
  remove(input: { documentId: string; index: number; tab: string; seq: number }): { ok: true };
  list(documentId: string): JournalEntryView[];
  close(): void;
}

type Line = { op: 'put'; entry: JournalEntryView } | { op: 'del'; documentId: string; index: number };

const key = (documentId: string, index: number): string => `${documentId}\u0000${index}`;
const COMPACT_AFTER = 2000;

/** `file` undefined: an in-memory journal (a `:memory:` workspace). */
export function createJournalService(file: string | undefined): JournalService {
  const entries = new Map<string, JournalEntryView>();
  let lines = 0;
  if (file && existsSync(file)) {
    for (const text of readFileSync(file, 'utf8').split('\n')) {
      if (!text.trim()) continue;
      let line: Line;
      try {
        line = JSON.parse(text) as Line;
      } catch {
        continue; // a line cut short by a crash: everything before it is whole
      }
      if (line.op === 'put') entries.set(key(line.entry.documentId, line.entry.index), line.entry);
      else entries.delete(key(line.documentId, line.index));
      lines++;
    }
  }
  let fd = file ? openSync(file, 'a', 0o600) : undefined;
  const append = (line: Line): void => {
    if (fd === undefined || !file) return;
    writeSync(fd, `${JSON.stringify(line)}\n`);
    fdatasyncSync(fd);
    if (++lines > COMPACT_AFTER && lines > entries.size * 4) {
      const tmp = `${file}.tmp`;
      writeFileSync(tmp, [...entries.values()].map((entry) => `${JSON.stringify({ op: 'put', entry })}\n`).join(''), {
        mode: 0o600,
      });
      closeSync(fd);
      renameSync(tmp, file);
      fd = openSync(file, 'a', 0o600);
      lines = entries.size;
    }
  };
  return {
    put(entry) {
      entries.set(key(entry.documentId, entry.index), entry);
      append({ op: 'put', entry });
      return { ok: true };
    },
    remove({ documentId, index, tab, seq }) {
      const current = entries.get(key(documentId, index));
      if (current && current.tab === tab && current.seq <= seq) {
        entries.delete(key(documentId, index));
        append({ op: 'del', documentId, index });
      }
      return { ok: true };
    },
    list: (documentId) =>
      [...entries.values()].filter((e) => e.documentId === documentId).sort((a, b) => a.index - b.index),
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
