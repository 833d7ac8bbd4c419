/**
 * Places with a conventional English name: exonyms (حلب → Aleppo) and places whose press spelling a rule would not
 * produce (دير الزور → Deir ez-Zor). Major cities and provinces of the Arab world, Iran, Afghanistan and Pakistan,
 * from general knowledge of English usage (the English names used by the UN, news agencies and atlases).
 * Countries come from i18n-iso-countries (see countries.ts), not from here.
 */
export const PLACES: Readonly<Record<string, string>> = {
  // Levant.
  'سورية': 'Syria', 'سوريا': 'Syria', 'دمشق': 'Damascus', 'حلب': 'Aleppo', 'حمص': 'Homs', 'حماة': 'Hama', 'اللاذقية': 'Latakia',
  'طرطوس': 'Tartus|Tartous', 'إدلب': 'Idlib', 'الرقة': 'Raqqa|al-Raqqa', 'دير الزور': 'Deir ez-Zor|Deir al-Zor', 'الحسكة': 'Hasakah|al-Hasakah',
  'القامشلي': 'Qamishli', 'درعا': 'Daraa', 'السويداء': 'Suwayda|Sweida|al-Suwayda', 'القنيطرة': 'Quneitra', 'تدمر': 'Palmyra',
  'منبج': 'Manbij', 'عفرين': 'Afrin', 'كوباني': 'Kobani', 'عين العرب': 'Kobani|Ayn al-Arab', 'البوكمال': 'Albu Kamal|Abu Kamal',
  'الميادين': 'Mayadin|al-Mayadin', 'دوما': 'Douma', 'الغوطة': 'Ghouta', 'جرابلس': 'Jarablus', 'الباب': 'al-Bab', 'تل أبيض': 'Tal Abyad',
  'لبنان': 'Lebanon', 'بيروت': 'Beirut', 'صيدا': 'Sidon', 'صور': 'Tyre', 'طرابلس': 'Tripoli', 'بعلبك': 'Baalbek', 'زحلة': 'Zahle',
  'الأردن': 'Jordan', 'عمان': 'Amman|Oman', 'الزرقاء': 'Zarqa', 'إربد': 'Irbid', 'العقبة': 'Aqaba', 'فلسطين': 'Palestine',
  'القدس': 'Jerusalem', 'غزة': 'Gaza', 'رام الله': 'Ramallah', 'الخليل': 'Hebron', 'نابلس': 'Nablus', 'جنين': 'Jenin', 'بيت لحم': 'Bethlehem',
  'أريحا': 'Jericho', 'يافا': 'Jaffa', 'حيفا': 'Haifa', 'عكا': 'Acre', 'تل أبيب': 'Tel Aviv', 'الضفة الغربية': 'West Bank',
  // Iraq.
  'العراق': 'Iraq', 'بغداد': 'Baghdad', 'البصرة': 'Basra', 'الموصل': 'Mosul', 'أربيل': 'Erbil', 'اربيل': 'Erbil', 'كركوك': 'Kirkuk',
  'السليمانية': 'Sulaymaniyah|Sulaimaniya', 'دهوك': 'Duhok|Dohuk', 'نينوى': 'Nineveh', 'الأنبار': 'Anbar', 'الرمادي': 'Ramadi',
  'الفلوجة': 'Fallujah', 'تكريت': 'Tikrit', 'صلاح الدين': 'Salahuddin|Salah al-Din', 'سامراء': 'Samarra', 'ديالى': 'Diyala',
  'بعقوبة': 'Baquba', 'واسط': 'Wasit', 'الكوت': 'Kut', 'بابل': 'Babylon|Babil', 'الحلة': 'Hillah', 'كربلاء': 'Karbala', 'النجف': 'Najaf',
  'القادسية': 'Qadisiyah', 'الديوانية': 'Diwaniyah', 'المثنى': 'Muthanna', 'السماوة': 'Samawah', 'ذي قار': 'Dhi Qar',
  'الناصرية': 'Nasiriyah', 'ميسان': 'Maysan', 'العمارة': 'Amarah', 'حلبجة': 'Halabja', 'تلعفر': 'Tal Afar', 'سنجار': 'Sinjar',
  'الكاظمية': 'Kadhimiya', 'الفاو': 'Faw', 'القائم': 'al-Qaim', 'هيت': 'Hit', 'حديثة': 'Haditha', 'بيجي': 'Baiji',
  // Gulf and Arabia.
  'الكويت': 'Kuwait', 'الرياض': 'Riyadh', 'جدة': 'Jeddah', 'مكة': 'Mecca', 'مكة المكرمة': 'Mecca', 'المدينة المنورة': 'Medina',
  'الدمام': 'Dammam', 'الظهران': 'Dhahran', 'البحرين': 'Bahrain', 'المنامة': 'Manama', 'قطر': 'Qatar', 'الدوحة': 'Doha',
  'الإمارات': 'UAE|Emirates', 'أبوظبي': 'Abu Dhabi', 'أبو ظبي': 'Abu Dhabi', 'دبي': 'Dubai', 'الشارقة': 'Sharjah', 'عجمان': 'Ajman',
  'مسقط': 'Muscat', 'صلالة': 'Salalah', 'اليمن': 'Yemen', 'صنعاء': 'Sanaa', 'عدن': 'Aden', 'الحديدة': 'Hodeidah', 'تعز': 'Taiz',
  'مأرب': 'Marib', 'صعدة': 'Saada', 'حضرموت': 'Hadramawt|Hadramout', 'المكلا': 'Mukalla',
  // Egypt and North Africa.
  'مصر': 'Egypt', 'القاهرة': 'Cairo', 'الإسكندرية': 'Alexandria', 'الجيزة': 'Giza', 'أسوان': 'Aswan', 'الأقصر': 'Luxor',
  'بورسعيد': 'Port Said', 'السويس': 'Suez', 'الإسماعيلية': 'Ismailia', 'سيناء': 'Sinai', 'العريش': 'El Arish|Arish',
  'ليبيا': 'Libya', 'بنغازي': 'Benghazi', 'مصراتة': 'Misrata', 'سرت': 'Sirte', 'تونس': 'Tunis|Tunisia', 'الجزائر': 'Algiers|Algeria',
  'وهران': 'Oran', 'المغرب': 'Morocco', 'الرباط': 'Rabat', 'الدار البيضاء': 'Casablanca', 'مراكش': 'Marrakesh', 'فاس': 'Fez',
  'طنجة': 'Tangier', 'الخرطوم': 'Khartoum', 'أم درمان': 'Omdurman', 'دارفور': 'Darfur', 'مقديشو': 'Mogadishu', 'نواكشوط': 'Nouakchott',
  // Iran.
  'إيران': 'Iran', 'طهران': 'Tehran', 'مشهد': 'Mashhad', 'أصفهان': 'Isfahan', 'شيراز': 'Shiraz', 'تبريز': 'Tabriz', 'قم': 'Qom',
  'الأهواز': 'Ahvaz', 'كرمان': 'Kerman', 'كرمانشاه': 'Kermanshah', 'زاهدان': 'Zahedan', 'بلوشستان': 'Baluchistan', 'خوزستان': 'Khuzestan',
  // Afghanistan: the 34 provinces and main cities.
  'أفغانستان': 'Afghanistan', 'كابل': 'Kabul', 'قندهار': 'Kandahar', 'هرات': 'Herat', 'مزار شريف': 'Mazar-i-Sharif', 'جلال آباد': 'Jalalabad',
  'جلال اباد': 'Jalalabad', 'هلمند': 'Helmand', 'لشكر گاه': 'Lashkar Gah', 'لشكر غاه': 'Lashkar Gah', 'بلخ': 'Balkh', 'جوزجان': 'Jowzjan|Jawzjan',
  'شبرغان': 'Sheberghan|Shibirghan', 'فارياب': 'Faryab', 'ميمنة': 'Maimana', 'سربل': 'Sar-e Pol', 'سمنغان': 'Samangan', 'قندوز': 'Kunduz',
  'بغلان': 'Baghlan', 'تخار': 'Takhar', 'بدخشان': 'Badakhshan', 'بنجشير': 'Panjshir', 'پنجشیر': 'Panjshir', 'بروان': 'Parwan',
  'پروان': 'Parwan', 'كابيسا': 'Kapisa', 'كاپیسا': 'Kapisa', 'لغمان': 'Laghman', 'ننغرهار': 'Nangarhar', 'ننجرهار': 'Nangarhar',
  'كونار': 'Kunar', 'كنر': 'Kunar', 'نورستان': 'Nuristan', 'وردك': 'Wardak', 'ميدان وردك': 'Maidan Wardak', 'لوغر': 'Logar',
  'باميان': 'Bamiyan', 'غور': 'Ghor', 'بادغيس': 'Badghis', 'فراه': 'Farah', 'نيمروز': 'Nimroz', 'زابل': 'Zabul', 'أروزغان': 'Uruzgan',
  'ارزكان': 'Uruzgan', 'غزني': 'Ghazni', 'بكتيا': 'Paktia', 'پكتيا': 'Paktia', 'بكتيكا': 'Paktika', 'خوست': 'Khost', 'دايكندي': 'Daykundi',
  'قلات': 'Qalat', 'غرديز': 'Gardez', 'بول علم': 'Pul-i-Alam', 'تورا بورا': 'Tora Bora', 'باغرام': 'Bagram', 'سبين بولدك': 'Spin Boldak',
  // Pakistan and beyond.
  'باكستان': 'Pakistan', 'إسلام آباد': 'Islamabad', 'كراتشي': 'Karachi', 'لاهور': 'Lahore', 'بيشاور': 'Peshawar', 'كويتا': 'Quetta',
  'وزيرستان': 'Waziristan', 'بلوشستان باكستان': 'Balochistan', 'راولبندي': 'Rawalpindi', 'أبوت آباد': 'Abbottabad', 'تركيا': 'Turkey',
  'أنقرة': 'Ankara', 'إسطنبول': 'Istanbul', 'اسطنبول': 'Istanbul', 'غازي عنتاب': 'Gaziantep', 'موسكو': 'Moscow', 'واشنطن': 'Washington',
  'لندن': 'London', 'باريس': 'Paris', 'بكين': 'Beijing', 'نيويورك': 'New York', 'بروكسل': 'Brussels', 'جنيف': 'Geneva', 'برلين': 'Berlin',
  'أمريكا': 'America', 'أميركا': 'America', 'الولايات المتحدة': 'United States', 'أوروبا': 'Europe', 'طاجيكستان': 'Tajikistan',
  'أوزبكستان': 'Uzbekistan', 'تركمانستان': 'Turkmenistan', 'كشمير': 'Kashmir', 'الخليج': 'the Gulf',
};

