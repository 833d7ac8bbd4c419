/**
 * The `number` check: the numbers of the Arabic and of the English compared as values, whatever the script
 * (see text/numbers.ts). A number dropped, added or changed is flagged with both values. Numbers of a Hijri date
 * are left to the `date` check (a converted date legitimately has other numbers).
 */
import { arabicDates, englishDates, mayHaveHijri } from '../text/dates';
import type { FoundNumber } from '../text/numbers';
import { arabicNumbers, englishNumbers } from '../text/numbers';
import type { QaCheck, QaFlag } from '../types';
import { checkable, makeFlag } from './flag';

const near = (n: FoundNumber, at: { start: number; end: number }): boolean =>
  n.end >= at.start - 12 && n.start <= at.end + 12;

/** Pairs equal values; what is left on each side is unmatched. Soft numbers answer but are never left over. */
export function unmatchedNumbers(ar: FoundNumber[], en: FoundNumber[]): { ar: FoundNumber[]; en: FoundNumber[] } {
  const usedEn = new Set<number>();
  const usedAr = new Set<number>();
  const take = (from: FoundNumber[], used: Set<number>, value: number, hardFirst: boolean): number => {
    let best = -1;
    for (let k = 0; k < from.length; k++) {
      if (used.has(k) || from[k]!.value !== value) continue;
      if (best < 0 || (hardFirst && !from[k]!.soft && from[best]!.soft)) best = k;
    }
    return best;
  };
  ar.forEach((a, i) => {
    if (a.soft) return;
    const k = take(en, usedEn, a.value, true);
    if (k >= 0) {
      usedEn.add(k);
      usedAr.add(i);
    }
  });
  en.forEach((e, k) => {
    if (usedEn.has(k) || e.soft) return;
    const i = take(ar, usedAr, e.value, false);
    if (i >= 0) {
      usedAr.add(i);
      usedEn.add(k);
    }
  });
  return { ar: ar.filter((a, i) => !a.soft && !usedAr.has(i)), en: en.filter((e, k) => !e.soft && !usedEn.has(k)) };
}

export const numberCheck: QaCheck = {
  id: 'number',
  run(p) {
    if (!checkable(p)) return [];
    const hijri = !mayHaveHijri(p.source)
      ? []
      : arabicDates(p.source).filter((h) => h.calendar === 'hijri' && (h.day !== undefined || h.year !== undefined));
    let ar = arabicNumbers(p.source);
    let en = englishNumbers(p.target);
    if (hijri.length > 0) {
      ar = ar.filter((n) => !hijri.some((h) => near(n, h) && (n.value === h.day || n.value === h.year)));
      const dates = englishDates(p.target).filter((h) => h.calendar !== 'weekday');
      en = en.map((n) =>
        dates.some((h) => near(n, h) && (n.value === h.day || n.value === h.year)) ? { ...n, soft: true } : n,
      );
    }
    const left = unmatchedNumbers(ar, en);
    const flags: QaFlag[] = [];
    const pairs = Math.min(left.ar.length, left.en.length);
    for (let i = 0; i < pairs; i++) {
      const a = left.ar[i]!;
      const e = left.en[i]!;
      flags.push(
        makeFlag('number', p, {
          kind: 'changed',
          about: `${a.value}>${e.value}:${e.start}`,
          message: `the Arabic's ${a.text} is ${e.text} in the English`,
          side: 'en',
          start: e.start,
          end: e.end,
          source: a.text,
          target: e.text,
        }),
      );
    }
    for (const a of left.ar.slice(pairs)) {
      flags.push(
        makeFlag('number', p, {
          kind: 'dropped',
          about: `${a.value}:${a.start}`,
          message: `the Arabic's ${a.text} is missing from the English`,
          side: 'ar',
          start: a.start,
          end: a.end,
          source: a.text,
        }),
      );
    }
    for (const e of left.en.slice(pairs)) {
      flags.push(
        makeFlag('number', p, {
          kind: 'added',
          about: `${e.value}:${e.start}`,
          message: `the English has ${e.text}, which the Arabic does not`,
          side: 'en',
          start: e.start,
          end: e.end,
          target: e.text,
        }),
      );
    }
    return flags;
  },
};
