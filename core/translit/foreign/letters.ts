/**
 * How each Arabic letter of a foreign name is spelled in a family's usual English romanisation, with penalties
 * (0 = the family's usual choice). Arabic writes foreign sounds with its own letters: g as غ (or ج), v as ف,
 * p as ب, ch as تش, zh as ج; the family decides which Latin letters they stand for (ش is sh in Russian, sch or s in
 * German, ch in French, s in Turkish press ASCII; ج is zh in Russian, c in Turkish, j or g elsewhere).
 */
import type { Style } from './origin';

export interface Opt {
  t: string;
  p: number;
  /** The spelling in the language's own letters where it differs (Turkish ş ç ğ). */
  native?: string;
  /** A Turkish o that may stand after the first syllable (before ğ). */
  anywhere?: boolean;
}

type Table = Readonly<Record<string, readonly Opt[]>>;

const o = (t: string, p = 0, native?: string): Opt => (native ? { t, p, native } : { t, p });

/** Consonants shared by all styles unless a style overrides them. */
const BASE: Table = {
  // Arabic has no p: ب writes both (Peskov, Budapest), so p is always close behind.
  ب: [o('b'), o('p', 0.25)],
  پ: [o('p')],
  ت: [o('t')],
  ث: [o('th'), o('s', 0.5)],
  ج: [o('j'), o('g', 0.4), o('zh', 0.9)],
  چ: [o('ch')],
  ح: [o('h'), o('kh', 0.8)],
  خ: [o('kh'), o('h', 0.5), o('ch', 0.6)],
  د: [o('d')],
  ذ: [o('z'), o('dh', 0.5)],
  ر: [o('r'), o('rr', 0.9)],
  ز: [o('z'), o('s', 0.5)],
  ژ: [o('zh'), o('j', 0.5)],
  س: [o('s'), o('ss', 0.8), o('c', 0.9)],
  ش: [o('sh'), o('ch', 0.7), o('sch', 0.9)],
  ص: [o('s')],
  ض: [o('d')],
  ط: [o('t')],
  ظ: [o('z')],
  غ: [o('g'), o('gh', 0.6)],
  گ: [o('g')],
  ف: [o('f'), o('v', 0.35), o('ff', 0.8), o('ph', 0.9)],
  ڤ: [o('v')],
  ق: [o('k'), o('q', 0.5), o('c', 0.6)],
  ك: [o('k'), o('c', 0.3), o('ck', 0.8)],
  ل: [o('l'), o('ll', 0.7)],
  م: [o('m'), o('mm', 0.9)],
  ن: [o('n'), o('nn', 0.9)],
  ه: [o('h')],
  تش: [o('ch'), o('tch', 0.7), o('c', 0.8)],
  دج: [o('j'), o('dg', 0.5)],
  كس: [o('x', 0.3), o('ks', 0.1), o('cs', 0.9)],
  تس: [o('ts'), o('tz', 0.5), o('z', 0.8)],
  // ng is one sound (Klingbeil, Birmingham, Guangdong): Arabic writes it نغ.
  نغ: [o('ng'), o('ngg', 0.8)],
};

/** Vowel letters: و and ي between consonants, ا after a consonant, at the end, and at the start. */
export interface Vowels {
  w: readonly Opt[];
  y: readonly Opt[];
  a: readonly Opt[];
  finalY: readonly Opt[];
  finalW: readonly Opt[];
  finalA: readonly Opt[];
  /** ا + ي before a consonant or the end (ai, ei, ay). */
  ay: readonly Opt[];
  /** ا + و before a consonant or the end. */
  aw: readonly Opt[];
  /** A consonant و / ي. */
  cw: readonly Opt[];
  cy: readonly Opt[];
  /** The vowel put between two consonants Arabic writes with none: the family's neutral vowel first. */
  epenthetic: readonly Opt[];
  /** Final ه / ة after a consonant. */
  finalH: readonly Opt[];
}

const BASE_VOWELS: Vowels = {
  w: [o('o'), o('u', 0.2), o('ou', 0.8), o('oo', 0.9)],
  y: [o('e'), o('i', 0.1), o('ee', 0.9), o('y', 0.9)],
  a: [o('a'), o('o', 0.8), o('e', 0.9)],
  finalY: [o('i'), o('y', 0.1), o('ie', 0.8), o('ey', 0.9)],
  finalW: [o('o'), o('ou', 0.7), o('u', 0.5)],
  finalA: [o('a'), o('ah', 0.7)],
  ay: [o('ai'), o('ay', 0.2), o('ei', 0.4), o('ey', 0.6)],
  aw: [o('au'), o('ow', 0.4), o('av', 0.5), o('aw', 0.6)],
  cw: [o('w'), o('v', 0.3)],
  cy: [o('y'), o('j', 0.8), o('i', 0.9)],
  epenthetic: [o('e'), o('a', 0.5), o('i', 0.6), o('o', 0.7), o('u', 0.8)],
  finalH: [o('a'), o('e', 0.4), o('ah', 0.6), o('eh', 0.9)],
};

interface StyleRules {
  letters?: Table;
  vowels?: Partial<Vowels>;
}

