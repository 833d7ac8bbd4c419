/**
 * Month names (Gregorian in every Arabic system, Hijri) and weekdays found in Arabic and English text, with the
 * day and year written beside them, for the `date` check. A name that is also a word or a person's name (مارس,
 * رجب, May, Ramadan) is `strict` only beside a date (a number, شهر, "month of"); every hit counts when we only
 * ask whether a month is named at all, so "during Ramadan" answers شهر رمضان.
 */
import { normalizeArabic } from '../../arabic/normalize';
import { arabicKey } from './fast-key';
import { asciiDigits } from './numbers';
import {
  AR_AMBIGUOUS,
  AR_GREGORIAN,
  AR_HIJRI,
  AR_WEEKDAYS,
  EN_GREGORIAN,
  EN_GREGORIAN_ABBR,
  EN_HIJRI,
  EN_HIJRI_AMBIGUOUS,
  EN_WEEKDAYS,
} from './calendar-names';

export type Calendar = 'gregorian' | 'hijri';

export interface DateHit {
  calendar: Calendar | 'weekday';
  /** 1–12 for months, 0–6 (Sunday first) for weekdays. */
  month: number;
  start: number;
  end: number;
  text: string;
  day?: number;
  year?: number;
  strict: boolean;
}

interface Name {
  calendar: Calendar | 'weekday';
  month: number;
  ambiguous: boolean;
}

const AR_NAMES = new Map<string, Name>();
function addNames(table: readonly string[][], calendar: Name['calendar'], base: number): void {
  table.forEach((names, i) => {
    for (const n of names)
      AR_NAMES.set(normalizeArabic(n), {
        calendar,
        month: i + base,
        ambiguous: AR_AMBIGUOUS.has(n) || n === 'الاثنين' || n === 'الإثنين',
      });
  });
}
addNames(AR_GREGORIAN, 'gregorian', 1);
addNames(AR_HIJRI, 'hijri', 1);
addNames(AR_WEEKDAYS, 'weekday', 0);

interface Tok {
  kind: 'word' | 'num' | 'other';
  key: string;
  start: number;
  end: number;
  value: number;
}

const AR_TOKEN = /((?:[\u0621-\u064A\u0640\u0671-\u06D3]|[\u064B-\u065F\u0670])+)|(\d+)|(\S)/g;

function arTokens(text: string): Tok[] {
  const toks: Tok[] = [];
  for (const m of asciiDigits(text).matchAll(AR_TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) toks.push({ kind: 'word', key: arabicKey(m[1]), start, end, value: 0 });
    else if (m[2]) toks.push({ kind: 'num', key: m[2], start, end, value: Number(m[2]) });
    else toks.push({ kind: 'other', key: m[0], start, end, value: 0 });
  }
  return toks;
}

const MONTH_WORD = new Set(['شهر', 'وشهر', 'بشهر', 'لشهر', 'الشهر'].map(normalizeArabic));
const AFTER_WEEKDAY = new Set(['الماضي', 'المقبل', 'القادم', 'المنصرم', 'الفائت'].map(normalizeArabic));
const DAY_WORD = new Set(['يوم', 'ويوم', 'بيوم', 'اليوم'].map(normalizeArabic));

function lookup(toks: Tok[], i: number): { name: Name; next: number } | undefined {
  const t = toks[i]!;
  if (t.kind !== 'word') return undefined;
  const two = toks[i + 1]?.kind === 'word' ? `${t.key} ${toks[i + 1]!.key}` : undefined;
  for (const key of [t.key, t.key.length > 3 && /^[وبلف]/.test(t.key) ? t.key.slice(1) : undefined]) {
    if (key === undefined) continue;
    if (two !== undefined) {
      const k2 = `${key}${two.slice(t.key.length)}`;
      const n2 = AR_NAMES.get(k2);
      if (n2) return { name: n2, next: i + 2 };
    }
    const n1 = AR_NAMES.get(key);
    if (n1) return { name: n1, next: i + 1 };
  }
  return undefined;
}

