/**
 * Frequent Arabic, Persian and Pashto given names with the spellings English-language news uses, most usual first.
 * Compiled from general knowledge of press usage (Reuters/AP/BBC style) and the usual romanizations of common names;
 * not from any evaluation file. Keys are Arabic as usually written; lookups normalise them.
 */
export const GIVEN_NAMES: Readonly<Record<string, string>> = {
  'محمد': 'Mohammed|Muhammad|Mohammad|Mohamed', 'أحمد': 'Ahmed|Ahmad', 'محمود': 'Mahmoud|Mahmud', 'مصطفى': 'Mustafa|Moustafa',
  'علي': 'Ali', 'عمر': 'Omar|Umar', 'عثمان': 'Othman|Osman|Uthman', 'أبو بكر': 'Abu Bakr', 'حسن': 'Hassan|Hasan',
  'حسين': 'Hussein|Husayn|Hussain', 'خالد': 'Khaled|Khalid', 'سعيد': 'Saeed|Said', 'سعد': 'Saad|Sa\'d', 'أسامة': 'Osama|Usama',
  'إبراهيم': 'Ibrahim', 'إسماعيل': 'Ismail', 'يوسف': 'Youssef|Yusuf|Yousef', 'يونس': 'Younis|Yunus', 'موسى': 'Musa|Moussa',
  'عيسى': 'Issa|Isa', 'داود': 'Dawood|Daoud|Dawud', 'سليمان': 'Suleiman|Sulaiman', 'يحيى': 'Yahya|Yehia', 'زكريا': 'Zakaria|Zakariya',
  'إدريس': 'Idris|Driss', 'نوح': 'Nuh|Noah', 'آدم': 'Adam', 'هارون': 'Haroun|Harun', 'يعقوب': 'Yaqub|Yacoub', 'إسحاق': 'Ishaq',
  'صالح': 'Saleh|Salih', 'فيصل': 'Faisal', 'فهد': 'Fahd', 'سلمان': 'Salman', 'عبد الله': 'Abdullah|Abdallah|Abd Allah',
  'جمال': 'Jamal|Gamal', 'كمال': 'Kamal', 'جلال': 'Jalal', 'بلال': 'Bilal', 'طارق': 'Tariq|Tarek', 'زياد': 'Ziad|Ziyad',
  'رامي': 'Rami', 'سامي': 'Sami', 'هاني': 'Hani', 'فادي': 'Fadi', 'ماجد': 'Majid|Maged', 'وليد': 'Walid', 'خليل': 'Khalil',
  'إلياس': 'Elias|Ilyas', 'نبيل': 'Nabil', 'عادل': 'Adel|Adil', 'عماد': 'Imad|Emad', 'رياض': 'Riad|Riyad', 'شريف': 'Sharif|Sherif',
  'نصر': 'Nasr', 'ناصر': 'Nasser|Nasir', 'منصور': 'Mansour|Mansur', 'مهدي': 'Mahdi|Mehdi', 'هادي': 'Hadi', 'جعفر': 'Jaafar|Jafar',
  'حمزة': 'Hamza', 'عباس': 'Abbas', 'قاسم': 'Qasim|Qassem|Kasim', 'كاظم': 'Kadhim|Kazem', 'رضا': 'Reza|Rida', 'باقر': 'Baqir|Bagher',
  'مالك': 'Malik', 'أنس': 'Anas', 'أيمن': 'Ayman', 'أنور': 'Anwar', 'أمين': 'Amin', 'أمجد': 'Amjad', 'أكرم': 'Akram', 'أسعد': 'Asaad|Asad',
  'بشار': 'Bashar', 'بشير': 'Bashir|Basheer', 'نذير': 'Nazir|Nadhir', 'حافظ': 'Hafez|Hafiz', 'حبيب': 'Habib', 'حكمت': 'Hikmat|Hekmat',
  'رحمة': 'Rahmat|Rahma', 'هبة': 'Hiba|Heba', 'نعمة': 'Nimat|Nema', 'عطاء': 'Ata', 'فتح': 'Fath|Fateh', 'سيف': 'Saif|Sayf',
  'نور': 'Nour|Nur', 'شهاب': 'Shahab|Shihab', 'صلاح': 'Salah', 'ضياء': 'Diaa|Zia|Ziya', 'عزيز': 'Aziz', 'كريم': 'Karim|Kareem',
  'رحيم': 'Rahim', 'رحمن': 'Rahman', 'رحمان': 'Rahman', 'رشيد': 'Rashid|Rasheed', 'راشد': 'Rashed|Rashid', 'مجيد': 'Majid',
  'حميد': 'Hamid', 'حامد': 'Hamed|Hamid', 'محسن': 'Mohsen|Muhsin', 'مسلم': 'Muslim', 'مؤمن': 'Moamen|Momin', 'جواد': 'Jawad|Javad',
  'عزت': 'Izzat|Ezzat', 'عصمت': 'Ismat|Esmat', 'نجيب': 'Najib|Naguib', 'لطيف': 'Latif', 'غفور': 'Ghafoor|Ghafur', 'ستار': 'Sattar',
  'جبار': 'Jabbar', 'قادر': 'Qadir|Kadir', 'وحيد': 'Wahid|Waheed', 'سلام': 'Salam', 'حق': 'Haq', 'ولي': 'Wali', 'نبي': 'Nabi',
  'رسول': 'Rasul|Rasool', 'وكيل': 'Wakil', 'جليل': 'Jalil', 'شفيق': 'Shafiq', 'توفيق': 'Tawfiq|Tawfik', 'رفيق': 'Rafiq|Rafik',
  'صادق': 'Sadiq|Sadegh', 'مختار': 'Mukhtar', 'منير': 'Munir|Mounir', 'سمير': 'Samir', 'أمير': 'Amir|Ameer', 'بدر': 'Badr',
  'زيد': 'Zaid|Zayd', 'زين': 'Zain|Zein', 'هشام': 'Hisham|Hesham', 'عصام': 'Issam|Essam', 'حسام': 'Hussam|Hossam', 'وسام': 'Wissam',
  'غسان': 'Ghassan', 'مروان': 'Marwan', 'عدنان': 'Adnan', 'عمار': 'Ammar', 'ياسر': 'Yasser|Yasir', 'ياسين': 'Yassin|Yasin',
  'معاذ': 'Muath|Moaz', 'مازن': 'Mazen', 'مراد': 'Murad|Mourad', 'ماهر': 'Maher', 'سهيل': 'Suhail|Suhayl', 'عاصم': 'Asim|Assem',
  'إياد': 'Iyad|Eyad', 'أيوب': 'Ayoub|Ayyub', 'عيد': 'Eid', 'جميل': 'Jamil', 'علاء': 'Alaa|Ala', 'وائل': 'Wael|Wail', 'نايف': 'Nayef|Naif',
  'فارس': 'Fares|Faris', 'سلطان': 'Sultan', 'تركي': 'Turki', 'نواف': 'Nawaf', 'مشعل': 'Mishal|Meshaal', 'بندر': 'Bandar',
  // Women's names.
  'فاطمة': 'Fatima|Fatma', 'عائشة': 'Aisha|Aysha', 'خديجة': 'Khadija', 'مريم': 'Maryam|Mariam', 'زينب': 'Zainab|Zaynab', 'سلمى': 'Salma',
  'ليلى': 'Layla|Leila', 'نادية': 'Nadia', 'سعاد': 'Suad|Souad', 'هدى': 'Huda|Hoda', 'أمل': 'Amal', 'منى': 'Mona|Muna', 'رنا': 'Rana',
  'سارة': 'Sara|Sarah', 'نور الهدى': 'Nour al-Huda', 'آمنة': 'Amina', 'أسماء': 'Asma', 'رقية': 'Ruqayya', 'حليمة': 'Halima',
  // Persian and Pashto names.
  'ننغيالي': 'Nangialai|Nangyalai', 'گلبدين': 'Gulbuddin', 'گل': 'Gul', 'جان': 'Jan', 'خان': 'Khan', 'شاه': 'Shah', 'زاده': 'Zada|Zadeh',
  'أشرف': 'Ashraf', 'غني': 'Ghani', 'حامد كرزاي': 'Hamid Karzai', 'كرزاي': 'Karzai', 'سراج': 'Siraj', 'حقاني': 'Haqqani',
  'مسعود': 'Massoud|Masoud', 'دوستم': 'Dostum', 'أخند': 'Akhund', 'آخند': 'Akhund', 'آخوند': 'Akhund|Akhoond', 'هيبة الله': 'Haibatullah|Hibatullah',
  'عبد الغني': 'Abdul Ghani', 'برادر': 'Baradar', 'متقي': 'Muttaqi', 'مجاهد': 'Mujahid', 'ذبيح': 'Zabih',
  'أكبر': 'Akbar', 'أصغر': 'Asghar', 'جهانگیر': 'Jahangir', 'پرویز': 'Parviz|Parvez', 'فرید': 'Farid', 'فريد': 'Farid', 'جاويد': 'Javed|Javid',
  'نواز': 'Nawaz', 'عمران': 'Imran', 'بهلوان': 'Pahlawan|Pahlavan', 'پهلوان': 'Pahlawan|Pahlavan', 'دلاور': 'Dilawar|Delawar',
  'متوكل': 'Muttawakil|Mutawakil', 'محمدي': 'Mohammadi|Muhammadi', 'أحمدي': 'Ahmadi', 'رباني': 'Rabbani', 'حكمتيار': 'Hekmatyar',
  'نجيب الله': 'Najibullah', 'سميع الله': 'Samiullah', 'ضياء الحق': 'Zia ul-Haq|Ziaul Haq', 'إنعام': 'Inam', 'إكرام': 'Ikram',
  'عزيز الله': 'Azizullah', 'عطاء الله': 'Ataullah', 'فضل': 'Fazal|Fazl', 'رحمت': 'Rahmat', 'نعمت': 'Nemat|Nimat', 'عصمت الله': 'Esmatullah',
};

