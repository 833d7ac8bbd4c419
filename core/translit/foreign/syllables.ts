/**
 * How Arabic agencies write Chinese (pinyin) and Korean syllables, likeliest reading first: general knowledge of
 * the two romanisations, not of particular people. Used to judge a name Chinese or Korean (every word cut into
 * syllables) and to read it back (east-asian.ts).
 */
import { normalizeArabic } from '../../arabic/normalize';

/** Arabic spelling → pinyin, likeliest first. */
export const PINYIN: Readonly<Record<string, string>> = {
  شي: 'xi|shi',
  جين: 'jin',
  بينغ: 'ping|bing',
  لي: 'li',
  وانغ: 'wang',
  تشانغ: 'zhang|chang',
  يانغ: 'yang',
  هوانغ: 'huang',
  ليو: 'liu',
  تشين: 'chen|qin',
  تشو: 'zhou|chou',
  وو: 'wu',
  سون: 'sun',
  ما: 'ma',
  ماو: 'mao',
  دنغ: 'deng',
  هو: 'hu',
  جيانغ: 'jiang',
  كه: 'ke',
  تشيانغ: 'qiang|chiang',
  لين: 'lin',
  غو: 'guo',
  قوه: 'guo',
  غوه: 'guo',
  فنغ: 'feng',
  هان: 'han',
  تسي: 'zi|ci',
  يوان: 'yuan',
  هاي: 'hai',
  شنغ: 'sheng|shang',
  شانغ: 'shang',
  بي: 'bei|pei',
  جينغ: 'jing',
  تشينغ: 'qing|ching',
  مينغ: 'ming',
  لينغ: 'ling',
  دونغ: 'dong',
  تونغ: 'tong',
  غونغ: 'gong',
  هونغ: 'hong',
  كونغ: 'kong',
  يي: 'yi',
  وي: 'wei',
  لو: 'lu|luo',
  لوه: 'luo',
  شو: 'xu|shu',
  تشاو: 'zhao|chao',
  شياو: 'xiao',
  شيا: 'xia',
  جيا: 'jia',
  داو: 'dao',
  باو: 'bao',
  تاو: 'tao',
  هوا: 'hua',
  ون: 'wen',
  جيان: 'jian',
  قوانغ: 'guang',
  غوانغ: 'guang',
  كوانغ: 'guang|kuang',
  نان: 'nan',
  يو: 'yu|you',
  يون: 'yun',
  خه: 'he',
  تشي: 'qi|chi',
  تشيو: 'qiu',
  كي: 'ke|ki',
  يانغتسي: 'yangtze',
  وين: 'wen',
  غانغ: 'gang',
  تشيوان: 'quan',
  شيان: 'xian',
  شين: 'xin|shen',
  نينغ: 'ning',
  بو: 'bo',
  تسو: 'zou',
  هونغكونغ: 'hongkong',
  كينغ: 'qing|king',
  دا: 'da',
  فانغ: 'fang',
  تشون: 'chun',
  شوي: 'shui',
  جو: 'zhu|ju',
  زي: 'zi',
  سي: 'si',
  تي: 'ti',
  يين: 'yin',
  مان: 'man',
  لان: 'lan',
};

/** Arabic spelling → Korean press syllables (Yoon, Suk, Yeol), likeliest first. */
export const KOREAN: Readonly<Record<string, string>> = {
  يون: 'yoon|yun',
  سوك: 'suk|seok',
  يول: 'yeol|yul',
  كيم: 'kim',
  مون: 'moon|mun',
  جاي: 'jae',
  ان: 'in',
  بارك: 'park',
  باك: 'park|pak',
  لي: 'lee|yi',
  تشوي: 'choi',
  جونغ: 'jung|jong',
  اون: 'un|eun',
  هان: 'han',
  كانغ: 'kang',
  سانغ: 'sang',
  هيون: 'hyun',
  مين: 'min',
  هي: 'hee',
  يونغ: 'yong|young',
  جو: 'joo|ju',
  دو: 'do',
  هو: 'ho',
  سو: 'soo|su',
  كي: 'ki',
  تشول: 'chul',
  كوانغ: 'kwang',
  ووك: 'wook',
  يانغ: 'yang',
  جين: 'jin',
  هوان: 'hwan',
  ال: 'il',
  سونغ: 'sung|song',
  نام: 'nam',
  شين: 'shin',
  يو: 'yoo|yu',
  اوه: 'oh',
  تاي: 'tae',
  وو: 'woo',
  دوك: 'duck|deok',
  ميونغ: 'myung|myeong',
  بيونغ: 'byung',
  سيونغ: 'seong|sung',
  هاك: 'hak',
  جيه: 'je',
};

export function table(style: 'chinese' | 'korean'): Readonly<Record<string, string>> {
  return style === 'chinese' ? PINYIN : KOREAN;
}

/** Cuts a word into table syllables (longest first), each with its readings; undefined when it cannot. */
export function cut(key: string, t: Readonly<Record<string, string>>): string[][] | undefined {
  if (key === '') return [];
  for (let n = Math.min(7, key.length); n >= 1; n--) {
    const head = t[key.slice(0, n)];
    if (!head) continue;
    const rest = cut(key.slice(n), t);
    if (rest) return [head.split('|'), ...rest];
  }
  return undefined;
}

/** Whether a word (normalised or not) is one or more syllables of the family's table. */
export function syllables(word: string, style: 'chinese' | 'korean'): boolean {
  const key = normalizeArabic(word);
  return key.length > 0 && cut(key, table(style)) !== undefined;
}