const STYLES: Readonly<Partial<Record<Style, StyleRules>>> = {
  russian: {
    letters: {
      ج: [o('zh'), o('g', 0.5), o('j', 0.6)],
      // Russian p is as common as b (Peskov, Putin, Patrushev, Poroshenko): Arabic writes both ب.
      ب: [o('b'), o('p', 0.12)],
      ف: [o('v'), o('f', 0.3)],
      ش: [o('sh'), o('shch', 0.9)],
      خ: [o('kh'), o('h', 0.6)],
      ك: [o('k')],
      شتش: [o('shch'), o('sch', 0.6)],
      تس: [o('ts'), o('tz', 0.8)],
    },
    vowels: {
      w: [o('o'), o('u', 0.15)],
      y: [o('e'), o('i', 0.05), o('ye', 0.7)],
      finalY: [o('y'), o('i', 0.1), o('iy', 0.7)],
      finalW: [o('o'), o('u', 0.1)],
      cw: [o('v'), o('w', 0.9)],
      cy: [o('y'), o('i', 0.8)],
      ay: [o('ai'), o('ay', 0.1), o('ei', 0.8)],
      aw: [o('av'), o('ao', 0.7)],
      epenthetic: [o('e'), o('o', 0.4), o('a', 0.5), o('i', 0.6), o('y', 0.8)],
    },
  },
  turkish: {
    letters: {
      ج: [o('c'), o('j', 0.5), o('g', 0.9)],
      ش: [o('s', 0, 'ş'), o('sh', 0.5)],
      تش: [o('c', 0, 'ç'), o('ch', 0.5)],
      غ: [o('g'), o('g', 0.1, 'ğ'), o('gh', 0.9)],
      خ: [o('h'), o('kh', 0.5)],
      ح: [o('h')],
      ق: [o('k'), o('g', 0.6)],
      ك: [o('k'), o('c', 0.9)],
    },
    vowels: {
      w: [o('o'), o('u', 0.1), o('o', 0.5, 'ö'), o('u', 0.5, 'ü')],
      y: [o('i'), o('e', 0.1), o('i', 0.5, 'ı')],
      finalY: [o('i'), o('i', 0.3, 'ı'), o('e', 0.6)],
      finalW: [o('u'), o('o', 0.1), o('u', 0.4, 'ü')],
      finalH: [o('e'), o('a', 0.1)],
      cw: [o('v')],
      ay: [o('ay'), o('ai', 0.5), o('ey', 0.3)],
      aw: [o('av'), o('au', 0.9)],
      epenthetic: [o('e'), o('a', 0.3), o('i', 0.4), o('u', 0.6), o('i', 0.7, 'ı'), o('o', 0.8)],
    },
  },
  english: {
    letters: {
      ك: [o('k'), o('c', 0.1), o('ck', 0.7)],
      ش: [o('sh')],
      // English v is written ف as often as f is (Vance, Sullivan, Liverpool).
      ف: [o('f'), o('v', 0.15), o('ff', 0.7), o('ph', 0.8)],
      ج: [o('j'), o('g', 0.3)],
    },
    vowels: {
      y: [o('i'), o('e', 0.05), o('ee', 0.7), o('ea', 0.8), o('y', 0.8)],
      finalY: [o('y'), o('ey', 0.3), o('ie', 0.4), o('i', 0.5)],
      w: [o('o'), o('u', 0.2), o('oo', 0.6), o('ou', 0.8)],
      ay: [o('ay'), o('ai', 0.2), o('ei', 0.5), o('ey', 0.6), o('i', 0.7)],
      aw: [o('ow'), o('au', 0.3), o('o', 0.6)],
      epenthetic: [o('e'), o('o', 0.4), o('a', 0.5), o('i', 0.6), o('u', 0.8)],
    },
  },
  french: {
    letters: {
      ش: [o('ch'), o('sh', 0.6)],
      ك: [o('c'), o('k', 0.4), o('qu', 0.7)],
      ج: [o('j'), o('g', 0.2)],
      س: [o('s'), o('ss', 0.5), o('c', 0.6)],
      غ: [o('g'), o('gu', 0.6)],
    },
    vowels: {
      w: [o('o'), o('ou', 0.2), o('u', 0.4), o('au', 0.6)],
      y: [o('i'), o('e', 0.1), o('é', 0.6), o('ie', 0.7)],
      finalW: [o('eau', 0.2), o('o', 0), o('ot', 0.4), o('ault', 0.6), o('aux', 0.7), o('ou', 0.5)],
      finalY: [o('i'), o('y', 0.3), o('ie', 0.5)],
      finalH: [o('e'), o('a', 0.3)],
      ay: [o('ai'), o('ay', 0.3), o('ei', 0.5)],
      aw: [o('au'), o('ao', 0.5)],
      epenthetic: [o('e'), o('a', 0.5), o('i', 0.6), o('o', 0.7), o('u', 0.8)],
    },
  },
  german: {
    letters: {
      ش: [o('sch'), o('sh', 0.3), o('s', 0.6)],
      // German w sounds v and Arabic writes it ف (Walter فالتر, Wolfgang فولفغانغ).
      ف: [o('f'), o('v', 0.3), o('w', 0.45), o('ff', 0.7)],
      خ: [o('ch'), o('kh', 0.6)],
      تس: [o('tz'), o('z', 0.2), o('ts', 0.5)],
      ز: [o('s'), o('z', 0.2)],
      ك: [o('k'), o('ck', 0.4), o('c', 0.6)],
      تش: [o('tsch'), o('ch', 0.5)],
    },
    vowels: {
      w: [o('o'), o('u', 0.1), o('ü', 0.8), o('ö', 0.9)],
      y: [o('e'), o('i', 0.1), o('ie', 0.5), o('ee', 0.9)],
      cw: [o('w'), o('v', 0.3)],
      cy: [o('j'), o('y', 0.4)],
      ay: [o('ei'), o('ai', 0.2), o('ey', 0.5), o('ay', 0.7)],
      aw: [o('au')],
      finalY: [o('i'), o('y', 0.4), o('ie', 0.6)],
      finalH: [o('e'), o('a', 0.3)],
      epenthetic: [o('e'), o('a', 0.6), o('i', 0.7), o('o', 0.7), o('u', 0.8)],
    },
  },
  nordic: {
    letters: {
      ش: [o('sh'), o('sj', 0.6), o('sch', 0.8)],
      ك: [o('k'), o('c', 0.5), o('ck', 0.6)],
    },
    vowels: {
      cy: [o('j'), o('y', 0.3)],
      y: [o('e'), o('i', 0.1), o('ei', 0.5)],
      ay: [o('ei'), o('ai', 0.2), o('ay', 0.5)],
      finalY: [o('i'), o('y', 0.3)],
      finalH: [o('e'), o('a', 0.2)],
    },
  },
  romance: {
    letters: {
      ش: [o('ch'), o('sh', 0.4), o('sc', 0.6), o('s', 0.7)],
      ك: [o('c'), o('k', 0.4), o('ch', 0.7)],
      تش: [o('ch'), o('cci', 0.6), o('c', 0.5)],
      ج: [o('g'), o('j', 0.3), o('gi', 0.5)],
      خ: [o('j'), o('kh', 0.6), o('x', 0.7)],
      ر: [o('r'), o('rr', 0.5)],
      ل: [o('l'), o('ll', 0.4)],
      ت: [o('t'), o('tt', 0.6)],
      // Spanish z and c before e, i (θ) are written ث (ثاباتيرو Zapatero).
      ث: [o('z'), o('th', 0.4), o('c', 0.5)],
    },
    vowels: {
      y: [o('e'), o('i', 0.1)],
      w: [o('o'), o('u', 0.1)],
      finalY: [o('i'), o('e', 0.4), o('y', 0.7)],
      finalH: [o('a'), o('e', 0.3)],
      ay: [o('ai'), o('ei', 0.3), o('ay', 0.4)],
      aw: [o('au'), o('ao', 0.4)],
      cy: [o('y'), o('i', 0.3), o('j', 0.7)],
      cw: [o('v'), o('w', 0.5)],
      epenthetic: [o('e'), o('a', 0.4), o('i', 0.5), o('o', 0.6), o('u', 0.8)],
    },
  },
  hebrew: {
    letters: {
      ح: [o('h'), o('ch', 0.4), o('kh', 0.6)],
      خ: [o('kh'), o('ch', 0.3), o('h', 0.5)],
      ف: [o('f'), o('v', 0.3), o('ph', 0.8)],
      ك: [o('k'), o('c', 0.4)],
      تس: [o('tz'), o('ts', 0.3)],
    },
    vowels: {
      cw: [o('v'), o('w', 0.5)],
      finalW: [o('o'), o('u', 0.2)],
      epenthetic: [o('e'), o('a', 0.3), o('i', 0.6), o('o', 0.6)],
    },
  },
  japanese: {
    letters: { ف: [o('f'), o('h', 0.5)], ش: [o('sh')], ج: [o('j')], تس: [o('ts')], ك: [o('k')] },
    vowels: {
      y: [o('i'), o('e', 0.3)],
      w: [o('o'), o('u', 0.2)],
      finalY: [o('i'), o('e', 0.4)],
      finalW: [o('o'), o('u', 0.3)],
      finalH: [o('e'), o('a', 0.3)],
      cy: [o('y')],
      cw: [o('w')],
      epenthetic: [o('u'), o('o', 0.3), o('i', 0.4), o('a', 0.5)],
    },
  },
  armenian: {
    vowels: { epenthetic: [o('a'), o('e', 0.3), o('i', 0.6)] },
  },
};

export function letterOptions(style: Style, letter: string): readonly Opt[] | undefined {
  return STYLES[style]?.letters?.[letter] ?? BASE[letter];
}

export function vowelOptions(style: Style): Vowels {
  return { ...BASE_VOWELS, ...(STYLES[style]?.vowels ?? {}) };
}

/** Letter groups read as one sound, longest first: شتش (Russian щ), تش, دج, كس, تس. */
export const DIGRAPHS = ['شتش', 'تش', 'دج', 'كس', 'تس', 'نغ'];
