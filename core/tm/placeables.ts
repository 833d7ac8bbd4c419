/**
 * Numbers are placeables: when a unit differs from the looked-up Arabic only in its numbers, the English it offers
 * has the new numbers put in. A number of the English is replaced when its value is the unit's old value; it keeps
 * the English's own way of writing it (1,250 stays grouped, 1250 plain).
 */
import type { NumberSwap } from './score';

const EN_NUMBER = /(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])/g;

function valueOf(written: string): string {
  return written.replace(/,(?=\d{3}(?!\d))/g, '');
}

function write(value: string, grouped: boolean): string {
  if (!grouped) return value;
  const [int, frac] = value.split('.');
  const g = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? g : `${g}.${frac}`;
}

export interface Placed {
  target: string;
  /** The swaps actually made in the English (a number the English does not contain cannot be put in). */
  placed: NumberSwap[];
}

export function placeNumbers(target: string, swaps: readonly NumberSwap[]): Placed {
  if (swaps.length === 0) return { target, placed: [] };
  const pending = [...swaps];
  const placed: NumberSwap[] = [];
  const out = target.replace(EN_NUMBER, (written) => {
    const v = valueOf(written);
    const k = pending.findIndex((s) => s.from === v);
    if (k < 0) return written;
    const swap = pending.splice(k, 1)[0]!;
    placed.push(swap);
    return write(swap.to, written.includes(',') || (v.length > 4 && /,/.test(target)));
  });
  return { target: out, placed };
}
