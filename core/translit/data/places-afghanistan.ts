/**
 * Afghanistan: the 34 provinces (Wikipedia, "Provinces of Afghanistan"), their capitals, and districts, towns,
 * valleys and crossings frequent in the news, with the English names Reuters/AP/BBC and UN maps use. Keys are Arabic
 * as Arabic-language media write them (غ or ج or ك for Persian گ, ب for پ) and, where usual, in Persian letters.
 */
export const PLACES_AFGHANISTAN: Readonly<Record<string, string>> = {
  // Provinces.
  'أفغانستان': 'Afghanistan', 'بدخشان': 'Badakhshan', 'بادغيس': 'Badghis', 'بغلان': 'Baghlan', 'بلخ': 'Balkh', 'باميان': 'Bamiyan|Bamyan',
  'دايكندي': 'Daykundi|Daikundi', 'دايكندى': 'Daykundi', 'فراه': 'Farah', 'فارياب': 'Faryab', 'غزني': 'Ghazni', 'غزنة': 'Ghazni', 'غور': 'Ghor',
  'هلمند': 'Helmand', 'هرات': 'Herat', 'جوزجان': 'Jowzjan|Jawzjan', 'كابل': 'Kabul', 'قندهار': 'Kandahar', 'كابيسا': 'Kapisa', 'كاپیسا': 'Kapisa',
  'خوست': 'Khost', 'كونار': 'Kunar', 'كنر': 'Kunar', 'قندوز': 'Kunduz', 'كندوز': 'Kunduz', 'لغمان': 'Laghman', 'لوغر': 'Logar', 'لوجر': 'Logar',
  'ننغرهار': 'Nangarhar', 'ننجرهار': 'Nangarhar', 'ننگرهار': 'Nangarhar', 'ننكرهار': 'Nangarhar', 'نيمروز': 'Nimroz|Nimruz', 'نورستان': 'Nuristan',
  'بكتيا': 'Paktia', 'پكتيا': 'Paktia', 'پکتیا': 'Paktia', 'بكتيكا': 'Paktika', 'پکتیکا': 'Paktika', 'بنجشير': 'Panjshir', 'پنجشیر': 'Panjshir',
  'بنجشیر': 'Panjshir', 'بروان': 'Parwan', 'پروان': 'Parwan', 'سمنغان': 'Samangan', 'سمنگان': 'Samangan', 'سمنجان': 'Samangan',
  'سربل': 'Sar-e Pol|Sar-i-Pul', 'سر بل': 'Sar-e Pol', 'سرپل': 'Sar-e Pol', 'سر پل': 'Sar-e Pol', 'تخار': 'Takhar', 'أروزغان': 'Uruzgan|Oruzgan',
  'أوروزغان': 'Uruzgan', 'ارزكان': 'Uruzgan', 'أرزكان': 'Uruzgan', 'ارزگان': 'Uruzgan', 'وردك': 'Wardak', 'ميدان وردك': 'Maidan Wardak',
  'زابل': 'Zabul',
  // Provincial capitals and cities.
  'فيض آباد': 'Faizabad|Fayzabad', 'فيض اباد': 'Faizabad', 'قلعة نو': 'Qala-e-Naw|Qala-i-Naw', 'قلعه نو': 'Qala-e-Naw', 'بل خمري': 'Pul-e Khumri',
  'پل خمری': 'Pul-e Khumri', 'بلخمري': 'Pul-e Khumri', 'مزار شريف': 'Mazar-i-Sharif|Mazar-e Sharif', 'مزار الشريف': 'Mazar-i-Sharif',
  'نيلي': 'Nili', 'ميمنة': 'Maimana|Maymana', 'ميمنه': 'Maimana', 'جغجران': 'Chaghcharan', 'چغچران': 'Chaghcharan', 'لشكر گاه': 'Lashkar Gah',
  'لشكر غاه': 'Lashkar Gah', 'لشكرگاه': 'Lashkar Gah', 'لشكر كاه': 'Lashkar Gah', 'شبرغان': 'Sheberghan|Shibirghan', 'محمود راقي': 'Mahmud-i-Raqi',
  'أسد آباد': 'Asadabad', 'اسعد آباد': 'Asadabad', 'مهترلام': 'Mehtar Lam|Mihtarlam', 'بول علم': 'Pul-i-Alam|Pul-e Alam', 'پل علم': 'Pul-i-Alam',
  'جلال آباد': 'Jalalabad', 'جلال اباد': 'Jalalabad', 'جلالآباد': 'Jalalabad', 'زرنج': 'Zaranj', 'بارون': 'Parun', 'غرديز': 'Gardez', 'گردیز': 'Gardez',
  'كرديز': 'Gardez', 'شرنة': 'Sharana', 'شرنه': 'Sharana', 'بازارك': 'Bazarak', 'جاريكار': 'Charikar', 'چاریکار': 'Charikar', 'شاريكار': 'Charikar',
  'أيبك': 'Aybak|Aibak', 'طالقان': 'Taloqan|Taluqan', 'تالقان': 'Taloqan', 'ترينكوت': 'Tarinkot|Tarin Kowt', 'ترين كوت': 'Tarinkot|Tarin Kowt',
  'ميدان شهر': 'Maidan Shahr', 'قلات': 'Qalat', 'محمود رقي': 'Mahmud-i-Raqi',
  // Districts, towns, valleys, passes and crossings.
  'سنجين': 'Sangin', 'سنگین': 'Sangin', 'موسى قلعة': 'Musa Qala', 'موسى قلعه': 'Musa Qala', 'مرجة': 'Marjah|Marja', 'مارجة': 'Marjah',
  'ناد علي': 'Nad Ali', 'ناوزاد': 'Nawzad|Now Zad', 'كرمسير': 'Garmsir', 'گرمسیر': 'Garmsir', 'كجكي': 'Kajaki', 'كجاكي': 'Kajaki',
  'جريشك': 'Gereshk|Grishk', 'كرشك': 'Gereshk', 'سبين بولدك': 'Spin Boldak', 'سپین بولدک': 'Spin Boldak', 'أرغنداب': 'Arghandab',
  'ارغنداب': 'Arghandab', 'بنجوائي': 'Panjwai', 'بنجواي': 'Panjwai', 'پنجوایی': 'Panjwai', 'ميوند': 'Maiwand', 'شاه ولي كوت': 'Shah Wali Kot',
  'دند': 'Dand', 'شندند': 'Shindand', 'إسلام قلعة': 'Islam Qala', 'اسلام قلعه': 'Islam Qala', 'غوريان': 'Ghorian', 'أدرسكن': 'Adraskan',
  'أشين': 'Achin', 'اچين': 'Achin', 'آچين': 'Achin', 'خوجياني': 'Khogyani', 'شينوار': 'Shinwar', 'طورخم': 'Torkham', 'تورخم': 'Torkham',
  'تورا بورا': 'Tora Bora', 'تورابورا': 'Tora Bora', 'جهار دره': 'Chahar Dara', 'چهار دره': 'Chahar Dara', 'إمام صاحب': 'Imam Sahib',
  'دشت أرتشي': 'Dasht-e Archi', 'واخان': 'Wakhan', 'ممر واخان': 'Wakhan Corridor', 'جاغوري': 'Jaghori', 'زرمت': 'Zurmat',
  'شاهي كوت': 'Shahi Kot', 'بغمان': 'Paghman', 'پغمان': 'Paghman', 'سروبي': 'Sarobi', 'باغرام': 'Bagram', 'بجرام': 'Bagram',
  'ده سبز': 'Deh Sabz', 'شكر دره': 'Shakar Dara', 'أندخوي': 'Andkhoy', 'اندخوی': 'Andkhoy', 'دولت آباد': 'Dawlatabad', 'حيرتان': 'Hairatan',
  'سالانج': 'Salang', 'سالنج': 'Salang', 'ممر خيبر': 'Khyber Pass', 'خيبر': 'Khyber', 'بالا بلوك': 'Bala Buluk', 'شينكاي': 'Shinkay',
  'دهراود': 'Dehrawud', 'إندر': 'Andar', 'أندر': 'Andar', 'جيرو': 'Giro', 'ماليستان': 'Malistan', 'جلريز': 'Jalrez', 'سيد آباد': 'Sayedabad',
  'محمد آغا': 'Mohammad Agha', 'بركي برك': 'Baraki Barak', 'تشابرهار': 'Chaparhar', 'دند غوري': 'Dand-e Ghori', 'قيصار': 'Qaisar',
  'شيرين تكاب': 'Shirin Tagab', 'قوش تبه': 'Qush Tepa', 'دره صوف': 'Darah-e Suf', 'كشم': 'Kishim', 'أرجستان': 'Arghistan', 'خاكريز': 'Khakrez',
  'نوزاد': 'Nawzad', 'ديشو': 'Dishu', 'خان نشين': 'Khanashin', 'واشير': 'Washir', 'بغران': 'Baghran', 'بكوا': 'Bakwa', 'دلارام': 'Delaram',
  'كاريز': 'Karez', 'بنج وائي': 'Panjwai', 'جلدك': 'Jaldak', 'شاهجوي': 'Shahjoy', 'شاه جوي': 'Shahjoy', 'مقر': 'Muqur',
  'أجرستان': 'Ajristan', 'قره باغ': 'Qarabagh', 'قرباغ': 'Qarabagh', 'سهل شمالي': 'Shomali Plain', 'كوه دامن': 'Koh-e Daman',
  'هندو كوش': 'Hindu Kush', 'هندوكوش': 'Hindu Kush', 'آمو داريا': 'Amu Darya', 'هلمند نهر': 'Helmand River', 'كجكي سد': 'Kajaki Dam',
};
