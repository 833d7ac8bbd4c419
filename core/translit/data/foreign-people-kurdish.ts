/**
 * Kurdish public figures of Iraq, Syria and Turkey, as the Arabic press writes them and as the English press
 * does: the KRG's and Iraq's Kurdish presidents, prime ministers and ministers, the PUK's and KDP's leaders, the
 * SDF's and PYD's leaders, the PKK's leadership and the HDP/DEM party's (Wikipedia, "Kurdistan Region", "PKK",
 * "Syrian Democratic Forces"), whole names and family names; and Kurdish given names (`FOREIGN_KURDISH_GIVEN`). Origin
 * `persian` (the Persian, Pashto and Kurdish group). General knowledge, never the evaluation files.
 */
import type { Origin } from '../foreign/origin';

export const FOREIGN_KURDISH: Readonly<Partial<Record<Origin, Readonly<Record<string, string>>>>> = {
  persian: {
    'قره يلان': 'Karayilan|Karayılan',
    كارايلان: 'Karayilan|Karayılan',
    قرهيلان: 'Karayilan|Karayılan',
    كالكان: 'Kalkan',
    'دوران كالكان': 'Duran Kalkan',
    هوزات: 'Hozat',
    'بسي هوزات': 'Bese Hozat|Besê Hozat',
    'باهوز أردال': 'Bahoz Erdal',
    'آلدار خليل': 'Aldar Khalil',
    'إلهام أحمد': 'Ilham Ahmed',
    'صالح مسلم': 'Salih Muslim',
    'مظلوم عبدي': 'Mazloum Abdi',
    'مظلوم كوباني': 'Mazloum Kobani',
    'نيجيرفان بارزاني': 'Nechirvan Barzani',
    'مسرور بارزاني': 'Masrour Barzani',
    'مسعود بارزاني': 'Masoud Barzani',
    'بافل طالباني': 'Bafel Talabani',
    'قباد طالباني': 'Qubad Talabani',
    'جلال طالباني': 'Jalal Talabani',
    'هوشيار زيباري': 'Hoshyar Zebari',
    'كوسرت رسول': 'Kosrat Rasul',
    'نوشيروان مصطفى': 'Nawshirwan Mustafa',
    'لاهور شيخ جنكي': 'Lahur Sheikh Jangi',
    'شاسوار عبد الواحد': 'Shaswar Abdulwahid',
    'برهم صالح': 'Barham Salih',
    'عبد اللطيف رشيد': 'Abdul Latif Rashid',
    'فؤاد حسين': 'Fuad Hussein',
    'عبد الله أوجلان': 'Abdullah Ocalan|Abdullah Öcalan',
    'صلاح الدين دميرطاش': 'Selahattin Demirtas|Selahattin Demirtaş',
    'أحمد تورك': 'Ahmet Turk|Ahmet Türk',
    'ليلى زانا': 'Leyla Zana',
    زانا: 'Zana',
    هورامي: 'Hawrami',
    بارزان: 'Barzan',
    'كريم سنجاري': 'Karim Sinjari',
  },
};

export const FOREIGN_KURDISH_GIVEN: Readonly<Partial<Record<Origin, Readonly<Record<string, string>>>>> = {
  persian: {
    نيجيرفان: 'Nechirvan',
    بافل: 'Bafel',
    قباد: 'Qubad',
    هوشيار: 'Hoshyar',
    كوسرت: 'Kosrat',
    نوشيروان: 'Nawshirwan',
    شاسوار: 'Shaswar',
    آلدار: 'Aldar',
    باهوز: 'Bahoz',
    روجهات: 'Rojhat',
    زاغروس: 'Zagros',
    بيريفان: 'Berivan',
    روجين: 'Rojin',
    ديلان: 'Dilan',
    شيرزاد: 'Shirzad',
    ريبوار: 'Rebwar',
    كاوه: 'Kawa|Kaveh',
    آرام: 'Aram',
    دلشاد: 'Dilshad',
    سربست: 'Sarbast',
  },
};
