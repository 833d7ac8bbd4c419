/**
 * The family judgement on real names as Arabic agencies write them, by the letters alone (no lexicon), then with the
 * words around the name and with the lexicon's given names. Arabic names must stay Arabic.
 */
import { describe, expect, it } from 'vitest';
import { knownOrigin } from './index';
import { judgeOrigin } from './origin';

const origin = (name: string, context: string[] = []): string => judgeOrigin(name.split(' '), context).origin;

describe('judgeOrigin: the family from the letters', () => {
  it('reads Russian and Ukrainian endings: -ov, -ev, -ova, -sky, -enko, -ovich, -sk, -yak', () => {
    for (const n of [
      'ريابكوف',
      'سميرنوف',
      'ميدفيديف',
      'إيفانوفا',
      'لوكاشينكو',
      'ماتفيينكو',
      'يانوكوفيتش',
      'نوفوسيبيرسك',
      'بودولياك',
      'كوزنيتسوف',
    ])
      expect(origin(n), n).toBe('russian');
  });
  it('reads Slavic town endings: -opol, -opil, -gorod, -ovka, -ivka', () => {
    for (const n of ['سيمفيروبول', 'تيرنوبيل', 'أوزغورود', 'غورلوفكا']) expect(origin(n), n).toBe('russian');
    // Liverpool's -pool has no o before it.
    expect(origin('ليفربول')).not.toBe('russian');
  });
  it('reads Turkish ç before a final -li, -lik, -ler (Bahçeli, Keçeli)', () => {
    for (const n of ['بهتشلي', 'كيتشلي', 'تشيليك تشيلر']) expect(origin(n), n).toBe('turkish');
  });
  it('reads Turkish -oglu, written apart or joined', () => {
    expect(origin('داود أوغلو')).toBe('turkish');
    expect(origin('كليتشدار أوغلو')).toBe('turkish');
    expect(origin('إمام أوغلو')).toBe('turkish');
  });
  it('reads European names by their endings and their written vowels', () => {
    for (const n of [
      'شتاينماير',
      'شتولتنبرغ',
      'ريتشاردسون',
      'ويلكنسون',
      'بارنييه',
      'شيراك',
      'سانشيز',
      'ميلوني',
      'فرانكفورت',
      'ليفربول',
      'دوسلدورف',
    ])
      expect(origin(n), n).toBe('european');
  });
  it('reads Chinese and Korean syllables, and Japanese consonant–vowel names', () => {
    expect(origin('وانغ يي')).toBe('east-asian');
    expect(origin('مون جاي إن')).toBe('east-asian');
    expect(origin('ياماموتو')).toBe('east-asian');
    expect(origin('كيشيدا')).toBe('east-asian');
  });
  it('reads Armenian -yan as other, Hebrew -yahu as Hebrew', () => {
    expect(origin('باشينيان')).toBe('other');
    expect(origin('إلياهو', ['الإسرائيلي'])).toBe('hebrew');
  });
  it('keeps Arabic names Arabic: محمد, عبد الرحمن, الجولاني, مخلوف, خليلي, خالد الهاشمي', () => {
    for (const n of [
      'محمد',
      'عبد الرحمن',
      'الجولاني',
      'أبو محمد الجولاني',
      'رامي مخلوف',
      'كريم خليلي',
      'خالد الهاشمي',
      'معروف',
      'حسين',
      'فاطمة الزهراء',
    ])
      expect(origin(n), n).toBe('arabic');
  });
  it('keeps Persian and Afghan names Persian (-stan, -zai, letters Arabic lacks)', () => {
    expect(origin('أفغانستان')).toBe('persian');
    expect(origin('يوسفزاي')).toBe('persian');
    expect(origin('چاریکار')).toBe('persian');
  });
});

describe('judgeOrigin: context and the lexicon', () => {
  it('takes the nationality adjective around a name (الروسي, التركي, الإسرائيلي)', () => {
    // غالانت alone has nothing Hebrew in its letters; beside الإسرائيلي it is read as Hebrew.
    expect(origin('غالانت', ['وزير', 'الدفاع', 'الإسرائيلي'])).toBe('hebrew');
    expect(origin('بوتين')).toBe('arabic');
    expect(origin('بوتين', ['الرئيس', 'الروسي'])).toBe('russian');
    expect(origin('فيدان', ['وزير', 'الخارجية', 'التركي'])).toBe('turkish');
  });
  it('takes a known foreign given name as evidence for the whole name (ديمتري + an unseen surname)', () => {
    expect(knownOrigin('ديمتري')).toBe('russian');
    expect(judgeOrigin(['ديمتري', 'كوليسنيك'], [], knownOrigin).origin).toBe('russian');
    // Shared by several families (محمد is Mehmet in Turkish): no evidence either way.
    expect(knownOrigin('محمد')).toBeUndefined();
  });
});
