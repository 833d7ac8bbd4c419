/**
 * Syria (the 14 governorates and the cities, towns and crossings frequent in news of the war), Lebanon, Jordan and
 * Palestine, with the English names Reuters/AP/BBC and UN maps use (Deir ez-Zor, Albu Kamal, Maarat al-Numan).
 * From general knowledge (Wikipedia lists of governorates and districts of Syria); not from any evaluation file.
 */
export const PLACES_LEVANT: Readonly<Record<string, string>> = {
  // Syria: governorates and their capitals.
  'سورية': 'Syria', 'سوريا': 'Syria', 'دمشق': 'Damascus', 'ريف دمشق': 'Rif Dimashq|Damascus countryside', 'حلب': 'Aleppo', 'حمص': 'Homs',
  'حماة': 'Hama', 'حماه': 'Hama', 'اللاذقية': 'Latakia', 'طرطوس': 'Tartus|Tartous', 'إدلب': 'Idlib', 'ادلب': 'Idlib', 'الرقة': 'Raqqa|al-Raqqa',
  'دير الزور': 'Deir ez-Zor|Deir al-Zor|Deir Ezzor', 'ديرالزور': 'Deir ez-Zor', 'الحسكة': 'Hasakah|al-Hasakah', 'درعا': 'Daraa',
  'السويداء': 'Suwayda|Sweida|al-Suwayda', 'القنيطرة': 'Quneitra', 'تدمر': 'Palmyra|Tadmur',
  // Syria: north and east.
  'القامشلي': 'Qamishli', 'منبج': 'Manbij', 'عفرين': 'Afrin', 'كوباني': 'Kobani', 'كوبانى': 'Kobani', 'عين العرب': 'Kobani|Ayn al-Arab',
  'البوكمال': 'Albu Kamal|Abu Kamal', 'أبو كمال': 'Abu Kamal|Albu Kamal', 'الميادين': 'Mayadin|al-Mayadin|Al Mayadeen', 'هجين': 'Hajin',
  'جرابلس': 'Jarablus', 'الباب': 'al-Bab', 'تل أبيض': 'Tal Abyad', 'تل ابيض': 'Tal Abyad', 'رأس العين': 'Ras al-Ain', 'راس العين': 'Ras al-Ain',
  'أعزاز': 'Azaz', 'اعزاز': 'Azaz', 'عزاز': 'Azaz', 'تل رفعت': 'Tal Rifaat', 'دير حافر': 'Deir Hafer', 'مسكنة': 'Maskanah', 'السفيرة': 'al-Safira|Safira',
  'الراعي': 'al-Rai', 'الطبقة': 'Tabqa|al-Tabqa', 'عين عيسى': 'Ain Issa', 'سلوك': 'Suluk', 'الشدادي': 'Shaddadi|al-Shaddadi', 'الشدادة': 'Shaddadi',
  'مركدة': 'Markadah', 'عامودا': 'Amuda', 'المالكية': 'al-Malikiyah|Derik', 'ديريك': 'Derik', 'تل تمر': 'Tal Tamr', 'البصيرة': 'Busayrah|al-Busayrah',
  'الشعفة': 'al-Shaafa|Shafa', 'الباغوز': 'Baghouz|al-Baghuz', 'السوسة': 'Susah', 'العشارة': 'al-Ashara', 'الشحيل': 'Shuhail', 'ذيبان': 'Dhiban',
  'الصور': 'al-Sour', 'التبني': 'Tabni', 'معدان': 'Maadan', 'الكسرة': 'al-Kasra', 'الهول': 'al-Hol|al-Hawl', 'مخيم الهول': 'al-Hol camp',
  'الروج': 'Roj', 'عين ديوار': 'Ain Diwar', 'تل حميس': 'Tal Hamis', 'القحطانية': 'Qahtaniyah', 'الدرباسية': 'Darbasiyah', 'سري كانيه': 'Serekaniye',
  'الرميلان': 'Rmeilan', 'الخابور': 'Khabur', 'الفرات': 'Euphrates', 'نهر الفرات': 'Euphrates River', 'دجلة': 'Tigris', 'العريمة': 'Arima',
  'خان العسل': 'Khan al-Asal', 'السفيرة الشرقية': 'al-Safira', 'منغ': 'Menagh', 'تادف': 'Tadef', 'الأتارب': 'Atarib|al-Atarib', 'دارة عزة': 'Darat Izza',
  'عندان': 'Anadan', 'حريتان': 'Hreitan', 'نبل': 'Nubl', 'الزهراء': 'al-Zahraa', 'كويرس': 'Kuweires', 'الشيخ مقصود': 'Sheikh Maqsoud',
  // Syria: Idlib and Hama.
  'معرة النعمان': 'Maarat al-Numan|Maarrat al-Numan', 'جسر الشغور': 'Jisr al-Shughur', 'سراقب': 'Saraqib', 'خان شيخون': 'Khan Shaykhun|Khan Sheikhoun',
  'أريحا': 'Ariha|Jericho', 'كفرنبل': 'Kafranbel|Kafr Nabl', 'بنش': 'Binnish', 'الدانا': 'al-Dana', 'سرمدا': 'Sarmada', 'حارم': 'Harem',
  'باب الهوى': 'Bab al-Hawa', 'باب السلامة': 'Bab al-Salama', 'معرة مصرين': 'Maarrat Misrin', 'سلقين': 'Salqin', 'أطمة': 'Atmeh', 'اطمة': 'Atmeh',
  'دركوش': 'Darkush', 'كفرتخاريم': 'Kafr Takharim', 'تفتناز': 'Taftanaz', 'سرمين': 'Sarmin', 'كفر نبودة': 'Kafr Nabudah', 'قلعة المضيق': 'Qalaat al-Madiq',
  'سلمية': 'Salamiyah', 'السلمية': 'Salamiyah', 'مصياف': 'Masyaf', 'محردة': 'Mahardah', 'السقيلبية': 'Suqaylabiyah', 'كفرزيتا': 'Kafr Zita',
  'مورك': 'Morek', 'اللطامنة': 'Latamneh', 'صوران': 'Souran', 'طيبة الإمام': 'Taybat al-Imam', 'حلفايا': 'Halfaya', 'الغاب': 'al-Ghab',
  'سهل الغاب': 'al-Ghab plain', 'جبل الزاوية': 'Jabal al-Zawiya', 'جبل الأكراد': 'Jabal al-Akrad', 'جبل التركمان': 'Jabal al-Turkman',
  // Syria: Homs, Damascus and the south.
  'الرستن': 'Rastan|al-Rastan', 'تلبيسة': 'Talbiseh', 'القصير': 'Qusayr|al-Qusayr', 'تلكلخ': 'Tal Kalakh', 'السخنة': 'Sukhnah|al-Sukhna',
  'القريتين': 'al-Qaryatayn|Qaryatain', 'الحولة': 'Houla', 'تدمر الأثرية': 'Palmyra', 'التنف': 'al-Tanf|Tanf', 'الركبان': 'Rukban', 'حمص القديمة': 'Old Homs',
  'بابا عمرو': 'Baba Amr', 'الوعر': 'al-Waer', 'دوما': 'Douma', 'حرستا': 'Harasta', 'الغوطة': 'Ghouta', 'الغوطة الشرقية': 'Eastern Ghouta',
  'الغوطة الغربية': 'Western Ghouta', 'جوبر': 'Jobar', 'زملكا': 'Zamalka', 'عين ترما': 'Ain Tarma', 'عربين': 'Arbin', 'سقبا': 'Saqba', 'كفربطنا': 'Kafr Batna',
  'داريا': 'Daraya|Darayya', 'المعضمية': 'Moadamiyeh|Muadamiyat al-Sham', 'معضمية الشام': 'Moadamiyeh', 'الزبداني': 'Zabadani|al-Zabadani', 'مضايا': 'Madaya',
  'اليرموك': 'Yarmouk', 'مخيم اليرموك': 'Yarmouk camp', 'قدسيا': 'Qudsaya', 'وادي بردى': 'Wadi Barada', 'القلمون': 'Qalamoun', 'يبرود': 'Yabroud',
  'النبك': 'Nabk|al-Nabk', 'السيدة زينب': 'Sayyida Zeinab', 'جرمانا': 'Jaramana', 'المزة': 'Mezzeh', 'برزة': 'Barzeh', 'القابون': 'Qaboun',
  'التل': 'al-Tal', 'صيدنايا': 'Saydnaya|Sednaya', 'الضمير': 'Dumayr', 'الكسوة': 'Kisweh', 'ببيلا': 'Babbila', 'يلدا': 'Yalda', 'قطنا': 'Qatana',
  'بصرى الشام': 'Busra al-Sham|Bosra', 'بصرى': 'Bosra|Busra', 'نوى': 'Nawa', 'طفس': 'Tafas', 'جاسم': 'Jasim', 'إنخل': 'Inkhil', 'الصنمين': 'Sanamayn|al-Sanamayn',
  'إزرع': 'Izra', 'نصيب': 'Nasib', 'معبر نصيب': 'Nasib crossing', 'الحارة': 'al-Harra', 'درعا البلد': 'Daraa al-Balad', 'شهبا': 'Shahba', 'صلخد': 'Salkhad',
  'الجولان': 'Golan|Golan Heights', 'هضبة الجولان': 'Golan Heights', 'مرتفعات الجولان': 'Golan Heights', 'خان أرنبة': 'Khan Arnabah',
  // Syria: the coast.
  'جبلة': 'Jableh', 'القرداحة': 'Qardaha', 'كسب': 'Kessab|Kasab', 'حميميم': 'Hmeimim|Khmeimim', 'بانياس': 'Baniyas|Banias', 'صافيتا': 'Safita',
  'الدريكيش': 'Dreikish', 'الحفة': 'al-Haffah', 'صلنفة': 'Slinfah',
  // Lebanon.
  'لبنان': 'Lebanon', 'بيروت': 'Beirut', 'صيدا': 'Sidon|Saida', 'صور': 'Tyre', 'طرابلس': 'Tripoli', 'بعلبك': 'Baalbek', 'زحلة': 'Zahle',
  'النبطية': 'Nabatieh', 'الهرمل': 'Hermel', 'عرسال': 'Arsal', 'الضاحية': 'Dahiyeh', 'الضاحية الجنوبية': 'southern suburbs|Dahiyeh',
  'بنت جبيل': 'Bint Jbeil', 'جبيل': 'Byblos|Jbeil', 'جونية': 'Jounieh', 'عكار': 'Akkar', 'البقاع': 'Bekaa', 'مرجعيون': 'Marjayoun', 'الناقورة': 'Naqoura',
  'الخيام': 'Khiam', 'عين الحلوة': 'Ain al-Hilweh', 'القصيبة': 'Qusaybeh', 'شبعا': 'Shebaa', 'مزارع شبعا': 'Shebaa Farms', 'الليطاني': 'Litani',
  // Jordan.
  'الأردن': 'Jordan', 'عمان': 'Amman|Oman', 'عمّان': 'Amman', 'الزرقاء': 'Zarqa', 'إربد': 'Irbid', 'اربد': 'Irbid', 'العقبة': 'Aqaba', 'المفرق': 'Mafraq',
  'الزعتري': 'Zaatari', 'مخيم الزعتري': 'Zaatari camp', 'الكرك': 'Karak', 'معان': 'Maan', 'السلط': 'Salt', 'جرش': 'Jerash', 'مادبا': 'Madaba',
  'الرمثا': 'Ramtha', 'البتراء': 'Petra', 'البحر الميت': 'Dead Sea',
  // Palestine and Israel.
  'فلسطين': 'Palestine', 'القدس': 'Jerusalem', 'غزة': 'Gaza', 'قطاع غزة': 'Gaza Strip', 'رام الله': 'Ramallah', 'الخليل': 'Hebron', 'نابلس': 'Nablus',
  'جنين': 'Jenin', 'بيت لحم': 'Bethlehem', 'يافا': 'Jaffa', 'حيفا': 'Haifa', 'عكا': 'Acre', 'تل أبيب': 'Tel Aviv', 'الضفة الغربية': 'West Bank',
  'رفح': 'Rafah', 'خان يونس': 'Khan Younis', 'خانيونس': 'Khan Younis', 'جباليا': 'Jabalia', 'دير البلح': 'Deir al-Balah', 'بيت حانون': 'Beit Hanoun',
  'بيت لاهيا': 'Beit Lahia', 'النصيرات': 'Nuseirat', 'الشجاعية': 'Shejaiya', 'طولكرم': 'Tulkarm', 'قلقيلية': 'Qalqilya', 'طوباس': 'Tubas',
  'سلفيت': 'Salfit', 'الناصرة': 'Nazareth', 'بئر السبع': 'Beersheba', 'عسقلان': 'Ashkelon', 'أسدود': 'Ashdod', 'إيلات': 'Eilat', 'سديروت': 'Sderot',
  'المسجد الأقصى': 'Al-Aqsa Mosque', 'الأقصى': 'Al-Aqsa',
};
