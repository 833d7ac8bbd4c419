/**
 * Persian (Iranian), Dari and Pashto names as English-language news writes them: given names, family and tribal
 * names (-zai, -khel), and the surnames of Afghan, Iranian and Pakistani public figures. Written in Arabic script
 * the way Arabic-language media write them (Arabic letters for Persian ones: ب for پ, ج or ك for چ گ), and in
 * Persian letters where those are usual. From general knowledge of Reuters/AP/BBC/Tolo usage; not from any
 * evaluation file.
 *
 * A name with one of these words is read as Persian-context: shared Arabic names then take the spelling Afghan and
 * Iranian usage prefers (FA_SPELLINGS: Mohammad, Ahmad, Hasan, Javad).
 */
export const PERSIAN_GIVEN: Readonly<Record<string, string>> = {
  'گل': 'Gul', 'كل': 'Gul', 'جان': 'Jan', 'خان': 'Khan', 'شاه': 'Shah', 'زاده': 'Zada|Zadeh', 'أشرف': 'Ashraf', 'غلام': 'Ghulam|Gholam',
  'سراج': 'Siraj', 'ذبيح': 'Zabih', 'أكبر': 'Akbar', 'أصغر': 'Asghar', 'جهانگیر': 'Jahangir', 'جهانكير': 'Jahangir', 'پرویز': 'Parviz|Parvez',
  'برويز': 'Parviz|Pervez', 'فريد': 'Farid', 'جاويد': 'Javed|Javid', 'نواز': 'Nawaz', 
  'زلماي': 'Zalmay|Zalmai', 'ميرويس': 'Mirwais', 'ملالي': 'Malalai', 'ملالا': 'Malala', 'شير': 'Sher|Shir',
  'دوست': 'Dost', 'لال': 'Lal', 'باشا': 'Pasha|Basha', 'بادشاه': 'Padshah|Badshah', 'عطا': 'Atta|Ata', 'نور': 'Noor|Nur', 'فهيم': 'Fahim|Faheem',
  'قسيم': 'Qasim', 'يونس': 'Yunus|Younis', 'داود': 'Daud|Dawood|Daoud', 'ظاهر': 'Zahir', 'حنيف': 'Hanif', 'سرور': 'Sarwar', 'ثروت': 'Sarwat',
  'رنگین': 'Rangin', 'رنجين': 'Rangin', 'بابر': 'Babur|Babar', 'ببرك': 'Babrak', 'تره كي': 'Taraki', 'تركي': 'Turki|Taraki',
  'بهرام': 'Bahram', 'داريوش': 'Dariush|Darius', 'كورش': 'Kourosh|Cyrus', 'فرهاد': 'Farhad', 'شيرين': 'Shirin', 'بريسا': 'Parisa', 'مهسا': 'Mahsa',
  'زهرا': 'Zahra', 'فاطمه': 'Fatemeh|Fatima', 'حامد': 'Hamed|Hamid', 'بهروز': 'Behrouz|Behrooz', 'بيجن': 'Bijan', 'جمشيد': 'Jamshid',
  'رستم': 'Rostam|Rustam', 'سهراب': 'Sohrab', 'كامبيز': 'Kambiz', 'سيامك': 'Siamak', 'شهرام': 'Shahram', 'شهريار': 'Shahriar', 'كيوان': 'Keyvan',
  'مسعود': 'Massoud|Masoud|Masood', 'محمود': 'Mahmoud|Mahmood|Mahmud', 'رضا': 'Reza|Rida', 'علي رضا': 'Alireza|Ali Reza', 'عليرضا': 'Alireza',
  'أمير': 'Amir', 'حسن': 'Hassan|Hasan', 'إسماعيل': 'Ismail|Esmail', 'جواد': 'Javad|Jawad', 'صادق': 'Sadegh|Sadiq', 'نرگس': 'Narges',
  'أمر الله': 'Amrullah', 'مجيب': 'Mujib', 'نازنين': 'Nazanin', 'نسيم': 'Nasim|Naseem', 'فرزانة': 'Farzana', 'فوزية': 'Fawzia|Fauzia',
  'رويا': 'Roya', 'رؤيا': 'Roya', 'سيما': 'Sima', 'حسينة': 'Hasina', 'ثريا': 'Soraya|Thuraya', 'زرغونة': 'Zarghuna', 'شكرية': 'Shukria',
  'ماري': 'Mari', 'شبنم': 'Shabnam', 'مژده': 'Mozhdah', 'پروين': 'Parveen|Parvin', 'بروين': 'Parveen|Parvin', 'ميرزا': 'Mirza',
  'سهيل': 'Suhail|Sohail', 'شاهين': 'Shaheen|Shahin', 'بلال': 'Bilal', 'أنس': 'Anas', 'يعقوب': 'Yaqoob|Yaqub',
  'عباس': 'Abbas', 'أختر': 'Akhtar', 'اختر': 'Akhtar', 'منصور': 'Mansour|Mansoor', 'نقيب': 'Naqib|Naqeeb', 'ضعيف': 'Zaeef|Zaif', 'صفدر': 'Safdar',
  'قربان': 'Qurban', 'نادر': 'Nader|Nadir', 'أحمد شاه': 'Ahmad Shah', 'شاه محمود': 'Shah Mahmood', 'خليل زاد': 'Khalilzad', 'خليلزاد': 'Khalilzad',
};

