/**
 * Foreign places and organisations in the news, as the Arabic press writes them and as the English press does, by
 * family: capitals and major cities of Russia, Ukraine, Turkey, Israel, Europe, the Americas and Asia (UN and ISO
 * lists of countries and capitals, the regions in the news), and international organisations and companies.
 * General knowledge, never the evaluation files. Alternative Arabic spellings are keys of their own (خاركيف/خاركوف).
 */
import type { Origin } from '../foreign/origin';

export const FOREIGN_PLACES: Readonly<Partial<Record<Origin, Readonly<Record<string, string>>>>> = {
  russian: {
    'موسكو': 'Moscow', 'سوتشي': 'Sochi', 'الكرملين': 'Kremlin',
    'سانت بطرسبرغ': 'Saint Petersburg|St Petersburg', 'سان بطرسبرغ': 'Saint Petersburg|St Petersburg', 'بطرسبرغ': 'Petersburg',
    'كازان': 'Kazan', 'قازان': 'Kazan', 'نوفوسيبيرسك': 'Novosibirsk', 'يكاترينبورغ': 'Yekaterinburg', 'فولغوغراد': 'Volgograd',
    'روستوف': 'Rostov', 'روستوف على الدون': 'Rostov-on-Don', 'بيلغورود': 'Belgorod', 'كورسك': 'Kursk', 'بريانسك': 'Bryansk',
    'كالينينغراد': 'Kaliningrad', 'فلاديفوستوك': 'Vladivostok', 'مورمانسك': 'Murmansk', 'سيبيريا': 'Siberia', 'داغستان': 'Dagestan',
    'غروزني': 'Grozny', 'تتارستان': 'Tatarstan', 'القرم': 'Crimea', 'شبه جزيرة القرم': 'Crimean Peninsula', 'سيفاستوبول': 'Sevastopol',
    'كييف': 'Kyiv|Kiev', 'خاركيف': 'Kharkiv', 'خاركوف': 'Kharkiv|Kharkov', 'أوديسا': 'Odesa|Odessa', 'لفيف': 'Lviv', 'دنيبرو': 'Dnipro',
    'زابوريجيا': 'Zaporizhzhia', 'زاباروجيا': 'Zaporizhzhia', 'خيرسون': 'Kherson', 'دونباس': 'Donbas', 'لوغانسك': 'Luhansk', 'لوهانسك': 'Luhansk',
    'باخموت': 'Bakhmut', 'أفدييفكا': 'Avdiivka', 'ميكولايف': 'Mykolaiv', 'سومي': 'Sumy', 'تشيرنيهيف': 'Chernihiv', 'بوكروفسك': 'Pokrovsk',
    'مينسك': 'Minsk', 'بيلاروسيا': 'Belarus', 'بيلاروس': 'Belarus', 'تشيرنوبيل': 'Chernobyl',
  },
  turkish: {
    'أنقرة': 'Ankara', 'إسطنبول': 'Istanbul', 'اسطنبول': 'Istanbul',
    'إزمير': 'Izmir|İzmir', 'أزمير': 'Izmir|İzmir', 'بورصة': 'Bursa', 'أنطاليا': 'Antalya', 'قونية': 'Konya', 'مرسين': 'Mersin',
    'طرابزون': 'Trabzon', 'قيصري': 'Kayseri', 'ملاطية': 'Malatya', 'كهرمان مرعش': 'Kahramanmaras|Kahramanmaraş', 'أرضروم': 'Erzurum',
    'باكو': 'Baku', 'أذربيجان': 'Azerbaijan', 'قره باغ': 'Karabakh', 'ناغورني قره باغ': 'Nagorno-Karabakh', 'بيشكيك': 'Bishkek', 'ألماتي': 'Almaty',
  },
  european: {
    'واشنطن': 'Washington', 'لندن': 'London', 'باريس': 'Paris', 'برلين': 'Berlin', 'روما': 'Rome', 'مدريد': 'Madrid',
    'فيينا': 'Vienna', 'جنيف': 'Geneva', 'بروكسل': 'Brussels', 'نيويورك': 'New York',
    'أمستردام': 'Amsterdam', 'لاهاي': 'The Hague', 'ستوكهولم': 'Stockholm', 'أوسلو': 'Oslo', 'كوبنهاغن': 'Copenhagen', 'فيلنيوس': 'Vilnius',
    'ريغا': 'Riga', 'تالين': 'Tallinn', 'وارسو': 'Warsaw', 'براغ': 'Prague', 'بوخارست': 'Bucharest', 'بلغراد': 'Belgrade',
    'زغرب': 'Zagreb', 'أثينا': 'Athens', 'لشبونة': 'Lisbon', 'دبلن': 'Dublin', 'إدنبرة': 'Edinburgh', 'مانشستر': 'Manchester',
    'ليفربول': 'Liverpool', 'برمنغهام': 'Birmingham', 'ميلانو': 'Milan', 'ميلان': 'Milan', 'نابولي': 'Naples', 'البندقية': 'Venice',
    'فلورنسا': 'Florence', 'مرسيليا': 'Marseille', 'ليون': 'Lyon', 'نيس': 'Nice', 'ستراسبورغ': 'Strasbourg', 'هامبورغ': 'Hamburg',
    'فرانكفورت': 'Frankfurt', 'كولونيا': 'Cologne', 'دافوس': 'Davos', 'زيورخ': 'Zurich', 'لوزان': 'Lausanne', 'لوكسمبورغ': 'Luxembourg',
    'إشبيلية': 'Seville', 'فالنسيا': 'Valencia', 'ملقة': 'Malaga', 'لوس أنجلوس': 'Los Angeles', 'شيكاغو': 'Chicago', 'سان فرانسيسكو': 'San Francisco',
    'تكساس': 'Texas', 'فلوريدا': 'Florida', 'كاليفورنيا': 'California', 'أوتاوا': 'Ottawa', 'تورونتو': 'Toronto', 'مونتريال': 'Montreal',
    'سيدني': 'Sydney', 'كانبيرا': 'Canberra', 'برازيليا': 'Brasilia', 'بوينس آيرس': 'Buenos Aires', 'كاراكاس': 'Caracas', 'هافانا': 'Havana',
    'مكسيكو': 'Mexico City', 'كامب ديفيد': 'Camp David', 'البنتاغون': 'Pentagon', 'داونينغ ستريت': 'Downing Street', 'الإليزيه': 'Elysee|Élysée',
    'وول ستريت': 'Wall Street', 'هلسنكي': 'Helsinki', 'ريكيافيك': 'Reykjavik', 'بودابست': 'Budapest', 'براتيسلافا': 'Bratislava', 'ليوبليانا': 'Ljubljana',
  },
  hebrew: {
    'تل أبيب': 'Tel Aviv', 'حيفا': 'Haifa', 'إيلات': 'Eilat', 'أسدود': 'Ashdod', 'عسقلان': 'Ashkelon', 'ديمونا': 'Dimona', 'سديروت': 'Sderot',
    'بئر السبع': 'Beersheba', 'نتانيا': 'Netanya', 'هرتسليا': 'Herzliya', 'رعنانا': "Ra'anana", 'بيتاح تكفا': 'Petah Tikva', 'ريشون لتسيون': 'Rishon LeZion',
    'كريات شمونة': 'Kiryat Shmona', 'نهاريا': 'Nahariya', 'الجليل': 'Galilee', 'النقب': 'Negev', 'معاليه أدوميم': "Ma'ale Adumim",
  },
  'east-asian': {
    'بكين': 'Beijing', 'طوكيو': 'Tokyo', 'شنغهاي': 'Shanghai', 'هونغ كونغ': 'Hong Kong', 'ووهان': 'Wuhan', 'شينجيانغ': 'Xinjiang', 'سنجان': 'Xinjiang', 'تايوان': 'Taiwan',
    'تايبيه': 'Taipei', 'سيول': 'Seoul', 'بيونغ يانغ': 'Pyongyang', 'بيونغيانغ': 'Pyongyang', 'أوساكا': 'Osaka', 'هيروشيما': 'Hiroshima',
    'ناغازاكي': 'Nagasaki', 'فوكوشيما': 'Fukushima', 'مانيلا': 'Manila', 'جاكرتا': 'Jakarta', 'بانكوك': 'Bangkok', 'هانوي': 'Hanoi',
    'سنغافورة': 'Singapore', 'كوالالمبور': 'Kuala Lumpur', 'مومباي': 'Mumbai', 'كشمير': 'Kashmir', 'التبت': 'Tibet', 'غوانغتشو': 'Guangzhou',
  },
  other: {
    'يريفان': 'Yerevan', 'تبليسي': 'Tbilisi', 'نيروبي': 'Nairobi', 'أديس أبابا': 'Addis Ababa', 'جوهانسبرغ': 'Johannesburg', 'كيب تاون': 'Cape Town',
    'أبوجا': 'Abuja', 'لاغوس': 'Lagos', 'داكار': 'Dakar', 'باماكو': 'Bamako', 'نيامي': 'Niamey', 'كينشاسا': 'Kinshasa',
  },
};

