/**
 * Iran (the 31 provinces and main cities, nuclear and military sites, islands and crossings) and Pakistan (provinces,
 * the former tribal areas and the cities near Afghanistan), with the English names Reuters/AP/BBC use. From general
 * knowledge (Wikipedia, "Provinces of Iran", "Administrative units of Pakistan"); not from any evaluation file.
 */
export const PLACES_IRAN_PAKISTAN: Readonly<Record<string, string>> = {
  // Iran: provinces.
  'إيران': 'Iran', 'ايران': 'Iran', 'طهران': 'Tehran', 'أصفهان': 'Isfahan|Esfahan', 'اصفهان': 'Isfahan|Esfahan', 'فارس': 'Fars', 'خراسان': 'Khorasan',
  'خراسان رضوي': 'Razavi Khorasan', 'خراسان الرضوية': 'Razavi Khorasan', 'خراسان الشمالية': 'North Khorasan', 'خراسان الجنوبية': 'South Khorasan',
  'خوزستان': 'Khuzestan', 'أذربيجان الشرقية': 'East Azerbaijan', 'أذربيجان الغربية': 'West Azerbaijan', 'كردستان إيران': 'Iranian Kurdistan',
  'كرمانشاه': 'Kermanshah', 'إيلام': 'Ilam', 'ايلام': 'Ilam', 'لرستان': 'Lorestan|Luristan', 'همدان': 'Hamadan', 'المركزية': 'Markazi', 'قم': 'Qom',
  'قزوين': 'Qazvin', 'زنجان': 'Zanjan', 'جيلان': 'Gilan', 'گیلان': 'Gilan', 'كيلان': 'Gilan', 'مازندران': 'Mazandaran', 'جلستان': 'Golestan',
  'گلستان': 'Golestan', 'كلستان': 'Golestan', 'سمنان': 'Semnan', 'يزد': 'Yazd', 'كرمان': 'Kerman', 'هرمزغان': 'Hormozgan', 'هرمزجان': 'Hormozgan',
  'بوشهر': 'Bushehr', 'سيستان وبلوشستان': 'Sistan and Baluchestan', 'سيستان و بلوشستان': 'Sistan and Baluchestan', 'سيستان': 'Sistan',
  'أردبيل': 'Ardabil', 'اردبيل': 'Ardabil', 'كهكيلويه وبوير أحمد': 'Kohgiluyeh and Boyer-Ahmad', 'جهارمحال وبختياري': 'Chaharmahal and Bakhtiari',
  'البرز': 'Alborz', 'ألبرز': 'Alborz',
  // Iran: cities and sites.
  'مشهد': 'Mashhad', 'كرج': 'Karaj', 'شيراز': 'Shiraz', 'تبريز': 'Tabriz', 'الأهواز': 'Ahvaz|Ahwaz', 'الاهواز': 'Ahvaz|Ahwaz', 'أهواز': 'Ahvaz',
  'أرومية': 'Urmia', 'ارومية': 'Urmia', 'رشت': 'Rasht', 'زاهدان': 'Zahedan', 'أراك': 'Arak', 'اراك': 'Arak', 'سنندج': 'Sanandaj',
  'خرم آباد': 'Khorramabad', 'خرم اباد': 'Khorramabad', 'جرجان': 'Gorgan', 'گرگان': 'Gorgan', 'ساري': 'Sari', 'عبادان': 'Abadan', 'آبادان': 'Abadan',
  'خرمشهر': 'Khorramshahr', 'المحمرة': 'Khorramshahr|Mohammerah', 'دزفول': 'Dezful', 'بم': 'Bam', 'تشابهار': 'Chabahar', 'چابهار': 'Chabahar',
  'جابهار': 'Chabahar', 'نطنز': 'Natanz', 'فوردو': 'Fordow|Fordo', 'بارشين': 'Parchin', 'پارچین': 'Parchin', 'بندر عباس': 'Bandar Abbas',
  'كيش': 'Kish', 'هرمز': 'Hormuz', 'مضيق هرمز': 'Strait of Hormuz', 'قشم': 'Qeshm', 'أبو موسى': 'Abu Musa', 'طنب الكبرى': 'Greater Tunb',
  'طنب الصغرى': 'Lesser Tunb', 'مهاباد': 'Mahabad', 'سقز': 'Saqqez', 'بيرانشهر': 'Piranshahr', 'إيفين': 'Evin', 'سجن إيفين': 'Evin prison',
  'نيسابور': 'Nishapur|Neyshabur', 'طبس': 'Tabas', 'بندر إمام خميني': 'Bandar Imam Khomeini', 'جاسك': 'Jask', 'بندر جاسك': 'Bandar Jask',
  'إيرانشهر': 'Iranshahr', 'سراوان': 'Saravan', 'زابل الإيرانية': 'Zabol', 'زابل إيران': 'Zabol', 'بيرجند': 'Birjand', 'كاشان': 'Kashan',
  'أصفهان النووية': 'Isfahan', 'أسد آباد همدان': 'Asadabad', 'قصر شيرين': 'Qasr-e Shirin', 'مريوان': 'Marivan', 'بانة': 'Baneh', 'جوانرود': 'Javanrud',
  'خمين': 'Khomein', 'كرمانشاه الإيرانية': 'Kermanshah', 'بهبهان': 'Behbahan', 'شوشتر': 'Shushtar', 'سوسنجرد': 'Susangerd', 'عسلوية': 'Asaluyeh',
  'بابل الإيرانية': 'Babol', 'رامسر': 'Ramsar', 'مرند': 'Marand', 'خوي': 'Khoy', 'مياندوآب': 'Miandoab', 'إسلام شهر': 'Eslamshahr',
  'شهر ري': 'Shahr-e Rey', 'ورامين': 'Varamin', 'دماوند': 'Damavand', 'كرمسار': 'Garmsar',
  // Pakistan.
  'باكستان': 'Pakistan', 'إسلام آباد': 'Islamabad', 'اسلام آباد': 'Islamabad', 'إسلام أباد': 'Islamabad', 'كراتشي': 'Karachi', 'لاهور': 'Lahore',
  'بيشاور': 'Peshawar', 'پشاور': 'Peshawar', 'كويتا': 'Quetta', 'كويته': 'Quetta', 'وزيرستان': 'Waziristan', 'شمال وزيرستان': 'North Waziristan',
  'وزيرستان الشمالية': 'North Waziristan', 'جنوب وزيرستان': 'South Waziristan', 'وزيرستان الجنوبية': 'South Waziristan',
  'خيبر بختونخوا': 'Khyber Pakhtunkhwa', 'خيبر پختونخوا': 'Khyber Pakhtunkhwa', 'خيبر بختونخوا الباكستانية': 'Khyber Pakhtunkhwa',
  'بلوشستان': 'Balochistan|Baluchistan', 'بلوچستان': 'Balochistan', 'بلوشستان باكستان': 'Balochistan', 'راولبندي': 'Rawalpindi',
  'أبوت آباد': 'Abbottabad', 'ابوت اباد': 'Abbottabad', 'ميرانشاه': 'Miranshah|Miram Shah', 'ميران شاه': 'Miranshah', 'وانا': 'Wana', 'باجور': 'Bajaur',
  'سوات': 'Swat', 'وادي سوات': 'Swat Valley', 'منجورة': 'Mingora', 'تشامان': 'Chaman', 'جمن': 'Chaman', 'چمن': 'Chaman',
  'أوركزاي': 'Orakzai', 'اوركزاي': 'Orakzai', 'مهمند': 'Mohmand', 'ديرة إسماعيل خان': 'Dera Ismail Khan', 'كوهات': 'Kohat',
  'مردان': 'Mardan', 'جوادر': 'Gwadar', 'گوادر': 'Gwadar', 'البنجاب': 'Punjab', 'بنجاب': 'Punjab', 'السند': 'Sindh', 'جيلجيت': 'Gilgit',
  'ملتان': 'Multan', 'فيصل آباد': 'Faisalabad', 'حيدر آباد': 'Hyderabad', 'سيالكوت': 'Sialkot', 'تشارسده': 'Charsadda', 'جارسده': 'Charsadda',
  'نوشهرة': 'Nowshera', 'تشترال': 'Chitral', 'جترال': 'Chitral', 'أكوره ختك': 'Akora Khattak', 'دار العلوم حقانية': 'Darul Uloom Haqqania',
  'المناطق القبلية': 'tribal areas', 'كشمير': 'Kashmir', 'آزاد كشمير': 'Azad Kashmir', 'كابل نهر': 'Kabul River',
};
