/**
 * Posting lists of the memory's index: ascending unit rowids, each stored as the varint of its distance from the
 * previous one (7 bits a byte, high bit = more), so a list of common-word units costs one or two bytes a unit and
 * new units are appended without decoding what is there.
 */

export function encodeDeltas(rowids: ArrayLike<number>, after: number): Uint8Array {
  const out = new Uint8Array(rowids.length * 5);
  let n = 0;
  let prev = after;
  for (let i = 0; i < rowids.length; i++) {
    const r = rowids[i]!;
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

/** Merges ascending lists into one ascending list without duplicates. */
export function union(lists: number[][]): number[] {
  if (lists.length === 1) return lists[0]!;
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** True when the ascending list holds x (binary search). */
export function holds(list: readonly number[], x: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The rowids present in every group (a group: the lists of one word's readings; present = in any of them),
 * newest (highest) first. Only the smallest group is expanded; the others are asked by binary search.
 */
export function matchingAll(groups: ReadonlyArray<readonly number[][]>): number[] {
  if (groups.length === 0) return [];
  const size = (g: readonly number[][]): number => g.reduce((n, l) => n + l.length, 0);
  const order = [...groups].sort((a, b) => size(a) - size(b));
  const base = union(order[0]! as number[][]);
  const rest = order.slice(1);
  const out: number[] = [];
  for (let i = base.length - 1; i >= 0; i--) {
    const x = base[i]!;
    if (rest.every((g) => g.some((l) => holds(l, x)))) out.push(x);
  }
  return out;
}

/**
 * A posting list read from its newest end: the varints are decoded backwards from the list's last rowid (a
 * varint's last byte is the one without the high bit), so a search that wants the newest few units of a stem
 * held by 100,000 of them reads only the end of its list.
 */
export class NewestFirst {
  /** The current rowid; -1 once the list is exhausted. */
  cur: number;
  private pos: number;
  constructor(
    private readonly bytes: Uint8Array,
    last: number,
  ) {
    this.pos = bytes.length;
    this.cur = bytes.length > 0 ? last : -1;
  }
  /** Moves to the next older rowid. */
  next(): void {
    const b = this.bytes;
    let j = this.pos - 1;
    while (j > 0 && (b[j - 1]! & 0x80) !== 0) j--;
    if (j === 0) {
      this.cur = -1;
      return;
    }
    let d = 0;
    let mul = 1;
    for (let i = j; i < this.pos; i++, mul *= 128) d += (b[i]! & 0x7f) * mul;
    this.cur -= d;
    this.pos = j;
  }
}

/**
 * The rowids present in every group (a group: the lists of one word's readings; present = in any of them), newest
 * first, lazily: the first group (give the smallest first) is walked from its newest end and the others are moved
 * along with it, so taking the newest N reads only the lists' ends.
 */
export function* newestInAll(groups: ReadonlyArray<readonly NewestFirst[]>): Generator<number> {
  const [lead, ...rest] = groups;
  if (!lead) return;
  for (;;) {
    let x = -1;
    for (const c of lead) if (c.cur > x) x = c.cur;
    if (x < 0) return;
    for (const c of lead) if (c.cur === x) c.next();
    let all = true;
    for (const g of rest) {
      let has = false;
      for (const c of g) {
        while (c.cur > x) c.next();
        if (c.cur === x) has = true;
      }
      if (!has) {
        all = false;
        break;
      }
    }
    if (all) yield x;
  }
}