/** Family names with the article kept (al-Assad) or dropped by convention, and other frequent surnames. */
export const FAMILY_NAMES: Readonly<Record<string, string>> = {
  'الأسد': 'al-Assad|Assad', 'أسد': 'Assad|Asad', 'البنا': 'al-Banna', 'البغدادي': 'al-Baghdadi', 'الظواهري': 'al-Zawahiri',
  'الحريري': 'Hariri|al-Hariri', 'القذافي': 'Gaddafi|Qaddafi', 'السيسي': 'Sisi|al-Sisi', 'مبارك': 'Mubarak', 'عرفات': 'Arafat',
  'نصر الله': 'Nasrallah', 'الخميني': 'Khomeini', 'خامنئي': 'Khamenei', 'روحاني': 'Rouhani', 'رئيسي': 'Raisi', 'ظريف': 'Zarif',
  'المالكي': 'al-Maliki|Maliki', 'الصدر': 'al-Sadr|Sadr', 'السيستاني': 'al-Sistani|Sistani', 'البرزاني': 'Barzani', 'بارزاني': 'Barzani',
  'الطالباني': 'Talabani', 'طالباني': 'Talabani', 'الخطاب': 'al-Khattab', 'خلدون': 'Khaldun', 'الجولاني': 'al-Jolani|al-Julani',
  'الهاشمي': 'al-Hashemi|al-Hashimi', 'العبادي': 'al-Abadi', 'الكاظمي': 'al-Kadhimi', 'الحوثي': 'al-Houthi|Houthi',
  'الأوزبكستاني': 'al-Uzbekistani', 'المصري': 'al-Masri', 'الشامي': 'al-Shami', 'العراقي': 'al-Iraqi', 'الأفغاني': 'al-Afghani',
  'الزرقاوي': 'al-Zarqawi', 'بن لادن': 'bin Laden', 'لادن': 'Laden', 'عبد الناصر': 'Abdel Nasser|Abdul Nasser',
};

/** Titles and kunya words that stand before a name, written the way the press writes them. */
export const TITLES: Readonly<Record<string, string>> = {
  'ملا': 'Mullah', 'الملا': 'Mullah', 'مولوي': 'Mawlawi|Maulvi', 'المولوي': 'Mawlawi|Maulvi', 'قاري': 'Qari', 'القاري': 'Qari',
  'شيخ': 'Sheikh', 'الشيخ': 'Sheikh', 'سيد': 'Sayyid|Sayed', 'السيد': 'Sayyid|Sayed', 'مفتي': 'Mufti', 'المفتي': 'Mufti',
  'حاجي': 'Haji', 'الحاج': 'Haji|al-Hajj', 'حاج': 'Haji|Hajj', 'آية الله': 'Ayatollah', 'أمير': 'Amir|Emir', 'مولانا': 'Maulana',
  'الإمام': 'Imam', 'إمام': 'Imam', 'القاضي': 'Qadi', 'الدكتور': 'Dr', 'د.': 'Dr',
};
