/** Spellings the press uses: ام قصر, عبدربه and ابوبكر, the kunya's case forms, two-letter names. */
import { describe, expect, it } from 'vitest';
import { splitJoinedForm } from '../arabic/joined-names';
import { buildGlossaryIndex } from './build-index';
import { matchText } from './matcher';
import { shortTermSpellings } from './short-terms';
import { makeTerms } from './test-terms';
import type { TermSpec } from './test-terms';

const spansWith = (specs: TermSpec[]) => {
  const index = buildGlossaryIndex(makeTerms(specs));
  return (text: string): string[] => matchText(index, text).map((m) => `${m.text}@${m.start}:${m.term.target}`);
};

describe('multi-word names past a function word', () => {
  const spans = spansWith([
    ['أم قصر', 'Umm Qasr', 'place'],
    ['ام درمان', 'Omdurman', 'place'],
    ['علي حسن', 'Ali Hassan', 'person'],
    ['قصر', 'palace', 'term'],
  ]);

  it('match when the whole name follows the hamza-less first word', () => {
    expect(spans('ووصلت السفينة إلى ميناء ام قصر')).toEqual(['ام قصر@24:Umm Qasr']);
    expect(spans('اشتباكات في الخرطوم وأم درمان')).toEqual(['أم درمان@21:Omdurman']);
    expect(spans('في الخرطوم وام درمان')).toEqual(['ام درمان@12:Omdurman']);
  });

  it('never match the function word alone, nor through ى/ي', () => {
    expect(spans('سواء كانت حكومية ام خاصة')).toEqual([]);
    expect(spans('هل زرت القصر ام لا')).toEqual(['قصر@9:palace']); // the term, not ام
    expect(spans('اعتمد على حسن النية')).toEqual([]); // "on good faith", not Ali Hassan
    expect(spans('التقى علي حسن بالوفد')).toEqual(['علي حسن@6:Ali Hassan']);
  });
});

describe('joined عبد and أبو', () => {
  const spans = spansWith([
    ['عبد ربه منصور هادي', 'Abd Rabbuh Mansur Hadi', 'person'],
    ['أبوظبي', 'Abu Dhabi', 'place'],
    ['أبو بكر', 'Abu Bakr', 'person'],
    ['عبدالرحمن', 'Abdul Rahman', 'person'],
    ['عبد', 'servant', 'term'],
  ]);

  it('match the spaced glossary term, and a joined term matches spaced text', () => {
    expect(spans('وأكد الرئيس عبدربه منصور هادي')).toEqual(['عبدربه منصور هادي@12:Abd Rabbuh Mansur Hadi']);
    expect(spans('افتتح المعرض في أبو ظبي')).toEqual(['أبو ظبي@16:Abu Dhabi']);
    expect(spans('ووقع الاتفاق في ابوظبي')).toEqual(['ابوظبي@16:Abu Dhabi']);
    expect(spans('قال ابوبكر')).toEqual(['ابوبكر@4:Abu Bakr']);
    expect(spans('عبد الرحمن')).toEqual(['عبد الرحمن@0:Abdul Rahman']);
  });

  it('leave words that begin with عبد or أبو alone', () => {
    expect(spans('الشيخ محمد عبده')).toEqual([]);
    expect(spans('فتح أبواب المدينة')).toEqual([]);
    expect(spans('زار أبوه المدينة')).toEqual([]);
    expect(splitJoinedForm('عبدربه')).toEqual(['عبد', 'ربه']);
    expect(splitJoinedForm('عبده')).toBeNull();
    expect(splitJoinedForm('ابواب')).toBeNull();
    expect(splitJoinedForm('ابوه')).toBeNull();
  });
});

describe('kunya case forms', () => {
  const spans = spansWith([
    ['أبو موسى', 'Abu Musa', 'place'],
    ['أبوظبي', 'Abu Dhabi', 'place'],
    ['بكر', 'Bakr', 'person'],
  ]);

  it('match أبو, أبي and أبا at the start of a term, joined terms included', () => {
    expect(spans('وأعادت إيران نشر قوات في جزيرة أبي موسى')).toEqual(['أبي موسى@31:Abu Musa']);
    expect(spans('إن أبا موسى جزء من أراضي الدولة')).toEqual(['أبا موسى@3:Abu Musa']);
    expect(spans('وعقدت القمة في أبي ظبي')).toEqual(['أبي ظبي@15:Abu Dhabi']);
  });

  it('never make أبي "my father" a name on its own', () => {
    expect(spans('قال أبي إن الحرب طويلة')).toEqual([]);
  });
});

describe('two-letter terms', () => {
  it('match only as written; a bare variant makes the bare spelling match', () => {
    const bare = spansWith([['إب', 'Ibb', 'place']]);
    expect(bare('سقطت قذائف في إب')).toEqual(['إب@14:Ibb']);
    expect(bare('وتتركز المعارك في محافظة اب')).toEqual([]);
    const withVariant = spansWith([['إب', 'Ibb', 'place', ['اب']]]);
    expect(withVariant('وتتركز المعارك في محافظة اب')).toEqual(['اب@25:Ibb']);
    expect(withVariant('عاد الأب إلى منزله')).toEqual([]); // the article is not part of a proper name
  });

  it('are flagged in the matcher output, and say which spellings they match', () => {
    const index = buildGlossaryIndex(
      makeTerms([
        ['آب', 'August', 'date'],
        ['عدن', 'Aden', 'place'],
      ]),
    );
    expect(matchText(index, 'في آب الماضي في عدن').map((m) => [m.text, m.shortTerm ?? false])).toEqual([
      ['آب', true],
      ['عدن', false],
    ]);
    expect(shortTermSpellings({ source: 'إب', variants: ['اب', 'إب'] })).toEqual(['إب', 'اب']);
    expect(shortTermSpellings({ source: 'عدن', variants: [] })).toEqual([]);
  });
});
