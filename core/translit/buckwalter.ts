/**
 * Buckwalter transliteration: one ASCII character per Arabic character, marks included, so it is lossless and
 * reversible (the XML-safe variant is not used). Persian letters use the common extensions (P V J R G).
 */
const MAP: Readonly<Record<string, string>> = {
  'ء': "'", 'آ': '|', 'أ': '>', 'ؤ': '&', 'إ': '<', 'ئ': '}', 'ا': 'A', 'ب': 'b', 'ة': 'p', 'ت': 't', 'ث': 'v',
  'ج': 'j', 'ح': 'H', 'خ': 'x', 'د': 'd', 'ذ': '*', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': '$', 'ص': 'S', 'ض': 'D',
  'ط': 'T', 'ظ': 'Z', 'ع': 'E', 'غ': 'g', 'ـ': '_', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n',
  'ه': 'h', 'و': 'w', 'ى': 'Y', 'ي': 'y', '\u064B': 'F', '\u064C': 'N', '\u064D': 'K', '\u064E': 'a', '\u064F': 'u',
  '\u0650': 'i', '\u0651': '~', '\u0652': 'o', '\u0670': '`', 'ٱ': '{', 'پ': 'P', 'چ': 'J', 'ژ': 'R', 'گ': 'G',
  'ڤ': 'V', 'ک': 'k', 'ی': 'y',
};

export function toBuckwalter(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += MAP[ch] ?? ch;
  return out;
}
