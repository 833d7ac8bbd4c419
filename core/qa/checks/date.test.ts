import { describe, expect, it } from 'vitest';
import { AR_GREGORIAN, AR_HIJRI } from '../text/calendar-names';
import { dateCheck } from './date';
import { flagsOf } from './test-helpers';

const run = (ar: string, en: string) =>
  flagsOf(dateCheck, ar, en).map((f) => [f.params['kind'], f.source ?? '', f.target ?? '']);

describe('date check', () => {
  it('knows every month name Intl gives for the Arabic systems and the Hijri calendar', () => {
    for (const locale of ['ar-SY', 'ar-EG', 'ar-DZ', 'ar-MA']) {
      const fmt = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++)
        expect(AR_GREGORIAN[m], locale).toContain(fmt.format(new Date(Date.UTC(2024, m, 1))));
    }
    const hijri = new Intl.DateTimeFormat('ar-u-ca-islamic-umalqura', { month: 'long', timeZone: 'UTC' });
    const num = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { month: 'numeric', timeZone: 'UTC' });
    for (let d = 0; d < 360; d += 10) {
      const date = new Date(Date.UTC(2024, 0, 1) + d * 86_400_000);
      expect(AR_HIJRI[Number(num.format(date)) - 1]).toContain(hijri.format(date));
    }
  });

  it('stays quiet on correct renderings in every month system', () => {
    const quiet: Array<[string, string]> = [
      ['وقع الهجوم في ١٥ آذار/مارس ٢٠٢٤.', 'The attack took place on March 15, 2024.'],
      ['في الثالث من تشرين الأول الماضي', 'on October 3 last year'],
      ['أعلنت الوزارة في يونيه الماضي', 'The ministry announced last June'],
      ['في جويلية ٢٠٢٣', 'in July 2023'],
      ['في غشت الماضي', 'last August'],
      ['يوم الاثنين الماضي', 'last Monday'],
      ['قال رجب طيب أردوغان', 'Recep Tayyip Erdogan said'],
      ['مارس الضغط على الحكومة', 'He put pressure on the government'],
      ['في ١٥ محرم ١٤٤٦ هـ', 'on Muharram 15, 1446 AH'],
      ['في ١٥ محرم ١٤٤٦ هـ', 'on July 21, 2024'],
      ['في ١٥ محرم ١٤٤٦ هـ', 'on July 22, 2024'],
      ['خلال شهر رمضان', 'during Ramadan'],
      ['في جمادى الثانية ١٤٤٥', 'in December 2023'],
    ];
    for (const [ar, en] of quiet) expect(run(ar, en), `${ar} → ${en}`).toEqual([]);
  });

  it('flags a month rendered as another, dropped or added, and a wrong Hijri conversion', () => {
    expect(run('في ١٠ آب الماضي', 'on April 10')).toEqual([['changed', 'آب', 'April']]);
    expect(run('في تشرين الأول ٢٠٢٣', 'in November 2023')).toEqual([['changed', 'تشرين الأول', 'November']]);
    expect(run('منذ كانون الثاني', 'since December')).toEqual([['changed', 'كانون الثاني', 'December']]);
    expect(run('يوم الخميس', 'on Tuesday')).toEqual([['changed', 'الخميس', 'Tuesday']]);
    expect(run('في أيار الماضي', 'last year')).toEqual([['dropped', 'أيار', '']]);
    expect(run('قال الوزير', 'The minister said on Friday')).toEqual([['added', '', 'Friday']]);
    expect(run('في ١٥ محرم ١٤٤٦ هـ', 'on August 21, 2024')).toEqual([['hijri-converted', 'محرم', 'August']]);
    const [flag] = flagsOf(dateCheck, 'في ١٥ محرم ١٤٤٦ هـ', 'on August 21, 2024');
    expect(flag!.message).toContain('July 21, 2024');
  });
});

describe('date check on a Hijri date kept Hijri', () => {
  it('flags its year or day changed, and is quiet when they are the Arabic’s', () => {
    const ar = 'وأعلنت السلطات أن عيد الأضحى سيكون يوم ١٠ ذو الحجة ١٤٤٥ هـ.';
    expect(run(ar, 'The authorities said Eid al-Adha would fall on 10 Dhu al-Hijjah 1445 AH.')).toEqual([]);
    expect(run(ar, 'The authorities said Eid al-Adha would fall on 10 Dhu al-Hijjah 1446 AH.')).toEqual([
      ['hijri-kept', 'ذو الحجة', 'Dhu al-Hijjah'],
    ]);
    expect(
      run(ar, 'The authorities said Eid al-Adha would fall on 11 Dhu al-Hijjah 1445 AH.').map((f) => f[0]),
    ).toEqual(['hijri-kept']);
  });
});
