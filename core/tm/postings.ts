/**
 * Posting lists of the memory's index: ascending unit rowids, each stored as the varint of its distance from the
 * previous one (7 bits a byte, high bit = more), so a list of common-word units costs one or two bytes a unit and
 * new units are appended without decoding what is there.
 */

export function encodeDeltas(rowids: readonly number[], after: number): Uint8Array {
  const out = new Uint8Array(rowids.length * 5);
  let n = 0;
  let prev = after;
  for (const r of rowids) {
    let d = r - prev;
    prev = r;
    while (d >= 0x80) {
      out[n++] = (d & 0x7f) | 0x80;
      d = Math.floor(d / 128);
    }
    out[n++] = d;
  }
  return out.subarray(0, n);
}

export function decodeDeltas(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let prev = 0;
  let v = 0;
  let mul = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    v += (b & 0x7f) * mul;
    if (b & 0x80) mul *= 128;
    else {
      prev += v;
      out.push(prev);
      v = 0;
      mul = 1;
    }
  }
  return out;
}

/** Intersects ascending lists (smallest first keeps it cheap). */
export function intersect(lists: number[][]): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let acc = sorted[0]!;
  for (const l of sorted.slice(1)) {
    const set = new Set(l);
    acc = acc.filter((x) => set.has(x));
    if (acc.length === 0) break;
  }
  return acc;
}

/** Merges ascending lists into one ascending list without duplicates. */
export function union(lists: number[][]): number[] {
  if (lists.length === 1) return lists[0]!;
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}
