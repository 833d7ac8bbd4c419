/** Function words, multi-word terms, joined names, overlaps, variants and priority, on real Arabic. */
import { describe, expect, it } from 'vitest';
import { FUNCTION_WORDS } from '../arabic/function-words';
import { buildGlossaryIndex } from './build-index';
import { matchText } from './matcher';
import { makeTerms } from './test-terms';
import type { TermSpec } from './test-terms';

const spansWith = (specs: TermSpec[]) => {
  const index = buildGlossaryIndex(makeTerms(specs));
  return (text: string): string[] => matchText(index, text).map((m) => `${m.text}@${m.start}:${m.term.target}`);
};

describe('function words', () => {
  const spans = spansWith([
    ['علي', 'Ali', 'person'],
    ['متي', 'Matti', 'person'],
    ['آنا', 'Anna', 'person'],
    ['حتي', 'Hatti', 'place'],
    ['دي ميستورا', 'de Mistura', 'person'],
    ['إلي', 'Eli', 'person'],
    ['سوي', 'Sawi', 'place'],
  ]);

  it('are exported in one list', () => {
    for (const w of ['على', 'إلى', 'حتى', 'لدى', 'متى', 'سوى']) expect(FUNCTION_WORDS).toContain(w);
  });

  it('never match a term through a fold', () => {
    // Real sentences from news text: على / إلى / حتى / متى / سوى are particles, not the names Ali, Eli, Hatti...
    expect(spans('وقتل على أثرها عدد كبير من عناصر داعش')).toEqual([]);
    expect(spans('أحضرت مروحيات إلى مدينة درزاب')).toEqual([]);
    expect(spans('استمرت المعارك حتى الصباح')).toEqual([]);
    expect(spans('لا أحد يعرف متى تنتهي الحرب')).toEqual([]);
    expect(spans('لم يبق سوى القليل')).toEqual([]);
    expect(spans('قال أنا لا أعرف')).toEqual([]);
    expect(spans('وعلى الرغم من ذلك')).toEqual([]);
  });

  it('never lose a letter to a clitic reading (لدى is not ل + دى)', () => {
    expect(spans('وقال مصدر لدى ميستورا')).toEqual([]);
  });

  it('leave the names themselves alone', () => {
    expect(spans('التقى علي بالرئيس')).toEqual(['علي@6:Ali']);
    expect(spans('وعلي')).toEqual(['علي@1:Ali']);
    expect(spans('قال متي')).toEqual(['متي@4:Matti']);
    expect(spans('دي ميستورا')).toEqual(['دي ميستورا@0:de Mistura']);
  });
});

describe('multi-word terms', () => {
  const spans = spansWith([
    ['دير الزور', 'Deir ez-Zor', 'place'],
    ['الولايات', 'the states', 'term'],
    ['الولايات المتحدة', 'United States', 'place'],
    ['حلب', 'Aleppo', 'place'],
    ['حلبجة', 'Halabja', 'place'],
    ['الأمم المتحدة', 'United Nations', 'org'],
    ['المتحدة الأمريكية', 'X', 'term'],
    ['سي آي ايه', 'CIA', 'org'],
    ['مزار شريف', 'Mazar-i-Sharif', 'place'],
  ]);

  it('take clitics on the first word only', () => {
    expect(spans('ودير الزور')).toEqual(['دير الزور@1:Deir ez-Zor']);
    expect(spans('لدير الزور')).toEqual(['دير الزور@1:Deir ez-Zor']);
    expect(spans('بمزار شريف')).toEqual(['مزار شريف@1:Mazar-i-Sharif']);
    expect(spans('للأمم المتحدة')).toEqual(['لأمم المتحدة@1:United Nations']);
    expect(spans('دير والزور')).toEqual([]);
  });

  it('must be contiguous', () => {
    expect(spans('دير، الزور')).toEqual([]);
    expect(spans('دير (الزور)')).toEqual([]);
    expect(spans('دير  \u00A0الزور')).toEqual(['دير  \u00A0الزور@0:Deir ez-Zor']);
    expect(spans('ديـر الزّور')).toEqual(['ديـر الزّور@0:Deir ez-Zor']);
    expect(spans('(سي آي ايه)')).toEqual(['سي آي ايه@1:CIA']);
    expect(spans('سي اي ايه')).toEqual(['سي اي ايه@0:CIA']); // اي is a function word, but not on its own here
  });

  it('longest wins, and overlaps resolve leftmost-longest', () => {
    expect(spans('الولايات المتحدة')).toEqual(['الولايات المتحدة@0:United States']);
    expect(spans('الولايات الشمالية')).toEqual(['الولايات@0:the states']);
    expect(spans('حلبجة وحلب')).toEqual(['حلبجة@0:Halabja', 'حلب@7:Aleppo']);
    expect(spans('الأمم المتحدة الأمريكية')).toEqual(['الأمم المتحدة@0:United Nations']);
  });
});

