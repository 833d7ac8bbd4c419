/**
 * Honorifics, role words and kunya words that stand before a name, as a closed set: compose.ts reads them even with
 * the lexicon off, so a name that starts with one (الملا محمد عمر, الحاج عبد الله) gets the press spelling by rules.
 * Spellings as Reuters/AP/BBC write them, most usual first. Words that are also given names (أمير, حافظ, سيد) keep
 * the name reading among their spellings.
 */
export const TITLES: Readonly<Record<string, string>> = {
  'ملا': 'Mullah', 'الملا': 'Mullah', 'مولوي': 'Mawlawi|Maulvi|Mawlavi', 'المولوي': 'Mawlawi|Maulvi|Mawlavi',
  'مولانا': 'Maulana|Mawlana', 'قاري': 'Qari', 'القاري': 'Qari', 'شيخ': 'Sheikh|Shaikh', 'الشيخ': 'Sheikh|Shaikh',
  'سيد': 'Sayed|Sayyid|Syed', 'السيد': 'Sayed|Sayyid|Syed', 'مفتي': 'Mufti', 'المفتي': 'Mufti',
  'حاجي': 'Haji', 'الحاج': 'Haji|al-Hajj', 'حاج': 'Haji|Hajj', 'الحاجة': 'Hajja', 'حافظ': 'Hafiz|Hafez',
  'الحافظ': 'Hafiz|Hafez', 'آية الله': 'Ayatollah', 'اية الله': 'Ayatollah', 'أمير': 'Amir|Emir', 'الأمير': 'Prince|Emir|Amir',
  'الإمام': 'Imam', 'إمام': 'Imam', 'القاضي': 'Qadi|Qazi', 'قاضي': 'Qazi|Qadi', 'الدكتور': 'Dr', 'دكتور': 'Dr',
  'أم': 'Umm', 'آغا': 'Agha', 'مير': 'Mir', 'ميرزا': 'Mirza', 'ملك': 'Malik', 'حضرة': 'Hazrat', 'حضرت': 'Hazrat',
  'المهندس': 'Engineer', 'مهندس': 'Engineer', 'الجنرال': 'General', 'اللواء': 'Major General', 'العميد': 'Brigadier General',
  'العقيد': 'Colonel', 'المشير': 'Field Marshal', 'مشير': 'Field Marshal|Marshal', 'الرئيس': 'President', 'الملك': 'King',
  'السلطان': 'Sultan', 'سلطان': 'Sultan', 'خواجه': 'Khwaja|Khoja', 'خواجة': 'Khwaja|Khoja', 'بير': 'Pir', 'پیر': 'Pir',
  'سردار': 'Sardar', 'نواب': 'Nawab', 'شهيد': 'Shaheed|Shahid', 'الشهيد': 'Shaheed|martyr',
};

/**
 * The titles that compose.ts reads at the start of a name (or after another title), lexicon or not: the unambiguous
 * ones. ملك, مير, أمير, حافظ, سيد are also names; they are read as titles only in the first position.
 */
export const LEADING_TITLES: ReadonlySet<string> = new Set([
  'ملا', 'الملا', 'مولوي', 'المولوي', 'مولانا', 'قاري', 'القاري', 'شيخ', 'الشيخ', 'سيد', 'السيد', 'مفتي', 'المفتي', 'حاجي',
  'الحاج', 'حاج', 'الحاجة', 'حافظ', 'الحافظ', 'أمير', 'الأمير', 'الإمام', 'إمام', 'القاضي', 'قاضي', 'الدكتور', 'دكتور', 'أم',
  'آغا', 'مير', 'ميرزا', 'حضرة', 'حضرت', 'المهندس', 'الجنرال', 'اللواء', 'العميد', 'العقيد', 'المشير', 'الرئيس', 'الملك',
  'السلطان', 'خواجه', 'خواجة', 'سردار', 'الشهيد',
]);
