/**
 * Chinese and Korean names: Arabic writes them syllable by syllable (شي جين بينغ, يون سوك يول); each written
 * syllable is read back as the pinyin or Revised/press Korean syllable it stands for, from a table of how Arabic
 * agencies write those syllables (general knowledge of the systems, not of particular people). A word made of
 * several syllables (شنغهاي) is cut into table syllables; a word the table cannot cut, and Japanese names, go
 * through the letter rules.
 */
import { normalizeArabic } from '../../arabic/normalize';
import { spellForeignWord } from './spell';
import type { Spelling } from './spell';

/** Arabic spelling → pinyin, likeliest first. */
const PINYIN: Readonly<Record<string, string>> = {
  شي: 'xi|shi', جين: 'jin', بينغ: 'ping|bing', لي: 'li', وانغ: 'wang', تشانغ: 'zhang|chang', يانغ: 'yang',
  هوانغ: 'huang', ليو: 'liu', تشين: 'chen|qin', تشو: 'zhou|chou', وو: 'wu', سون: 'sun', ما: 'ma', ماو: 'mao',
  دنغ: 'deng', هو: 'hu', جيانغ: 'jiang', كه: 'ke', تشيانغ: 'qiang|chiang', لين: 'lin', غو: 'guo', قوه: 'guo',
  غوه: 'guo', فنغ: 'feng', هان: 'han', تسي: 'zi|ci', يوان: 'yuan', هاي: 'hai', شنغ: 'sheng|shang', شانغ: 'shang',
  بي: 'bei|pei', جينغ: 'jing', تشينغ: 'qing|ching', مينغ: 'ming', لينغ: 'ling', دونغ: 'dong', تونغ: 'tong',
  غونغ: 'gong', هونغ: 'hong', كونغ: 'kong', يي: 'yi', وي: 'wei', لو: 'lu|luo', لوه: 'luo', شو: 'xu|shu',
  تشاو: 'zhao|chao', شياو: 'xiao', شيا: 'xia', جيا: 'jia', داو: 'dao', باو: 'bao', تاو: 'tao', هوا: 'hua',
  نان: 'nan', يو: 'yu|you', يون: 'yun', خه: 'he', تشي: 'qi|chi', تشيو: 'qiu', كي: 'ke|ki',
  يانغتسي: 'yangtze', وين: 'wen', غانغ: 'gang', تشيوان: 'quan', شيان: 'xian', شين: 'xin|shen', نينغ: 'ning',
  بو: 'bo', تسو: 'zou', هونغكونغ: 'hongkong', كينغ: 'qing|king', دا: 'da', فانغ: 'fang', تشون: 'chun',
  شوي: 'shui', جو: 'zhu|ju', زي: 'zi', سي: 'si', تي: 'ti', يين: 'yin', مان: 'man', لان: 'lan',
};

/** Arabic spelling → Korean press syllables (Yoon, Suk, Yeol), likeliest first. */
const KOREAN: Readonly<Record<string, string>> = {
  يون: 'yoon|yun', سوك: 'suk|seok', يول: 'yeol|yul', كيم: 'kim', مون: 'moon|mun', جاي: 'jae', ان: 'in',
  بارك: 'park', باك: 'park|pak', لي: 'lee|yi', تشوي: 'choi', جونغ: 'jung|jong', اون: 'un|eun', هان: 'han',
  كانغ: 'kang', سانغ: 'sang', هيون: 'hyun', مين: 'min', هي: 'hee', يونغ: 'yong|young', جو: 'joo|ju', دو: 'do',
  هو: 'ho', سو: 'soo|su', كي: 'ki', تشول: 'chul', كوانغ: 'kwang', ووك: 'wook', يانغ: 'yang', جين: 'jin',
  هوان: 'hwan', ال: 'il', سونغ: 'sung|song', نام: 'nam', شين: 'shin', يو: 'yoo|yu', اوه: 'oh', تاي: 'tae',
  وو: 'woo', بيونغ: 'byung', سيونغ: 'seong|sung', هاك: 'hak', جيه: 'je',
};

function table(style: 'chinese' | 'korean'): Readonly<Record<string, string>> {
  return style === 'chinese' ? PINYIN : KOREAN;
}

/** Cuts a word into table syllables (longest first), each with its readings; undefined when it cannot. */
function cut(key: string, t: Readonly<Record<string, string>>): string[][] | undefined {
  if (key === '') return [];
  for (let n = Math.min(7, key.length); n >= 1; n--) {
    const head = t[key.slice(0, n)];
    if (!head) continue;
    const rest = cut(key.slice(n), t);
    if (rest) return [head.split('|'), ...rest];
  }
  return undefined;
}

export function eastAsianWord(word: string, style: 'chinese' | 'korean' | 'japanese'): Spelling[] {
  if (style === 'japanese') return spellForeignWord(word, 'japanese');
  const key = normalizeArabic(word);
  const parts = cut(key, table(style));
  if (!parts || parts.length === 0) return spellForeignWord(word, 'english');
  let out: Spelling[] = [{ text: '', penalty: 0 }];
  for (const readings of parts) {
    const next: Spelling[] = [];
    for (const s of out) readings.forEach((r, i) => next.push({ text: s.text + r, penalty: s.penalty + i * 0.3 }));
    out = next.sort((a, b) => a.penalty - b.penalty).slice(0, 8);
  }
  return out.map((s) => ({ ...s, text: s.text.charAt(0).toUpperCase() + s.text.slice(1), penalty: s.penalty - 0.3 }));
}