/** Organisations whose English name is not a transliteration, or whose spelling is fixed by usage. */
export const ORGS: Readonly<Record<string, string>> = {
  'طالبان': 'Taliban', 'حركة طالبان': 'Taliban|Taliban movement', 'داعش': 'Islamic State|ISIS|Daesh', 'تنظيم داعش': 'Islamic State|ISIS',
  'القاعدة': 'al-Qaeda|al-Qaida', 'تنظيم القاعدة': 'al-Qaeda', 'حزب الله': 'Hezbollah|Hizbollah', 'حماس': 'Hamas', 'حركة حماس': 'Hamas',
  'فتح': 'Fatah', 'الحوثيون': 'Houthis', 'أنصار الله': 'Ansar Allah', 'جبهة النصرة': 'Nusra Front|al-Nusra Front', 'هيئة تحرير الشام': 'Hayat Tahrir al-Sham',
  'الحشد الشعبي': 'Popular Mobilization Forces', 'قسد': 'SDF', 'البيشمركة': 'Peshmerga', 'الأمم المتحدة': 'United Nations', 'الناتو': 'NATO',
  'سانا': 'SANA', 'تسنيم': 'Tasnim', 'فارس': 'Fars', 'إرنا': 'IRNA', 'الجزيرة': 'Al Jazeera', 'العربية': 'Al Arabiya', 'رويترز': 'Reuters',
  'الإخوان المسلمين': 'Muslim Brotherhood', 'الإخوان المسلمون': 'Muslim Brotherhood', 'حزب البعث': "Ba'ath Party", 'البنتاغون': 'Pentagon',
  'سي آي إيه': 'CIA', 'شبكة حقاني': 'Haqqani network', 'حزب العمال الكردستاني': 'PKK', 'الحرس الثوري': 'Revolutionary Guards|IRGC',
};