describe('joined theophoric names', () => {
  const spans = spansWith([
    ['عبد الله', 'Abdullah', 'person'],
    ['حكمت الله', 'Hikmatullah', 'person'],
    ['عبدالرحمن', 'Abdul Rahman', 'person'],
    ['عبد', 'servant', 'term'],
    ['الله', 'God', 'term'],
    ['عبد الله الثاني', 'Abdullah II', 'person'],
  ]);

  it('match their spaced terms, and the other way round', () => {
    expect(spans('عبدالله')).toEqual(['عبدالله@0:Abdullah']);
    expect(spans('حكمتالله')).toEqual(['حكمتالله@0:Hikmatullah']);
    expect(spans('لعبدالله')).toEqual(['عبدالله@1:Abdullah']);
    expect(spans('عبد الرحمن')).toEqual(['عبد الرحمن@0:Abdul Rahman']);
    expect(spans('الملك عبدالله الثاني')).toEqual(['عبدالله الثاني@6:Abdullah II']);
  });

  it('are consumed whole, never half', () => {
    expect(spans('بالله')).toEqual(['الله@1:God']);
    expect(spans('حكمتالله').length).toBe(1);
    expect(spans('عبد')).toEqual(['عبد@0:servant']);
  });
});

describe('variants, priority and the index', () => {
  it('matches variants like the term, drops a variant with the term key', () => {
    const terms = makeTerms([['أفغانستان', 'Afghanistan', 'place', ['افغانستان', 'أفغانستان', 'افغانسطان']]]);
    const index = buildGlossaryIndex(terms);
    expect(index.size).toBe(2);
    expect(matchText(index, 'بافغانسطان').map((m) => m.text)).toEqual(['افغانسطان']);
  });

  it('lets the first of two terms with the same key win', () => {
    const index = buildGlossaryIndex(
      makeTerms([
        ['داعش', 'ISIS|Daesh', 'org'],
        ['داعش', 'Daesh', 'org'],
      ]),
    );
    expect(matchText(index, 'تنظيم داعش').map((m) => m.term.target)).toEqual(['ISIS|Daesh']);
  });

  it('reports terms that can never match', () => {
    const index = buildGlossaryIndex(
      makeTerms([
        ['11 سبتمبر', 'September 11', 'date'],
        ['CIA', 'CIA', 'org'],
      ]),
    );
    expect(index.unmatchable.map((t) => t.target)).toEqual(['September 11', 'CIA']);
  });

  it('matches after a detached proclitic and across invisible marks', () => {
    const spans = spansWith([
      ['التحالف الدولي', 'international coalition', 'term'],
      ['بغداد', 'Baghdad', 'place'],
    ]);
    expect(spans('يسمى بـ “التحالف الدولي”')).toEqual(['التحالف الدولي@9:international coalition']);
    expect(spans('\u200Fبغداد\u200F')).toEqual(['بغداد@1:Baghdad']);
  });
});

describe('a term spelled exactly like a function word', () => {
  it('matches it as written', () => {
    const spans = spansWith([['على', 'on', 'term']]);
    expect(spans('وقتل على أثرها')).toEqual(['على@5:on']);
    expect(spans('التقى علي')).toEqual([]); // the fold works one way only: the written letters differ
  });
});
