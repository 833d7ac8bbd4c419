/**
 * Spokespeople, commanders, envoys and ministers in the news 2023–2025 and the press's further Arabic spellings of
 * the best-known names (بلنكن/بلينكين, ترمب, شولتز, بيربوخ): Kremlin, Pentagon, State Department, IDF and foreign
 * ministry spokespeople (Wikipedia's lists of spokespersons and of government ministers), heads of the armed forces
 * and envoys, and the Chinese, Japanese and Korean foreign ministry's. General knowledge, never the evaluation
 * files; every variant a key of its own.
 */
import type { Origin } from '../foreign/origin';

export const FOREIGN_FAMILY_NEWS: Readonly<Partial<Record<Origin, Readonly<Record<string, string>>>>> = {
  european: {
    ميلي: 'Milley|Milei',
    فوتيل: 'Votel',
    بلينكين: 'Blinken',
    بلنكن: 'Blinken',
    ساليفان: 'Sullivan',
    سوليفن: 'Sullivan',
    بيدن: 'Biden',
    بايدين: 'Biden',
    ترمب: 'Trump',
    هيغزيث: 'Hegseth',
    هيغسث: 'Hegseth',
    ويتكوفف: 'Witkoff',
    والز: 'Waltz|Walz',
    لاندو: 'Landau',
    بولس: 'Boulos',
    ماكرن: 'Macron',
    بيربوخ: 'Baerbock',
    جولي: 'Joly',
    أناند: 'Anand',
    بيترز: 'Peters',
    وونغ: 'Wong',
    مارليس: 'Marles',
  },
  russian: {
    دميترييف: 'Dmitriev',
    ديميترييف: 'Dmitriev',
    تساريغورودسيف: 'Tsarigorodtsev',
    ساخاروف: 'Sakharov',
    زالوزني: 'Zaluzhnyi|Zaluzhny',
    تيرخوف: 'Terekhov',
    سينيهوبوف: 'Synehubov',
    شيفتشوك: 'Shevchuk',
  },
  turkish: {
    كيلينتش: 'Kilinc|Kılınç',
    كيتشيلي: 'Keceli|Keçeli',
    بيلغيتش: 'Bilgic|Bilgiç',
    أونجو: 'Oncu|Öncü',
  },
  hebrew: {
    ديفرين: 'Defrin',
    منسر: 'Mencer',
    بيدروسيان: 'Bedrosian',
    ساعار: "Saar|Sa'ar",
    شوشاني: 'Shoshani',
    كونريكوس: 'Conricus',
    ليرنر: 'Lerner',
  },
  'east-asian': {
    'قوه جيا كون': 'Guo Jiakun',
    'غوه جياكون': 'Guo Jiakun',
    'ليو بين': 'Liu Bin',
    'وانغ كه تشيانغ': 'Wang Keqiang',
    'لي هوي': 'Li Hui',
    'إيواي تاكيشي': 'Takeshi Iwaya',
    'كيم يونغ هيون': 'Kim Yong-hyun',
    'وي سونغ لاك': 'Wi Sung-lac',
    'كيم مين سوك': 'Kim Min-seok',
    'آن غيو باك': 'Ahn Gyu-back',
  },
};
