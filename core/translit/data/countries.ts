/**
 * Country names in Arabic and English from the ISO 3166-1 data that the npm package i18n-iso-countries ships
 * (langs/ar.json, langs/en.json). English lists put the short name first (Iran before Islamic Republic of Iran).
 */
import ar from 'i18n-iso-countries/langs/ar.json';
import en from 'i18n-iso-countries/langs/en.json';

type Names = Readonly<Record<string, string | readonly string[]>>;

function list(v: string | readonly string[] | undefined): string[] {
  if (v === undefined) return [];
  return typeof v === 'string' ? [v] : [...v];
}

/** Short, plain names first; formal names (with "of" or a comma) next; abbreviations (USA, U.S.) last. */
function rank(name: string): number {
  if (/^[A-Z.]+$/.test(name)) return 2;
  if (/,| of /.test(name)) return 1;
  return 0;
}

export function countryEntries(): Array<[arabic: string, english: string[]]> {
  const arNames = ar.countries as Names;
  const enNames = en.countries as Names;
  const out: Array<[string, string[]]> = [];
  for (const [code, arValue] of Object.entries(arNames)) {
    const english = list(enNames[code]).sort((a, b) => rank(a) - rank(b));
    if (english.length === 0) continue;
    for (const a of list(arValue)) out.push([a, english]);
  }
  return out;
}