/** Afghan, Iranian and Pakistani family, tribal and clan names and the surnames of public figures. */
export const PERSIAN_FAMILY: Readonly<Record<string, string>> = {
  // Afghanistan.
  'كرزاي': 'Karzai', 'غني': 'Ghani', 'حقاني': 'Haqqani', 'دوستم': 'Dostum', 'أخند': 'Akhund', 'آخند': 'Akhund', 'آخوند': 'Akhund|Akhoond',
  'أخوند': 'Akhund', 'آخندزاده': 'Akhundzada|Akhundzadeh', 'أخندزاده': 'Akhundzada', 'آخوندزاده': 'Akhundzada|Akhundzadeh', 'أخوندزاده': 'Akhundzada',
  'برادر': 'Baradar', 'متقي': 'Muttaqi|Mottaki', 'مجاهد': 'Mujahid', 'محمدي': 'Mohammadi|Muhammadi',
  'أحمدي': 'Ahmadi', 'رباني': 'Rabbani', 'حكمتيار': 'Hekmatyar', 'صالح': 'Saleh|Salih', 'مسعود': 'Massoud|Masoud', 'ترابي': 'Turabi',
  'شاهين': 'Shaheen|Shahin', 'ستانكزي': 'Stanikzai|Stanekzai', 'ستانكزاي': 'Stanikzai|Stanekzai', 'كريمي': 'Karimi', 'محقق': 'Mohaqiq|Mohaqeq',
  'خليلي': 'Khalili', 'قانوني': 'Qanuni|Qanooni', 'فهيم': 'Fahim', 'سياف': 'Sayyaf', 'مجددي': 'Mojaddedi|Mujaddidi', 'خالص': 'Khalis',
  'گيلاني': 'Gailani|Gilani', 'جيلاني': 'Gailani|Jilani', 'كيلاني': 'Gailani|Kilani', 'نبيل': 'Nabil', 'خالد': 'Khalid', 'أتمر': 'Atmar',
  'اتمر': 'Atmar', 'محب': 'Mohib', 'سادات': 'Sadat', 'دانش': 'Danish', 'سبانتا': 'Spanta', 'كوفي': 'Koofi', 'جويا': 'Joya', 'تركي': 'Taraki',
  'كارمل': 'Karmal', 'أمين': 'Amin', 'نجيب': 'Najib', 'داود': 'Daoud|Daud', 'منصور': 'Mansour|Mansoor', 'زعيف': 'Zaeef', 'يوسفزي': 'Yousafzai',
  'يوسفزاي': 'Yousafzai|Yusufzai', 'بوبلزاي': 'Popalzai', 'پوپلزی': 'Popalzai', 'پوپلزاي': 'Popalzai', 'باركزاي': 'Barakzai', 'بارکزی': 'Barakzai',
  'عليكوزاي': 'Alikozai', 'أتشكزاي': 'Achakzai', 'اچکزی': 'Achakzai', 'أچكزي': 'Achakzai', 'نورزاي': 'Noorzai|Nurzai', 'نورزي': 'Noorzai',
  'إسحاقزاي': 'Ishaqzai', 'عليزاي': 'Alizai', 'أحمدزي': 'Ahmadzai', 'أحمدزاي': 'Ahmadzai', 'احمدزی': 'Ahmadzai', 'محمدزي': 'Mohammadzai',
  'محمدزاي': 'Mohammadzai', 'مهمند': 'Mohmand', 'أفريدي': 'Afridi', 'شينواري': 'Shinwari', 'وزير': 'Wazir', 'محسود': 'Mehsud|Mahsud',
  'دراني': 'Durrani', 'دوراني': 'Durrani', 'غلزاي': 'Ghilzai', 'هوتك': 'Hotak', 'توخي': 'Tokhi', 'كاكر': 'Kakar', 'زدران': 'Zadran',
  'منغل': 'Mangal', 'ختك': 'Khattak', 'صافي': 'Safi', 'مومند': 'Momand|Mohmand', 'اندر': 'Andar', 'جلالي': 'Jalali', 'عظيمي': 'Azimi',
  'نظري': 'Nazari', 'رحيمي': 'Rahimi', 'هاشمي': 'Hashimi|Hashemi', 'حسيني': 'Hosseini|Husseini', 'موسوي': 'Mousavi|Musavi', 'رضائي': 'Rezaei|Rezai',
  'رضايي': 'Rezaei', 'نوري': 'Noori|Nouri', 'قادري': 'Qaderi|Qadri', 'عمري': 'Omari|Umari', 'يفتلي': 'Yftali', 'وردك': 'Wardak', 'سروري': 'Sarwari',
  'بلخي': 'Balkhi', 'هروي': 'Herawi|Heravi', 'كابلي': 'Kabuli', 'بنجشيري': 'Panjshiri', 'قندهاري': 'Kandahari', 'ننجرهاري': 'Nangarhari',
  'زرداري': 'Zardari', 'بوتو': 'Bhutto', 'شريف': 'Sharif', 'خان': 'Khan', 'عمران خان': 'Imran Khan', 'منير': 'Munir', 'باجوا': 'Bajwa',
  // Iran.
  'خامنئي': 'Khamenei', 'خامنه ای': 'Khamenei', 'الخامنئي': 'Khamenei', 'خميني': 'Khomeini', 'الخميني': 'Khomeini', 'روحاني': 'Rouhani|Rohani',
  'رئيسي': 'Raisi', 'ظريف': 'Zarif', 'سليماني': 'Soleimani|Suleimani', 'قاآني': 'Qaani|Ghaani', 'قاءاني': 'Qaani', 'لاريجاني': 'Larijani',
  'رفسنجاني': 'Rafsanjani', 'هاشمي رفسنجاني': 'Hashemi Rafsanjani', 'أحمدي نجاد': 'Ahmadinejad', 'احمدی نژاد': 'Ahmadinejad', 'نجاد': 'Nejad',
  'خاتمي': 'Khatami', 'كروبي': 'Karroubi', 'بزشكيان': 'Pezeshkian', 'پزشکیان': 'Pezeshkian', 'عراقجي': 'Araghchi|Araqchi', 'عراقچی': 'Araghchi',
  'قاليباف': 'Ghalibaf|Qalibaf', 'قالیباف': 'Ghalibaf', 'جليلي': 'Jalili', 'مخبر': 'Mokhber', 'عبد اللهيان': 'Amir-Abdollahian|Abdollahian',
  'عبداللهيان': 'Amir-Abdollahian|Abdollahian', 'أمير عبد اللهيان': 'Amir-Abdollahian', 'شمخاني': 'Shamkhani', 'سلامي': 'Salami',
  'باقري': 'Bagheri|Baqeri', 'حاجي زاده': 'Hajizadeh', 'فخري زاده': 'Fakhrizadeh', 'أميني': 'Amini', 'عبادي': 'Ebadi', 'منتظري': 'Montazeri',
  'بهشتي': 'Beheshti', 'مطهري': 'Motahari', 'صالحي': 'Salehi', 'كنعاني': 'Kanaani|Kanani', 'نقدي': 'Naqdi', 'جعفري': 'Jafari',
  'صفوي': 'Safavi', 'رضائي محسن': 'Mohsen Rezaei', 'مصباح يزدي': 'Mesbah Yazdi', 'بهلوي': 'Pahlavi', 'پهلوی': 'Pahlavi', 'مصدق': 'Mossadegh',
  'شريعتمداري': 'Shariatmadari', 'طباطبائي': 'Tabatabaei|Tabatabai', 'طباطبايي': 'Tabatabaei', 'محسني': 'Mohseni', 'إجئي': 'Ejei',
  'أجئي': 'Ejei', 'محسني إجئي': 'Mohseni-Ejei', 'رئيسي سادات': 'Raisolsadati', 'أصفهاني': 'Isfahani|Esfahani', 'شيرازي': 'Shirazi',
  'تبريزي': 'Tabrizi', 'طهراني': 'Tehrani', 'كرماني': 'Kermani', 'خراساني': 'Khorasani', 'مشهدي': 'Mashhadi', 'يزدي': 'Yazdi',
};