/** The number after a month (skipping a slash-joined second name and a comma), if it looks like a year. */
function yearAfter(toks: Tok[], j: number): number | undefined {
  let k = j;
  while (
    toks[k] &&
    (toks[k]!.key === '/' ||
      toks[k]!.key === '،' ||
      toks[k]!.key === ',' ||
      (toks[k]!.kind === 'word' && AR_NAMES.has(toks[k]!.key)))
  )
    k++;
  const t = toks[k];
  return t?.kind === 'num' && t.value >= 600 && t.value <= 2200 ? t.value : undefined;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any name in a normalised text: most paragraphs name no month or weekday and are not tokenised at all. */
const AR_ANY = new RegExp(
  [...AR_NAMES.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|'),
);
const AR_HIJRI_ANY = new RegExp(
  AR_HIJRI.flat()
    .map((n) => escapeRe(normalizeArabic(n).split(' ')[0]!))
    .join('|'),
);

/** Whether the Arabic may name a Hijri month (a cheap test before `arabicDates`). */
export function mayHaveHijri(text: string): boolean {
  return AR_HIJRI_ANY.test(normalizeArabic(text));
}

export function arabicDates(text: string): DateHit[] {
  if (!AR_ANY.test(normalizeArabic(text))) return [];
  const toks = arTokens(text);
  const hits: DateHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const found = lookup(toks, i);
    if (!found) continue;
    const { name, next } = found;
    const start = toks[i]!.start;
    const end = toks[next - 1]!.end;
    const prev = toks[i - 1];
    const near = [toks[i - 2], prev, toks[next], toks[next + 1]].some((t) => t?.kind === 'num');
    const slashJoined = prev?.key === '/' || toks[next]?.key === '/';
    let strict = !name.ambiguous;
    if (name.calendar === 'weekday') {
      strict ||= (prev !== undefined && DAY_WORD.has(prev.key)) || near || AFTER_WEEKDAY.has(toks[next]?.key ?? '');
    } else {
      strict ||= near || slashJoined || (prev !== undefined && MONTH_WORD.has(prev.key));
    }
    const hit: DateHit = {
      calendar: name.calendar,
      month: name.month,
      start,
      end,
      text: text.slice(start, end),
      strict,
    };
    if (name.calendar !== 'weekday') {
      // آذار/مارس: one date with two names; the day is before the first.
      const first = prev?.key === '/' ? hits.at(-1) : undefined;
      const dayTok = first ? undefined : prev;
      const day =
        first?.day ?? (dayTok?.kind === 'num' && dayTok.value >= 1 && dayTok.value <= 31 ? dayTok.value : undefined);
      const year = yearAfter(toks, next);
      if (day !== undefined) hit.day = day;
      if (year !== undefined) hit.year = year;
    }
    hits.push(hit);
    i = next - 1;
  }
  return hits;
}

const EN_DAY_AFTER = /^\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per cent|million|billion|thousand))/;
const EN_DAY_BEFORE = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$/;
const EN_YEAR_AFTER = /^\s*(?:\d{1,2}(?:st|nd|rd|th)?)?,?\s*(\d{4})\b/;
const MAY_BEFORE =
  /\b(?:in|since|until|till|of|by|early|late|mid|last|next|from|on|during|through|this|end|beginning)[\s-]+$/i;
const HIJRI_BEFORE = /\b(?:month of|months? of|holy month|fasting month)\s+(?:of\s+)?$/i;

