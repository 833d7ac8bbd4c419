/**
 * Family names of foreign public figures (heads of state and government, foreign and defence ministers, UN
 * officials and envoys, party leaders often in Arabic news), as the Arabic press writes them and as the English
 * press does, by family. Written from general knowledge (lists of heads of state and government and of foreign
 * ministers, the UN Secretariat's senior officials), never from the evaluation files. All spellings the Arabic press
 * uses are keys (غوتيريش/غوتيريس). Each surname is also a word the composer reads in longer names.
 */
import type { Origin } from '../foreign/origin';

export const FOREIGN_FAMILY: Readonly<Partial<Record<Origin, Readonly<Record<string, string>>>>> = {
  russian: {
    'بوتين': 'Putin', 'لافروف': 'Lavrov', 'ميدفيديف': 'Medvedev', 'ميشوستين': 'Mishustin', 'بيلوسوف': 'Belousov', 'شويغو': 'Shoigu',
    'زاخاروفا': 'Zakharova', 'نيبينزيا': 'Nebenzia|Nebenzya', 'ريابكوف': 'Ryabkov', 'بوغدانوف': 'Bogdanov', 'ناريشكين': 'Naryshkin',
    'باتروشيف': 'Patrushev', 'غيراسيموف': 'Gerasimov', 'قديروف': 'Kadyrov', 'نافالني': 'Navalny', 'غورباتشوف': 'Gorbachev',
    'يلتسين': 'Yeltsin', 'ستالين': 'Stalin', 'لينين': 'Lenin', 'بريغوجين': 'Prigozhin', 'سوبيانين': 'Sobyanin', 'ماتفيينكو': 'Matviyenko',
    'فولودين': 'Volodin', 'أوشاكوف': 'Ushakov', 'لوكاشينكو': 'Lukashenko', 'زيلينسكي': 'Zelensky|Zelenskyy', 'كوليبا': 'Kuleba',
    'سيبيها': 'Sybiha', 'شميهال': 'Shmyhal', 'ريزنيكوف': 'Reznikov', 'أوميروف': 'Umerov', 'زالوجني': 'Zaluzhnyi|Zaluzhny', 'سيرسكي': 'Syrskyi',
    'يرماك': 'Yermak', 'بوروشينكو': 'Poroshenko', 'كليتشكو': 'Klitschko', 'يانوكوفيتش': 'Yanukovych', 'بودولياك': 'Podolyak',
    'بوريل': 'Borrell', 'فوتشيتش': 'Vucic|Vučić', 'ميلوسيفيتش': 'Milosevic|Milošević',
  },
  turkish: {
    'أردوغان': 'Erdogan|Erdoğan', 'اردوغان': 'Erdogan|Erdoğan', 'فيدان': 'Fidan', 'غولر': 'Guler|Güler', 'يلماز': 'Yilmaz|Yılmaz',
    'كالين': 'Kalin|Kalın', 'قالن': 'Kalin|Kalın', 'صويلو': 'Soylu', 'بهجلي': 'Bahceli|Bahçeli', 'داود أوغلو': 'Davutoglu|Davutoğlu',
    'أوغلو': 'oglu', 'أوجلان': 'Ocalan|Öcalan', 'أتاتورك': 'Ataturk|Atatürk', 'باباجان': 'Babacan',
    'تشيليك': 'Celik|Çelik', 'أوزيل': 'Ozel|Özel', 'علييف': 'Aliyev', 'أوزبك': 'Ozbek',
  },
  european: {
    'بايدن': 'Biden', 'ترامب': 'Trump', 'بلينكن': 'Blinken', 'روبيو': 'Rubio', 'أوستن': 'Austin', 'سوليفان': 'Sullivan', 'هاريس': 'Harris',
    'أوباما': 'Obama', 'كلينتون': 'Clinton', 'بوش': 'Bush', 'فانس': 'Vance', 'هيغسيث': 'Hegseth', 'ويتكوف': 'Witkoff', 'بومبيو': 'Pompeo',
    'كيري': 'Kerry', 'تيلرسون': 'Tillerson', 'كوشنر': 'Kushner', 'بيلوسي': 'Pelosi', 'ماكونيل': 'McConnell', 'شومر': 'Schumer', 'بيرنز': 'Burns',
    'ستارمر': 'Starmer', 'سوناك': 'Sunak', 'جونسون': 'Johnson', 'تراس': 'Truss', 'لامي': 'Lammy', 'كاميرون': 'Cameron',
    'بلير': 'Blair', 'كليفرلي': 'Cleverly', 'ترودو': 'Trudeau', 'كارني': 'Carney', 'ألبانيزي': 'Albanese', 'غريفيث': 'Griffiths',
    'ماكرون': 'Macron', 'بارو': 'Barrot', 'كولونا': 'Colonna', 'لودريان': 'Le Drian', 'لو دريان': 'Le Drian', 'بارنييه': 'Barnier',
    'بايرو': 'Bayrou', 'لوكورنو': 'Lecornu', 'أتال': 'Attal', 'لوبان': 'Le Pen', 'لو بان': 'Le Pen', 'ساركوزي': 'Sarkozy', 'هولاند': 'Hollande',
    'شيراك': 'Chirac', 'ميتران': 'Mitterrand', 'ديغول': 'de Gaulle', 'دو غول': 'de Gaulle', 'شولتس': 'Scholz', 'شولتز': 'Scholz',
    'ميركل': 'Merkel', 'ميرتس': 'Merz', 'ميرز': 'Merz', 'بيربوك': 'Baerbock', 'شتاينماير': 'Steinmeier', 'فادفول': 'Wadephul',
    'بيستوريوس': 'Pistorius', 'فون دير لاين': 'von der Leyen', 'شتولتنبرغ': 'Stoltenberg', 'ستولتنبرغ': 'Stoltenberg', 'روته': 'Rutte',
    'كالاس': 'Kallas', 'ميشيل': 'Michel', 'ميلوني': 'Meloni', 'تاياني': 'Tajani', 'دراغي': 'Draghi', 'ماتاريلا': 'Mattarella',
    'برلسكوني': 'Berlusconi', 'سانشيز': 'Sanchez|Sánchez', 'ألباريس': 'Albares', 'غوتيريش': 'Guterres', 'غوتيريس': 'Guterres',
    'لولا دا سيلفا': 'Lula da Silva', 'مادورو': 'Maduro', 'بولسونارو': 'Bolsonaro', 'ميلي': 'Milei', 'أوربان': 'Orban|Orbán',
    'غروسي': 'Grossi', 'باشليه': 'Bachelet', 'غريفيثس': 'Griffiths', 'فليتشر': 'Fletcher', 'بيتسون': 'Bettson',
    'بلاسخارت': 'Plasschaert|Hennis-Plasschaert', 'ويليامز': 'Williams', 'تيتيه': 'Tetteh', 'ليندركينغ': 'Lenderking', 'هوكشتاين': 'Hochstein',
    'ماسك': 'Musk', 'زوكربيرغ': 'Zuckerberg', 'روبنسون': 'Robinson', 'ستيوارت': 'Stewart',
  },
  hebrew: {
    'نتنياهو': 'Netanyahu', 'غالانت': 'Gallant', 'كاتس': 'Katz', 'كاتز': 'Katz', 'غانتس': 'Gantz', 'لابيد': 'Lapid', 'بينيت': 'Bennett',
    'هرتسوغ': 'Herzog', 'سموتريتش': 'Smotrich', 'بن غفير': 'Ben-Gvir', 'ليبرمان': 'Lieberman', 'آيزنكوت': 'Eisenkot', 'ديرمر': 'Dermer',
    'هاليفي': 'Halevi', 'زامير': 'Zamir', 'برنياع': 'Barnea', 'ساعر': "Sa'ar|Saar", 'كوهين': 'Cohen', 'أولمرت': 'Olmert',
    'شارون': 'Sharon', 'باراك': 'Barak', 'رابين': 'Rabin', 'بيريز': 'Peres', 'بيغن': 'Begin', 'ليفين': 'Levin', 'أدرعي': 'Adraee',
    'هغاري': 'Hagari', 'أوحانا': 'Ohana', 'غولدشتاين': 'Goldstein', 'شاكيد': 'Shaked', 'ليفني': 'Livni', 'ريغيف': 'Regev',
  },
  'east-asian': {
    'شي جين بينغ': 'Xi Jinping', 'لي تشيانغ': 'Li Qiang', 'وانغ يي': 'Wang Yi', 'لي كه تشيانغ': 'Li Keqiang', 'ماو تسي تونغ': 'Mao Zedong',
    'كيم جونغ أون': 'Kim Jong Un', 'كيشيدا': 'Kishida', 'إيشيبا': 'Ishiba', 'آبي': 'Abe', 'تاكايتشي': 'Takaichi', 'مودي': 'Modi',
    'جايشانكار': 'Jaishankar', 'سوكارنو': 'Sukarno',
  },
  other: {
    'باشينيان': 'Pashinyan', 'ميرزويان': 'Mirzoyan', 'توكاييف': 'Tokayev', 'نزارباييف': 'Nazarbayev', 'ميرضيائيف': 'Mirziyoyev',
    'رامافوزا': 'Ramaphosa', 'أبي أحمد': 'Abiy Ahmed', 'كاغامي': 'Kagame', 'موسيفيني': 'Museveni', 'روتو': 'Ruto',
  },
};