export const FOREIGN_ORGS: Readonly<Partial<Record<Origin, Readonly<Record<string, string>>>>> = {
  russian: {
    'غازبروم': 'Gazprom', 'روسنفت': 'Rosneft', 'لوك أويل': 'Lukoil', 'روساتوم': 'Rosatom', 'روسكوسموس': 'Roscosmos', 'تاس': 'TASS',
    'نوفوستي': 'Novosti', 'ريا نوفوستي': 'RIA Novosti', 'سبوتنيك': 'Sputnik', 'الدوما': 'Duma', 'مجموعة فاغنر': 'Wagner Group', 'فاغنر': 'Wagner',
    'نورد ستريم': 'Nord Stream', 'إف إس بي': 'FSB', 'سويفت': 'SWIFT',
  },
  european: {
    'الناتو': 'NATO', 'الحلف الأطلسي': 'NATO', 'حلف شمال الأطلسي': 'NATO|North Atlantic Treaty Organization', 'البنتاغون': 'Pentagon',
    'سي آي إيه': 'CIA', 'إف بي آي': 'FBI', 'اليونسكو': 'UNESCO', 'اليونيسف': 'UNICEF', 'الأونروا': 'UNRWA', 'الفاو': 'FAO', 'الإنتربول': 'Interpol',
    'الأوبك': 'OPEC', 'أوبك': 'OPEC', 'أوبك بلس': 'OPEC+', 'بوينغ': 'Boeing', 'إيرباص': 'Airbus', 'لوكهيد مارتن': 'Lockheed Martin',
    'رويترز': 'Reuters', 'أسوشيتد برس': 'Associated Press|AP', 'فرانس برس': 'AFP|Agence France-Presse', 'بي بي سي': 'BBC', 'سي إن إن': 'CNN',
    'غوغل': 'Google', 'مايكروسوفت': 'Microsoft', 'تيسلا': 'Tesla', 'أمازون': 'Amazon', 
    'توتال': 'TotalEnergies|Total', 'توتال إنرجيز': 'TotalEnergies', 'بي بي': 'BP', 'إكسون موبيل': 'ExxonMobil', 'شيفرون': 'Chevron',
    'الكونغرس': 'Congress', 'الكونغرس الأمريكي': 'US Congress', 'البوندستاغ': 'Bundestag', 'يوروبول': 'Europol', 'فرونتكس': 'Frontex',
  },
  hebrew: {
    'الكنيست': 'Knesset', 'الموساد': 'Mossad', 'الشاباك': 'Shin Bet', 'الشين بيت': 'Shin Bet', 'الليكود': 'Likud', 'ليكود': 'Likud',
    'هآرتس': 'Haaretz', 'يديعوت أحرونوت': 'Yedioth Ahronoth', 'معاريف': 'Maariv', 'القبة الحديدية': 'Iron Dome', 'الهاغاناه': 'Haganah',
  },
  turkish: {
    'الأناضول': 'Anadolu', 'وكالة الأناضول': 'Anadolu Agency', 'بيرقدار': 'Bayraktar', 'العدالة والتنمية': 'Justice and Development Party|AKP',
    'حزب العدالة والتنمية': 'Justice and Development Party|AKP', 'حزب الشعب الجمهوري': "Republican People's Party|CHP",
  },
  'east-asian': {
    'هواوي': 'Huawei', 'شينخوا': 'Xinhua', 'سامسونغ': 'Samsung', 'تويوتا': 'Toyota', 'علي بابا': 'Alibaba', 'تيك توك': 'TikTok', 'بريكس': 'BRICS',
  },
};
