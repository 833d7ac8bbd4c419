/** The homograph guard on real sentences, both ways: the name found, the common word not. */
import { describe, expect, it } from 'vitest';
import { FOLD_HOMOGRAPHS } from '../arabic/homographs';
import { buildGlossaryIndex } from './build-index';
import type { GlossaryIndexOptions } from './build-index';
import { foldKind, foldVerdict } from './homograph-guard';
import { matchText } from './matcher';
import { makeTerms } from './test-terms';
import type { TermSpec } from './test-terms';

const spansWith = (specs: TermSpec[], options: GlossaryIndexOptions = {}) => {
  const index = buildGlossaryIndex(makeTerms(specs), options);
  return (text: string): string[] => matchText(index, text).map((m) => `${m.text}:${m.term.target}`);
};

const terms: TermSpec[] = [
  ['جدة', 'Jeddah', 'place'],
  ['الرياض', 'Riyadh', 'place'],
  ['منى', 'Mina', 'place'],
  ['يحيى', 'Yahya', 'person'],
  ['حماة', 'Hama', 'place'],
  ['حمص', 'Homs', 'place'],
  ['مأرب', 'Marib', 'place'],
  ['أمل', 'Amal', 'person'],
  ['الجنينة', 'El Geneina', 'place'],
  ['يحيى سريع', 'Yahya Saree', 'person'],
  ['إدلب', 'Idlib', 'place'],
];

describe('the homograph guard without a dictionary (the list in core/arabic/homographs.ts)', () => {
  const spans = spansWith(terms);

  it('refuses a listed homograph with no cue around it', () => {
    expect(spans('توفي جده قبل أعوام في قرية نائية')).toEqual([]); // "his grandfather"
    expect(spans('وطلب مني المسؤول عدم ذكر اسمه')).toEqual([]); // "from me"
    expect(spans('يحيي اليمنيون ذكرى الوحدة')).toEqual([]); // "revive"
    expect(spans('وقال إن حماه توفي أمس')).toEqual([]); // "his father-in-law"
    expect(spans('لتحقيق مآرب سياسية')).toEqual([]); // "aims": a madda is not a careless hamza
  });

  it('finds the name after a cue of its kind, beside another name, or standing alone', () => {
    expect(spans('وصل الوفد إلى جده مساء الخميس')).toEqual(['جده:Jeddah']);
    expect(spans('رحلات يومية بين الرياض وجده')).toEqual(['الرياض:Riyadh', 'جده:Jeddah']);
    expect(spans('واحتشد الحجاج في مني')).toEqual(['مني:Mina']);
    expect(spans('وقال الشيخ يحيي الراعي')).toEqual(['يحيي:Yahya']);
    expect(spans('وفي مني ازدحام')).toEqual(['مني:Mina']); // the cue keeps its conjunction
    expect(spans('خيام وسط مني')).toEqual(['مني:Mina']); // وسط is a cue, not و + سط
    expect(spans('اشتباكات في ريف حماه وحمص')).toEqual(['حماه:Hama', 'حمص:Homs']);
    expect(spans('حماه')).toEqual(['حماه:Hama']);
    expect(spans('حماه - سانا: تواصلت الاشتباكات')).toEqual(['حماه:Hama']); // a dateline
    expect(spans('جده قال لي إن الحرب طويلة')).toEqual([]); // first, but the sentence goes on
  });

  it('leaves exact spellings, hamza left out, the article and multi-word names alone', () => {
    expect(spans('عقدت المحادثات في مدينة جدة')).toEqual(['جدة:Jeddah']);
    expect(spans('توفي جدة')).toEqual(['جدة:Jeddah']); // as the glossary writes it: not the guard's business
    expect(spans('نزح السكان من ادلب')).toEqual(['ادلب:Idlib']);
    expect(spans('وصل النازحون إلى الجنينه')).toEqual(['الجنينه:El Geneina']); // ال + ه cannot be "his"
    expect(spans('قال المتحدث يحيي سريع')).toEqual(['يحيي سريع:Yahya Saree']);
  });

  it('matches a homograph the glossary itself lists as a variant', () => {
    const withVariant = spansWith([['جدة', 'Jeddah', 'place', ['جده']]]);
    expect(withVariant('توفي جده قبل أعوام')).toEqual(['جده:Jeddah']);
  });

  it('guards names only: a common term keeps its careless spellings', () => {
    expect(spansWith([['منى', 'wishes', 'term']])('وطلب مني المسؤول')).toEqual(['مني:wishes']);
  });
});

describe('the homograph guard with a dictionary', () => {
  // A stand-in for AyaSpell looked up as written: آمل "I hope" is a word, أمل the name.
  const dictionary = new Set(['آمل', 'أمل', 'مأرب', 'جده', 'مصراته']);
  const spans = spansWith(terms, { isCommonWord: (w) => dictionary.has(w) });

  it('refuses a madda or hamza-seat fold the dictionary knows', () => {
    expect(spans('آمل أن تنتهي الحرب قريبا')).toEqual([]);
    expect(spansWith(terms)('آمل أن تنتهي الحرب قريبا')).toEqual(['آمل:Amal']); // what the list alone misses
    expect(spans('وقالت أمل إن الحرب')).toEqual(['أمل:Amal']);
    expect(spans('وقالت امل إن الحرب')).toEqual(['امل:Amal']);
  });

  it('does not ask it about ة/ه and ى/ي, which it lists for nearly every noun', () => {
    const misrata = spansWith([['مصراتة', 'Misrata', 'place']], { isCommonWord: (w) => dictionary.has(w) });
    expect(misrata('أعلنت مصراته النفير العام')).toEqual(['مصراته:Misrata']);
  });
});

describe('fold kinds', () => {
  it('rank a hamza left out below a final swap below a madda', () => {
    expect(foldKind('ادلب', 'إدلب')).toBe('spelling');
    expect(foldKind('أحمد', 'احمد')).toBe('spelling');
    expect(foldKind('جده', 'جدة')).toBe('final');
    expect(foldKind('مني', 'منى')).toBe('final');
    expect(foldKind('مآرب', 'مأرب')).toBe('other-letter');
    expect(foldKind('إمام', 'أمام')).toBe('other-letter');
  });

  it('give a verdict from the closest spelling', () => {
    const none = undefined;
    expect(foldVerdict('جده', ['جدة'], 'جده', none)).toBe('needs-evidence');
    expect(foldVerdict('جده', ['جدة', 'جده'], 'جده', none)).toBe('match');
    expect(foldVerdict('مآرب', ['مأرب'], 'مآرب', none)).toBe('refuse');
    expect(foldVerdict('درنه', ['درنة'], 'درنه', () => true)).toBe('match');
  });

  it('keep every listed homograph with its reading and the name it folds to', () => {
    for (const [word, reading, name] of FOLD_HOMOGRAPHS) {
      expect(word).toMatch(/^[\u0621-\u064A]+$/u);
      expect(reading.length).toBeGreaterThan(0);
      expect(name).toMatch(/[\u0621-\u064A]+ [A-Z]/u);
    }
  });
});
