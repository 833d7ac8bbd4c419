/**
 * The `date` check: month names (Gregorian in every Arabic system, Hijri) and weekdays. A month or weekday of the
 * Arabic rendered as another is flagged with both names; one dropped or added is flagged too. A Hijri date may stay
 * Hijri (Muharram 1446) or be converted: a Gregorian date given for it must be its umalqura conversion within a
 * day (or fall in the Hijri month when no day is given); kept Hijri, its day and year must be the Arabic's. Gregorian
 * years are numbers: a changed year is the `number` check's.
 */
import { AR_GREGORIAN, AR_HIJRI, AR_WEEKDAYS, EN_GREGORIAN, EN_WEEKDAYS } from '../text/calendar-names';
import type { DateHit } from '../text/dates';
import { arabicDates, englishDates, formatGregorian, hijriMonthRange, hijriToGregorian } from '../text/dates';
import type { QaCheck, QaFlag } from '../types';
import { checkable, makeFlag } from './flag';

const DAY_MS = 86_400_000;
const HIJRI_EN = [
  'Muharram',
  'Safar',
  'Rabi al-Awwal',
  'Rabi al-Thani',
  'Jumada al-Ula',
  'Jumada al-Akhira',
  'Rajab',
  'Shaban',
  'Ramadan',
  'Shawwal',
  'Dhu al-Qadah',
  'Dhu al-Hijjah',
];

function englishName(h: Pick<DateHit, 'calendar' | 'month'>): string {
  if (h.calendar === 'weekday') return EN_WEEKDAYS[h.month]!;
  return h.calendar === 'hijri' ? HIJRI_EN[h.month - 1]! : EN_GREGORIAN[h.month - 1]!;
}
function arabicName(h: Pick<DateHit, 'calendar' | 'month'>): string {
  if (h.calendar === 'weekday') return AR_WEEKDAYS[h.month]![0]!;
  return (h.calendar === 'hijri' ? AR_HIJRI : AR_GREGORIAN)[h.month - 1]![0]!;
}

const same = (a: DateHit, b: DateHit): boolean => a.calendar === b.calendar && a.month === b.month;

/** The Gregorian days a Hijri hit may be rendered as: its day ±1, or its whole month. */
function gregorianWindow(h: DateHit): [number, number] | undefined {
  if (h.year === undefined) return undefined;
  if (h.day !== undefined) {
    const ms = hijriToGregorian(h.year, h.month, h.day);
    return ms === undefined ? undefined : [ms - DAY_MS, ms + DAY_MS];
  }
  return hijriMonthRange(h.year, h.month);
}

/** Whether an English Gregorian hit (its year taken from the window when it has none) falls in the window. */
function inWindow(e: DateHit, [from, to]: [number, number]): boolean {
  const years =
    e.year !== undefined ? [e.year] : [...new Set([new Date(from).getUTCFullYear(), new Date(to).getUTCFullYear()])];
  return years.some((y) => {
    const start = Date.UTC(y, e.month - 1, e.day ?? 1);
    const end = e.day !== undefined ? start : Date.UTC(y, e.month, 0);
    return start <= to && end >= from;
  });
}

