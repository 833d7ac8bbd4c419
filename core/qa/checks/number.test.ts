import { describe, expect, it } from 'vitest';
import { numberCheck } from './number';
import { flagsOf } from './test-helpers';

const run = (ar: string, en: string) =>
  flagsOf(numberCheck, ar, en).map((f) => [f.params['kind'], f.source ?? '', f.target ?? '']);

describe('number check', () => {
  it('stays quiet on correct renderings in every digit script and form', () => {
    const quiet: Array<[string, string]> = [
      ['قتل ١٣ شخصا في الهجوم.', '13 people were killed in the attack.'],
      ['بلغت الكلفة ١٬٢٥٠ دولارا.', 'The cost reached $1,250.'],
      ['ارتفع التضخم إلى ٣٫٥ بالمئة.', 'Inflation rose to 3.5 percent.'],
      ['أصيب ۱۳ جنديا.', '13 soldiers were wounded.'],
      ['وصل ثلاثة وزراء.', 'Three ministers arrived.'],
      ['يعيش في المدينة ٥ ملايين نسمة.', 'The city has 5 million inhabitants.'],
      ['صوّت ٪٤٠ من الناخبين.', '40 percent of voters voted.'],
      ['نزح عشرات الآلاف من السكان.', 'Tens of thousands of residents were displaced.'],
      ['قتل عشرات المدنيين.', 'Dozens of civilians were killed.'],
      ['وقع الهجوم في ١٥ آذار/مارس ٢٠٢٤.', 'The attack took place on March 15, 2024.'],
      ['في ال13 من الشهر الجاري', 'on the 13th of this month'],
      ['أرسلت ثلاثة آلاف وخمسمئة جندي', 'sent 3,500 troops'],
      ['خمسة وعشرين عاما', 'twenty-five years'],
      ['بقيمة ٢٫٥ مليار دولار', 'worth $2.5bn'],
      ['قتل اثنان من الحراس', 'two of the guards were killed'],
      ['حضر ممثلو مجموعة العشرين', 'G20 representatives attended'],
      ['بين ٢٠ و٣٠ عاما', 'between 20 and 30 years'],
      ['وصل ألفا لاجئ', '2,000 refugees arrived'],
    ];
    for (const [ar, en] of quiet) expect(run(ar, en), `${ar} → ${en}`).toEqual([]);
  });

  it('flags a changed, a dropped and an added number with both values', () => {
    expect(run('قتل ٢٥ شخصا وأصيب ١٣٠ آخرون.', '25 people were killed and 103 wounded.')).toEqual([
      ['changed', '١٣٠', '103'],
    ]);
    expect(run('قتل ٤٠ شخصا.', '14 people were killed.')).toEqual([['changed', '٤٠', '14']]);
    expect(run('افتتح المصنع عام 2018.', 'The factory opened in 2019.')).toEqual([['changed', '2018', '2019']]);
    expect(run('قتل ١٣٠ شخصا وأصيب ٢٥.', '130 people were killed and others wounded.')).toEqual([
      ['dropped', '٢٥', ''],
    ]);
    expect(run('قتل عشرات المدنيين.', '40 civilians were killed.')).toEqual([['added', '', '40']]);
    expect(run('يعيش فيها ٥ ملايين نسمة.', 'It has 5 billion inhabitants.')).toEqual([
      ['changed', '٥ ملايين', '5 billion'],
    ]);
    expect(run('ارتفع بنسبة ٣٫٥ بالمئة', 'rose by 35 percent')).toEqual([['changed', '٣٫٥ بالمئة', '35 percent']]);
    expect(run('وصل ثلاثة وزراء.', 'Four ministers arrived.')).toEqual([['changed', 'ثلاثة', 'Four']]);
  });

  it('leaves the numbers of a converted Hijri date to the date check', () => {
    expect(run('في ١٥ محرم ١٤٤٦ هـ', 'on July 21, 2024')).toEqual([]);
  });
});

describe('fast Arabic word keys', () => {
  it('equal the normaliser on words with and without hamza, ta marbuta, marks and tatweel', async () => {
    const { arabicKey } = await import('../text/fast-key');
    const { normalizeArabic } = await import('../../arabic/normalize');
    for (const w of [
      'ثلاثة',
      'أربعين',
      'إحدى',
      'مئتين',
      'آلاف',
      'الـعشرين',
      'خَمْسَة',
      'ملايين',
      'مستشفى',
      'کابل',
      'يوم',
    ]) {
      expect(arabicKey(w), w).toBe(normalizeArabic(w));
    }
  });
});

describe('number check on the press’s shorthand and ordinals', () => {
  it('reads $800m and €2bn as millions and billions, and compound Arabic ordinals as one number', () => {
    expect(run('تقدر الخسائر بنحو ٨٠٠ مليون دولار.', 'Losses are estimated at $800m.')).toEqual([]);
    expect(run('تقدر الخسائر بنحو ٨٠٠ مليون دولار.', 'Losses are estimated at $80m.')).toEqual([
      ['changed', '٨٠٠ مليون', '80m'],
    ]);
    expect(run('تعهد المانحون بملياري يورو.', 'Donors pledged €2bn.')).toEqual([]);
    // 100m after no currency sign is metres, not a hundred million.
    expect(run('فاز في سباق ١٠٠ متر.', 'He won the 100m race.')).toEqual([]);
    expect(run('يصل المبعوث في الثامن والعشرين من شباط.', 'The envoy arrives on 28 February.')).toEqual([]);
    expect(run('يصل المبعوث في الثامن والعشرين من شباط.', 'The envoy arrives on 18 February.')).toEqual([
      ['added', '', '18'],
    ]);
    expect(run('ودخل العالم القرن الحادي والعشرين.', 'The world entered the twenty-first century.')).toEqual([]);
  });
});
