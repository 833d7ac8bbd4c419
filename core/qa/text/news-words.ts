/**
 * Lower-case words of the Arab and Afghan news that US English dictionaries lack but an English news text uses
 * as ordinary words (the spelling check takes them as correct, as it does the glossary's English).
 */
export const NEWS_WORDS: ReadonlySet<string> = new Set(
  (
    'governorate governorates umrah burqa burqas niqab niqabs shura wali walis peshmerga mujahideen mujahedeen mujahidin jirga jirgas dirham dirhams ' +
    'keffiyeh keffiyehs kufiya ulema salafist salafists salafism takfiri takfiris jihadism madrasas madrassas madrassa ' +
    'hawala wilayat mukhabarat shabiha fedayeen intifadas hudna sharia emirs sheikhs muezzin iftar suhoor eid hijri ' +
    'mosul-based tahrir dabke ghutra thobe abaya abayas qadi qadis waqf awqaf zakat hajji hajjis'
  ).split(' '),
);