export const dateCheck: QaCheck = {
  id: 'date',
  run(p) {
    if (!checkable(p)) return [];
    const ar = arabicDates(p.source);
    const en = englishDates(p.target);
    if (ar.length === 0 && en.length === 0) return [];
    const flags: QaFlag[] = [];
    const usedEn = new Set<DateHit>();

    // Hijri dates: converted (a Gregorian date the Arabic does not give itself must be the conversion), or kept
    // Hijri. Dates with a year come first: only they can be checked.
    const hijri = ar
      .filter((x) => x.calendar === 'hijri' && x.strict)
      .sort((a, b) => Number(b.year !== undefined) - Number(a.year !== undefined));
    for (const h of hijri) {
      const kept = en.find((e) => same(e, h));
      if (kept) usedEn.add(kept);
      const candidates = en.filter(
        (e) => e.calendar === 'gregorian' && e.strict && !ar.some((a) => same(a, e)) && !usedEn.has(e),
      );
      const window = gregorianWindow(h);
      if (window && candidates.length > 0) {
        const right = candidates.find((e) => inWindow(e, window));
        if (right) {
          usedEn.add(right);
          continue;
        }
        const wrong = candidates[0]!;
        usedEn.add(wrong);
        const expected =
          h.day !== undefined ? formatGregorian(window[0] + DAY_MS, true) : formatGregorian(window[0], false);
        flags.push(
          makeFlag('date', p, {
            kind: 'hijri-converted',
            about: `${h.month}:${h.start}`,
            message: `the Hijri ${h.text} is ${wrong.text} in the English, but it is ${expected}`,
            side: 'en',
            start: wrong.start,
            end: wrong.end,
            source: h.text,
            target: wrong.text,
            params: { expected, name: englishName(h) },
          }),
        );
        continue;
      }
      if (kept) {
        // Kept Hijri: its day and year are the Arabic's (the number check leaves a Hijri date's numbers to us).
        const wrongYear = h.year !== undefined && kept.year !== undefined && kept.year !== h.year;
        const wrongDay = h.day !== undefined && kept.day !== undefined && kept.day !== h.day;
        if (wrongYear || wrongDay) {
          flags.push(
            makeFlag('date', p, {
              kind: 'hijri-kept',
              about: `k${h.month}:${h.start}`,
              message: `the Hijri ${h.text} is ${kept.text} in the English`,
              side: 'en',
              start: kept.start,
              end: kept.end,
              source: h.text,
              target: kept.text,
              params: { name: englishName(h) },
            }),
          );
        }
        continue;
      }
      // No year: the conversion cannot be checked; a Gregorian month in its place is taken as meant.
      if (!window && candidates[0]) {
        usedEn.add(candidates[0]);
        continue;
      }
      const expected = window
        ? h.day !== undefined
          ? formatGregorian(window[0] + DAY_MS, true)
          : formatGregorian(window[0], false)
        : '';
      flags.push(
        makeFlag('date', p, {
          kind: window ? 'hijri-dropped' : 'dropped',
          about: `h${h.month}:${h.start}`,
          message: `the Arabic's ${h.text} is missing from the English (${englishName(h)}${expected ? `, or ${expected}` : ''})`,
          side: 'ar',
          start: h.start,
          end: h.end,
          source: h.text,
          params: { name: englishName(h), expected },
        }),
      );
    }

    // Gregorian months and weekdays (and a Hijri month only the English names): named on one side, the same must be named on the other.
    for (const calendar of ['gregorian', 'weekday', 'hijri'] as const) {
      const missing = ar.filter(
        (a, i) =>
          a.calendar === calendar &&
          calendar !== 'hijri' &&
          a.strict &&
          !en.some((e) => same(e, a)) &&
          !ar.slice(0, i).some((b) => same(a, b)),
      ); // آذار/مارس is one month
      const added = en.filter(
        (e, i) =>
          e.calendar === calendar &&
          e.strict &&
          !usedEn.has(e) &&
          !ar.some((a) => same(a, e)) &&
          !en.slice(0, i).some((b) => same(e, b)),
      );
      const pairs = Math.min(missing.length, added.length);
      for (let i = 0; i < pairs; i++) {
        const a = missing[i]!;
        const e = added[i]!;
        flags.push(
          makeFlag('date', p, {
            kind: 'changed',
            about: `${calendar}:${a.month}>${e.month}:${e.start}`,
            message: `the Arabic's ${a.text} (${englishName(a)}) is ${e.text} in the English`,
            side: 'en',
            start: e.start,
            end: e.end,
            source: a.text,
            target: e.text,
            params: { name: englishName(a) },
          }),
        );
      }
      for (const a of missing.slice(pairs)) {
        flags.push(
          makeFlag('date', p, {
            kind: 'dropped',
            about: `${calendar}:${a.month}:${a.start}`,
            message: `the Arabic's ${a.text} is missing from the English (${englishName(a)})`,
            side: 'ar',
            start: a.start,
            end: a.end,
            source: a.text,
            params: { name: englishName(a) },
          }),
        );
      }
      for (const e of added.slice(pairs)) {
        flags.push(
          makeFlag('date', p, {
            kind: 'added',
            about: `${calendar}:${e.month}:${e.start}`,
            message: `the English has ${e.text}, which the Arabic does not name (${arabicName(e)})`,
            side: 'en',
            start: e.start,
            end: e.end,
            target: e.text,
            params: { name: arabicName(e) },
          }),
        );
      }
    }
    return flags;
  },
};