function englishHit(
  text: string,
  calendar: DateHit['calendar'],
  month: number,
  start: number,
  end: number,
  ambiguous: boolean,
): DateHit {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 16);
  const dayAfter = EN_DAY_AFTER.exec(after);
  const dayBefore = EN_DAY_BEFORE.exec(before);
  const year = EN_YEAR_AFTER.exec(after);
  const near = Boolean(dayAfter || dayBefore || year);
  const strict = !ambiguous || near || (calendar === 'gregorian' ? MAY_BEFORE : HIJRI_BEFORE).test(before);
  const hit: DateHit = { calendar, month, start, end, text: text.slice(start, end), strict };
  if (calendar !== 'weekday') {
    const day = Number(dayAfter?.[1] ?? dayBefore?.[1] ?? NaN);
    if (day >= 1 && day <= 31) hit.day = day;
    if (year) hit.year = Number(year[1]);
  }
  return hit;
}

const EN_MONTH_RE = new RegExp(
  `\\b(?:(${EN_GREGORIAN.join('|')})|(${EN_GREGORIAN_ABBR.flat().join('|')})(?:\\.|(?=\\s+\\d)))(?![A-Za-z])`,
  'g',
);
const EN_WEEKDAY_RE = new RegExp(`\\b(${EN_WEEKDAYS.join('|')})s?\\b`, 'g');
const EN_HIJRI_G = EN_HIJRI.map((re) => new RegExp(re.source, 'g'));
const EN_HIJRI_ANY = new RegExp(EN_HIJRI.map((re) => re.source).join('|'));

export function englishDates(text: string): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of text.matchAll(EN_MONTH_RE)) {
    const month = m[1] ? EN_GREGORIAN.indexOf(m[1]) + 1 : EN_GREGORIAN_ABBR.findIndex((a) => a.includes(m[2]!)) + 1;
    hits.push(englishHit(text, 'gregorian', month, m.index, m.index + m[0].length, m[1] === 'May' || m[1] === 'March'));
  }
  if (EN_HIJRI_ANY.test(text))
    EN_HIJRI_G.forEach((re, i) => {
      for (const m of text.matchAll(re)) {
        hits.push(englishHit(text, 'hijri', i + 1, m.index, m.index + m[0].length, EN_HIJRI_AMBIGUOUS.has(i)));
      }
    });
  for (const m of text.matchAll(EN_WEEKDAY_RE)) {
    hits.push(englishHit(text, 'weekday', EN_WEEKDAYS.indexOf(m[1]!), m.index, m.index + m[0].length, false));
  }
  return hits.sort((a, b) => a.start - b.start);
}

// Hijri ↔ Gregorian through Intl's islamic-umalqura calendar (the Saudi official one the Arab press uses).
const HIJRI_FMT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const DAY_MS = 86_400_000;

function hijriOf(ms: number): { y: number; m: number; d: number } {
  const parts = HIJRI_FMT.formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** The Gregorian day (UTC ms at midnight) of a Hijri date, or undefined when Intl cannot say. */
export function hijriToGregorian(y: number, m: number, d: number): number | undefined {
  // Mean lengths give a guess within a few days; Intl then finds the exact day.
  const epoch = Date.UTC(622, 6, 16);
  const guess = epoch + Math.round((y - 1) * 354.36667 + (m - 1) * 29.530588 + (d - 1)) * DAY_MS;
  for (let off = 0; off <= 40; off++) {
    for (const sign of off === 0 ? [0] : [-1, 1]) {
      const ms = guess + sign * off * DAY_MS;
      const h = hijriOf(ms);
      if (h.y === y && h.m === m && h.d === d) return ms;
    }
  }
  return undefined;
}

/** The first and last Gregorian day of a Hijri month. */
export function hijriMonthRange(y: number, m: number): [number, number] | undefined {
  const first = hijriToGregorian(y, m, 1);
  const next = m === 12 ? hijriToGregorian(y + 1, 1, 1) : hijriToGregorian(y, m + 1, 1);
  return first !== undefined && next !== undefined ? [first, next - DAY_MS] : undefined;
}

export function formatGregorian(ms: number, withDay: boolean): string {
  const d = new Date(ms);
  return `${EN_GREGORIAN[d.getUTCMonth()]}${withDay ? ` ${d.getUTCDate()}` : ''}, ${d.getUTCFullYear()}`;
}
