/**
 * Places with a conventional English name outside Afghanistan, the Levant, Iraq, Iran and Pakistan (those are in
 * places-*.ts): the Gulf and Arabia, Yemen, Egypt, Libya and North Africa, Turkey and world capitals that Arabic news
 * names often; exonyms (القاهرة → Cairo) and spellings a rule would not produce. From general knowledge of English
 * usage (the names used by the UN, news agencies and atlases). Countries come from i18n-iso-countries
 * (countries.ts), not from here.
 */
export const PLACES: Readonly<Record<string, string>> = {
  // Gulf and Arabia.
  'الكويت': 'Kuwait', 'الرياض': 'Riyadh', 'جدة': 'Jeddah', 'مكة': 'Mecca', 'مكة المكرمة': 'Mecca', 'المدينة المنورة': 'Medina',
  'الدمام': 'Dammam', 'الظهران': 'Dhahran', 'الخبر': 'Khobar', 'الطائف': 'Taif', 'تبوك': 'Tabuk', 'أبها': 'Abha', 'جازان': 'Jazan|Jizan',
  'جيزان': 'Jizan', 'نجران': 'Najran', 'القطيف': 'Qatif', 'حائل': 'Hail', 'بريدة': 'Buraidah', 'ينبع': 'Yanbu', 'نيوم': 'NEOM', 'العلا': 'AlUla',
  'البحرين': 'Bahrain', 'المنامة': 'Manama', 'قطر': 'Qatar', 'الدوحة': 'Doha', 'الإمارات': 'UAE|Emirates', 'أبوظبي': 'Abu Dhabi', 'أبو ظبي': 'Abu Dhabi',
  'دبي': 'Dubai', 'الشارقة': 'Sharjah', 'عجمان': 'Ajman', 'الفجيرة': 'Fujairah', 'رأس الخيمة': 'Ras al-Khaimah', 'أم القيوين': 'Umm al-Quwain',
  'مسقط': 'Muscat', 'صلالة': 'Salalah', 'صحار': 'Sohar', 'الدقم': 'Duqm', 'الخليج': 'the Gulf', 'الخليج العربي': 'Arabian Gulf',
  'البحر الأحمر': 'Red Sea', 'باب المندب': 'Bab al-Mandab', 'خليج عدن': 'Gulf of Aden',
  // Yemen.
  'اليمن': 'Yemen', 'صنعاء': 'Sanaa', 'عدن': 'Aden', 'الحديدة': 'Hodeidah', 'تعز': 'Taiz', 'مأرب': 'Marib', 'صعدة': 'Saada', 'حضرموت': 'Hadramawt|Hadramout',
  'المكلا': 'Mukalla', 'إب': 'Ibb', 'ذمار': 'Dhamar', 'حجة': 'Hajjah', 'عمران': 'Amran', 'البيضاء': 'al-Bayda', 'شبوة': 'Shabwa', 'أبين': 'Abyan',
  'لحج': 'Lahj', 'المخا': 'Mokha', 'عتق': 'Ataq', 'سيئون': 'Seiyun', 'الجوف': 'al-Jawf', 'سقطرى': 'Socotra', 'المهرة': 'al-Mahra', 'زنجبار': 'Zinjibar',
  // Egypt and North Africa.
  'مصر': 'Egypt', 'القاهرة': 'Cairo', 'الإسكندرية': 'Alexandria', 'الجيزة': 'Giza', 'أسوان': 'Aswan', 'الأقصر': 'Luxor', 'بورسعيد': 'Port Said',
  'بور سعيد': 'Port Said', 'السويس': 'Suez', 'قناة السويس': 'Suez Canal', 'الإسماعيلية': 'Ismailia', 'سيناء': 'Sinai', 'العريش': 'El Arish|Arish',
  'رفح المصرية': 'Rafah', 'شرم الشيخ': 'Sharm el-Sheikh', 'الغردقة': 'Hurghada', 'المنيا': 'Minya', 'أسيوط': 'Assiut', 'طنطا': 'Tanta', 'المنصورة': 'Mansoura',
  'ليبيا': 'Libya', 'بنغازي': 'Benghazi', 'مصراتة': 'Misrata', 'سرت': 'Sirte', 'درنة': 'Derna', 'طبرق': 'Tobruk', 'سبها': 'Sabha', 'الزاوية': 'Zawiya',
  'أجدابيا': 'Ajdabiya', 'الزنتان': 'Zintan', 'بني وليد': 'Bani Walid', 'غدامس': 'Ghadames', 'راس لانوف': 'Ras Lanuf', 'البريقة': 'Brega',
  'تونس': 'Tunis|Tunisia', 'صفاقس': 'Sfax', 'سوسة': 'Sousse', 'القيروان': 'Kairouan', 'الجزائر': 'Algiers|Algeria', 'وهران': 'Oran', 'قسنطينة': 'Constantine',
  'المغرب': 'Morocco', 'الرباط': 'Rabat', 'الدار البيضاء': 'Casablanca', 'مراكش': 'Marrakesh', 'فاس': 'Fez', 'طنجة': 'Tangier',
  'الخرطوم': 'Khartoum', 'أم درمان': 'Omdurman', 'دارفور': 'Darfur', 'الفاشر': 'El Fasher|al-Fashir', 'بورتسودان': 'Port Sudan', 'بور سودان': 'Port Sudan',
  'مقديشو': 'Mogadishu', 'نواكشوط': 'Nouakchott', 'جيبوتي': 'Djibouti',
  // Turkey, the Caucasus and Central Asia.
  'تركيا': 'Turkey', 'أنقرة': 'Ankara', 'إسطنبول': 'Istanbul', 'اسطنبول': 'Istanbul', 'غازي عنتاب': 'Gaziantep', 'عنتاب': 'Gaziantep', 'أورفة': 'Urfa',
  'شانلي أورفة': 'Sanliurfa', 'هاتاي': 'Hatay', 'أنطاكية': 'Antakya', 'الريحانية': 'Reyhanli', 'كلس': 'Kilis', 'ديار بكر': 'Diyarbakir',
  'ماردين': 'Mardin', 'نصيبين': 'Nusaybin', 'أضنة': 'Adana', 'إنجرليك': 'Incirlik', 'طاجيكستان': 'Tajikistan', 'دوشنبه': 'Dushanbe',
  'أوزبكستان': 'Uzbekistan', 'طشقند': 'Tashkent', 'ترمذ': 'Termez', 'تركمانستان': 'Turkmenistan', 'عشق آباد': 'Ashgabat', 'الشيشان': 'Chechnya',
  // World capitals and regions often named in Arabic news.
  'موسكو': 'Moscow', 'واشنطن': 'Washington', 'لندن': 'London', 'باريس': 'Paris', 'بكين': 'Beijing', 'نيويورك': 'New York', 'بروكسل': 'Brussels',
  'جنيف': 'Geneva', 'برلين': 'Berlin', 'فيينا': 'Vienna', 'روما': 'Rome', 'مدريد': 'Madrid', 'أستانا': 'Astana', 'سوتشي': 'Sochi', 'نيودلهي': 'New Delhi',
  'دلهي': 'Delhi', 'طوكيو': 'Tokyo', 'بغداد': 'Baghdad', 'أمريكا': 'America', 'أميركا': 'America', 'الولايات المتحدة': 'United States',
  'أوروبا': 'Europe', 'آسيا': 'Asia', 'أفريقيا': 'Africa', 'إفريقيا': 'Africa', 'الشرق الأوسط': 'Middle East', 'آسيا الوسطى': 'Central Asia',
  'البيت الأبيض': 'White House', 'الكرملين': 'Kremlin',
};
