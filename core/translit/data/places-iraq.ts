/**
 * Iraq: the 18 governorates and the Kurdistan Region, and cities, towns, districts and quarters frequent in the news,
 * with the English names Reuters/AP/BBC use (Fallujah, Tal Afar, Baqubah). From general knowledge (Wikipedia,
 * "Governorates of Iraq" and "Districts of Iraq"); not from any evaluation file.
 */
export const PLACES_IRAQ: Readonly<Record<string, string>> = {
  // Governorates.
  'العراق': 'Iraq', 'بغداد': 'Baghdad', 'البصرة': 'Basra|Basrah', 'نينوى': 'Nineveh|Ninawa', 'أربيل': 'Erbil|Irbil', 'اربيل': 'Erbil|Irbil',
  'السليمانية': 'Sulaymaniyah|Sulaimaniya', 'دهوك': 'Duhok|Dohuk', 'كركوك': 'Kirkuk', 'الأنبار': 'Anbar|al-Anbar', 'صلاح الدين': 'Salahuddin|Salah al-Din',
  'ديالى': 'Diyala', 'واسط': 'Wasit', 'بابل': 'Babylon|Babil', 'كربلاء': 'Karbala', 'النجف': 'Najaf', 'القادسية': 'Qadisiyah|Diwaniyah',
  'الديوانية': 'Diwaniyah', 'المثنى': 'Muthanna', 'ذي قار': 'Dhi Qar', 'ميسان': 'Maysan', 'حلبجة': 'Halabja', 'إقليم كردستان': 'Kurdistan Region',
  'كردستان العراق': 'Iraqi Kurdistan', 'كردستان': 'Kurdistan',
  // Nineveh.
  'الموصل': 'Mosul', 'تلعفر': 'Tal Afar', 'تل عفر': 'Tal Afar', 'سنجار': 'Sinjar', 'القيارة': 'Qayyarah|Qayyara', 'حمام العليل': 'Hammam al-Alil',
  'برطلة': 'Bartella', 'بعشيقة': 'Bashiqa', 'قره قوش': 'Qaraqosh', 'قرقوش': 'Qaraqosh', 'بغديدا': 'Bakhdida|Qaraqosh', 'الحمدانية': 'Hamdaniya',
  'تلكيف': 'Tel Keppe|Tilkaif', 'مخمور': 'Makhmour|Makhmur', 'ربيعة': 'Rabia', 'البعاج': 'Baaj|al-Baaj', 'الحضر': 'Hatra', 'سهل نينوى': 'Nineveh Plains',
  'الكوير': 'Gwer', 'الشورة': 'Shura', 'القوش': 'Alqosh', 'زمار': 'Zummar', 'سنوني': 'Snuny', 'الموصل القديمة': 'Old City of Mosul',
  // Kirkuk and Salahuddin.
  'الحويجة': 'Hawija|Hawijah', 'الشرقاط': 'Shirqat|Sharqat', 'بيجي': 'Baiji|Beiji', 'تكريت': 'Tikrit', 'سامراء': 'Samarra', 'بلد': 'Balad',
  'الدجيل': 'Dujail', 'طوز خورماتو': 'Tuz Khurmatu', 'طوزخورماتو': 'Tuz Khurmatu', 'آمرلي': 'Amerli', 'العلم': 'al-Alam',
  'الضلوعية': 'Dhuluiya', 'الإسحاقي': 'Ishaqi', 'سليمان بيك': 'Suleiman Bek', 'داقوق': 'Daquq', 'الزاب': 'Zab',
  'سبايكر': 'Speicher', 'قاعدة سبايكر': 'Camp Speicher', 'جبال حمرين': 'Hamrin Mountains', 'حمرين': 'Hamrin', 'مكحول': 'Makhoul',
  // Diyala.
  'بعقوبة': 'Baqubah|Baquba', 'المقدادية': 'Muqdadiya|Muqdadiyah', 'خانقين': 'Khanaqin', 'جلولاء': 'Jalawla|Jalula', 'السعدية': 'Saadiya',
  'مندلي': 'Mandali', 'بلدروز': 'Baladruz', 'الخالص': 'Khalis', 'كنعان': 'Kanaan', 'بهرز': 'Buhriz', 'العظيم': 'Adhaim|al-Udhaim',
  // Anbar.
  'الرمادي': 'Ramadi', 'الفلوجة': 'Fallujah|Falluja', 'حديثة': 'Haditha', 'هيت': 'Hit|Heet', 'القائم': 'al-Qaim|Qaim', 'راوة': 'Rawa|Rawah',
  'عانة': 'Anah|Ana', 'الرطبة': 'Rutba|Rutbah', 'الحبانية': 'Habbaniyah', 'عامرية الفلوجة': 'Amiriyat al-Fallujah', 'العامرية': 'Amiriya',
  'الكرمة': 'Garma|Karma', 'الصقلاوية': 'Saqlawiyah', 'عين الأسد': 'Ain al-Asad', 'قاعدة عين الأسد': 'Ain al-Asad air base',
  'الكيلو 160': 'Kilo 160', 'النخيب': 'Nukhaib', 'طريبيل': 'Trebil', 'الوليد': 'al-Waleed', 'عكاشات': 'Akashat', 'الخالدية': 'Khalidiya',
  'جزيرة الخالدية': 'Khalidiya Island', 'البوعيثة': 'Albu Aitha', 'البو نمر': 'Albu Nimr', 'البونمر': 'Albu Nimr', 'الثرثار': 'Tharthar',
  // Baghdad and around.
  'أبو غريب': 'Abu Ghraib', 'ابو غريب': 'Abu Ghraib', 'التاجي': 'Taji', 'الطارمية': 'Tarmiyah', 'المحمودية': 'Mahmudiya|Mahmoudiyah',
  'اليوسفية': 'Yusufiya', 'اللطيفية': 'Latifiya', 'جرف الصخر': 'Jurf al-Sakhar', 'جرف النصر': 'Jurf al-Nasr', 'المدائن': 'Madain',
  'مدينة الصدر': 'Sadr City', 'الكاظمية': 'Kadhimiya', 'الأعظمية': 'Adhamiya', 'المنصور': 'Mansour', 'الكرادة': 'Karrada', 'الجادرية': 'Jadriya',
  'المنطقة الخضراء': 'Green Zone', 'الدورة': 'Dora', 'الشعلة': 'Shula', 'الغزالية': 'Ghazaliya', 'الشعب': 'Shaab',
  'الرصافة': 'Rusafa', 'الكرخ': 'Karkh', 'ساحة التحرير': 'Tahrir Square', 'الزعفرانية': 'Zafaraniya', 'بسماية': 'Bismaya', 'الحسينية': 'Husseiniya',
  // The south.
  'الكوت': 'Kut', 'الحلة': 'Hillah|Hilla', 'المسيب': 'Musayyib', 'الإسكندرية': 'Alexandria|Iskandariya', 'السماوة': 'Samawah|Samawa',
  'الناصرية': 'Nasiriyah|Nasiriya', 'العمارة': 'Amarah|Amara', 'الكوفة': 'Kufa', 'القرنة': 'Qurna', 'الزبير': 'Zubair', 'أم قصر': 'Umm Qasr',
  'ام قصر': 'Umm Qasr', 'الفاو': 'Faw|Fao', 'أبو الخصيب': 'Abu al-Khasib', 'شط العرب': 'Shatt al-Arab', 'الشطرة': 'Shatra', 'سوق الشيوخ': 'Suq al-Shuyukh',
  'الرفاعي': 'Rifai', 'الجبايش': 'Chibayish', 'الأهوار': 'Marshes|Ahwar', 'قلعة سكر': 'Qalat Sukkar', 'الرميثة': 'Rumaitha', 'الخضر': 'Khidr',
  'عفك': 'Afak', 'الشامية': 'Shamiya', 'عين التمر': 'Ain al-Tamr', 'النعمانية': 'Numaniyah', 'الصويرة': 'Suwaira',
  'بدرة': 'Badra', 'زرباطية': 'Zurbatiya', 'الشلامجة': 'Shalamcheh', 'سفوان': 'Safwan', 'الرميلة': 'Rumaila', 'مجنون': 'Majnoon',
  'غرب القرنة': 'West Qurna', 'علي الغربي': 'Ali al-Gharbi', 'المجر الكبير': 'Majar al-Kabir',
  // Kurdistan Region.
  'زاخو': 'Zakho', 'العمادية': 'Amadiya|Amedi', 'سوران': 'Soran', 'كويسنجق': 'Koya|Koysinjaq', 'كويه': 'Koya', 'رانية': 'Ranya|Raniya',
  'بنجوين': 'Penjwen', 'جمجمال': 'Chamchamal', 'كلار': 'Kalar', 'دربندخان': 'Darbandikhan', 'شقلاوة': 'Shaqlawa', 'حاج عمران': 'Haji Omaran',
  'قنديل': 'Qandil', 'جبال قنديل': 'Qandil Mountains', 'سيدكان': 'Sidakan', 'خليفان': 'Khalifan', 'مخيم مخمور': 'Makhmour camp', 'سميل': 'Semel',
  'فيشخابور': 'Faysh Khabur', 'ابراهيم الخليل': 'Ibrahim Khalil', 'معبر ابراهيم الخليل': 'Ibrahim Khalil crossing', 'بردرش': 'Bardarash', 'خبات': 'Khabat',
  'كوير': 'Gwer', 'ديرلوك': 'Deraluk', 'كاني ماسي': 'Kani Masi', 'قلعة دزة': 'Qaladze', 'سنكسر': 'Sangasar',
};
