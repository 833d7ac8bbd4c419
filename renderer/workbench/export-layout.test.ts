import { describe, expect, it } from 'vitest';
import { CLIENT_COPY, DESK_COPY, loadLayout, saveLayout } from './export-layout';

function memory(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: () => null,
    length: 0,
  };
}

describe('the export dialog’s layout', () => {
  it('starts as a client’s copy: no progress line, no appendix, no status column, numbers kept for the review', () => {
    expect(loadLayout(memory())).toEqual(CLIENT_COPY);
    expect(CLIENT_COPY).toMatchObject({
      progressLine: false,
      glossaryAppendix: false,
      statusColumn: false,
      numberColumn: true,
    });
  });

  it('remembers the last layout, switch by switch; a malformed entry reads as the client’s copy', () => {
    const s = memory();
    saveLayout(DESK_COPY, s);
    expect(loadLayout(s)).toEqual(DESK_COPY);
    s.setItem('dragoman.exportLayout.v1', JSON.stringify({ statusColumn: true, header: 'yes' }));
    expect(loadLayout(s)).toEqual({ ...CLIENT_COPY, statusColumn: true });
    s.setItem('dragoman.exportLayout.v1', '{not json');
    expect(loadLayout(s)).toEqual(CLIENT_COPY);
  });
});