/**
 * The spelling that Afghan and Iranian usage prefers for a name shared with Arabic (محمد → Mohammad, not
 * Mohammed), used when another word of the name is Persian-context. Must be one of the word's spellings.
 */
export const FA_SPELLINGS: Readonly<Record<string, string>> = {
  'محمد': 'Mohammad', 'أحمد': 'Ahmad', 'حسن': 'Hasan', 'حسين': 'Hussain', 'جواد': 'Javad', 'محمود': 'Mahmood', 'قاسم': 'Qasim',
  'صادق': 'Sadiq', 'مهدي': 'Mehdi', 'رضا': 'Reza', 'نور': 'Noor', 'عطا': 'Atta', 'عثمان': 'Usman', 'عمر': 'Omar', 'يوسف': 'Yousuf',
  'يونس': 'Yunus', 'داود': 'Daud', 'إبراهيم': 'Ibrahim', 'إسماعيل': 'Ismail', 'كاظم': 'Kazem', 'باقر': 'Baqir', 'حيدر': 'Haidar',
  'عبد الله': 'Abdullah', 'مصطفى': 'Mustafa', 'مرتضى': 'Murtaza', 'مجتبى': 'Mojtaba', 'منصور': 'Mansoor', 'سهيل': 'Suhail',
  'خالد': 'Khalid', 'صالح': 'Saleh', 'رحمن': 'Rahman', 'رحيم': 'Rahim', 'ظاهر': 'Zahir', 'نبي': 'Nabi', 'ولي': 'Wali', 'جلال': 'Jalal',
  'سعيد': 'Saeed', 'رشيد': 'Rashid', 'حامد': 'Hamid', 'فاطمة': 'Fatima', 'زينب': 'Zainab', 'عيسى': 'Isa', 'موسى': 'Musa',
  'يعقوب': 'Yaqoob', 'مسعود': 'Massoud', 'عباس': 'Abbas', 'هاشم': 'Hashim', 'ناصر': 'Nasir', 'نصير': 'Nasir', 'شريف': 'Sharif',
};
