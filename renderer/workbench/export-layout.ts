/**
 * The bilingual layout's switches in the export dialog: a client's copy by default (no progress line, no
 * appendix, no status column), the desk's copy one click away, and the last choice remembered in this browser
 * (the desktop app's window too) so the next export starts from it.
 */
export interface ExportLayout {
  numberColumn: boolean;
  statusColumn: boolean;
  header: boolean;
  progressLine: boolean;
  glossaryAppendix: boolean;
  commentsColumn: boolean;
}

export const CLIENT_COPY: ExportLayout = {
  numberColumn: true, // the review round trip finds rows by number
  statusColumn: false,
  header: true,
  progressLine: false,
  glossaryAppendix: false,
  commentsColumn: false,
};

export const DESK_COPY: ExportLayout = {
  numberColumn: true,
  statusColumn: true,
  header: true,
  progressLine: true,
  glossaryAppendix: true,
  commentsColumn: true,
};

const KEY = 'dragoman.exportLayout.v1';

/** The layout last used, each switch checked; anything missing or malformed is the client's copy's. */
export function loadLayout(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): ExportLayout {
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.getItem(KEY) ?? 'null');
  } catch {
    stored = null;
  }
  const out = { ...CLIENT_COPY };
  if (stored && typeof stored === 'object') {
    for (const k of Object.keys(out) as Array<keyof ExportLayout>) {
      const v = (stored as Record<string, unknown>)[k];
      if (typeof v === 'boolean') out[k] = v;
    }
  }
  return out;
}

export function saveLayout(
  layout: ExportLayout,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(KEY, JSON.stringify(layout));
  } catch {
    // Storage full or refused (a private window): the next export starts from the client's copy.
  }
}
