/**
 * Family names of further heads of state and government, foreign ministers and opposition leaders 2010–2026 of
 * Central and Eastern Europe, the Balkans, the Caucasus, the Americas, Australia and Africa, as the Arabic press
 * writes them and as the English press does. Sources: Wikipedia, "List of current heads of state and government",
 * "List of current foreign ministers", and each country's "List of prime ministers" and "List of presidents".
 * General knowledge, never the evaluation files.
 */
import type { Origin } from '../foreign/origin';

export const FOREIGN_FAMILY_NEWS_WORLD: Readonly<Partial<Record<Origin, Readonly<Record<string, string>>>>> = {
  european: {
    فيتسو: 'Fico',
    سخوف: 'Schoof',
    'دي فيفر': 'De Wever',
    'فان دير بيلن': 'Van der Bellen',
    غيرابيتريتيس: 'Gerapetritis',
    بافيل: 'Pavel',
    فوسيتش: 'Vučić|Vucic',
    بايراموف: 'Bayramov',
    بولييفر: 'Poilievre',
    ميلاي: 'Milei',
    باندور: 'Pandor',
    لامولا: 'Lamola',
    تشيسيكيدي: 'Tshisekedi',
    'أوهورو كينياتا': 'Uhuru Kenyatta',
  },
};
