/**
 * Endings of foreign names as Arabic writes them, and how each family's press spells them: Russian ـوف -ov, ـسكي
 * -sky, ـينكو -enko, ـوفيتش -ovich; Turkish أوغلو -oglu; German ـشتاين -stein, ـبرغ -berg; English ـسون -son,
 * ـتون -ton; French ـو -eau/-ot, ـييه -ier; Spanish ـيز -ez; Armenian ـيان -yan. Matched on the letters as written
 * (marks removed, أ إ آ as ا), longest first; what precedes goes through the letter rules.
 */
import type { Opt } from './letters';
import type { Style } from './origin';

const o = (t: string, p = 0, native?: string): Opt => (native ? { t, p, native } : { t, p });

type Endings = ReadonlyArray<readonly [string, readonly Opt[]]>;

const RUSSIAN: Endings = [
  ['وفيتش', [o('ovich'), o('ovych', 0.4), o('ovic', 0.6)]],
  ['يفيتش', [o('evich'), o('yevich', 0.3), o('ievich', 0.5), o('evych', 0.6)]],
  ['فيتش', [o('vich'), o('vych', 0.4), o('vic', 0.7)]],
  ['يتش', [o('ich'), o('ych', 0.4), o('ic', 0.6)]],
  ['وفنا', [o('ovna')]],
  ['يفنا', [o('evna'), o('yevna', 0.4)]],
  ['تسكايا', [o('tskaya')]],
  ['سكايا', [o('skaya')]],
  ['ييفا', [o('ieva'), o('yeva', 0.1), o('iyeva', 0.8)]],
  ['وفا', [o('ova')]],
  ['يفا', [o('eva'), o('yeva', 0.3)]],
  ['ييف', [o('iev'), o('yev', 0.1), o('yiv', 0.5), o('iyev', 0.8)]],
  ['يف', [o('ev'), o('yev', 0.4), o('iev', 0.6), o('if', 0.9)]],
  ['وف', [o('ov'), o('off', 0.7), o('of', 0.9)]],
  // ё after ch, sh, zh is written و and spelled e (Gorbachev, Khrushchev): -chev before -chov.
  ['تشوف', [o('chev'), o('chov', 0.2)]],
  ['شوف', [o('shov'), o('shev', 0.2)]],
  ['تسكي', [o('tsky'), o('tski', 0.1), o('tskiy', 0.5)]],
  ['سكي', [o('sky'), o('ski', 0.1), o('skiy', 0.4), o('skyy', 0.6)]],
  ['تشينكو', [o('chenko')]],
  ['ينكو', [o('enko'), o('yenko', 0.4), o('ynko', 0.8)]],
  ['تشوك', [o('chuk'), o('czuk', 0.9)]],
  ['شوك', [o('shuk'), o('chuk', 0.6)]],
  ['يوك', [o('yuk'), o('iuk', 0.5)]],
  ['ياك', [o('yak'), o('iak', 0.4)]],
  ['غراد', [o('grad')]],
  ['بورغ', [o('burg')]],
  ['وفسك', [o('ovsk')]],
  ['تسك', [o('tsk')]],
  ['بول', [o('pol'), o('pil', 0.5)]],
  ['سك', [o('sk')]],
  ['ين', [o('in'), o('yn', 0.6)]],
  ['ا', [o('a')]],
];

const TURKISH: Endings = [
  ['اوغلو', [o('oglu', 0, 'oğlu'), o('ogullari', 2)]],
  ['اوغلي', [o('oglu', 0, 'oğlu')]],
  ['اوغلو', [o('oglu', 0, 'oğlu')]],
  ['تشي', [o('ci', 0, 'çi'), o('chi', 0.5)]],
  ['جي', [o('ci'), o('ji', 0.6)]],
  ['لار', [o('lar')]],
  ['لر', [o('ler')]],
  ['وغان', [o('ogan', 0, 'oğan'), o('ugan', 0.2, 'uğan')]],
  ['غان', [o('gan', 0, 'ğan'), o('gan', 0.1)]],
];

const GERMAN: Endings = [
  ['شتاين', [o('stein'), o('shtein', 0.8)]],
  ['هايم', [o('heim')]],
  ['فيلد', [o('feld'), o('field', 0.4)]],
  ['دورف', [o('dorf')]],
  ['فورت', [o('furt'), o('fort', 0.2)]],
  ['هاوزن', [o('hausen')]],
  ['باخ', [o('bach')]],
  ['ماير', [o('meier'), o('meyer', 0.1), o('mayer', 0.2), o('maier', 0.3)]],
  ['بيرغ', [o('berg'), o('burg', 0.6)]],
  ['برغ', [o('berg'), o('burg', 0.3)]],
  ['بورغ', [o('burg'), o('bourg', 0.5), o('borg', 0.6)]],
  ['مان', [o('mann'), o('man', 0.1)]],
  ['تس', [o('tz'), o('ts', 0.4), o('z', 0.5)]],
  ['تز', [o('tz')]],
  ['ر', [o('r'), o('er', 0.4)]],
];

const ENGLISH: Endings = [
  ['نغتون', [o('ngton')]],
  ['سون', [o('son'), o('sen', 0.3), o('sson', 0.6)]],
  ['سن', [o('sen', 0.1), o('son', 0)]],
  ['تون', [o('ton')]],
  ['فورد', [o('ford')]],
  ['وود', [o('wood')]],
  ['شاير', [o('shire')]],
  ['بري', [o('bury'), o('berry', 0.3)]],
  ['ويل', [o('well')]],
  ['تشستر', [o('chester')]],
  ['ستر', [o('ster'), o('cester', 0.6)]],
  ['هام', [o('ham')]],
  // -pol (Mariupol, Sevastopol), -bul (Istanbul) and English -pool (Liverpool) are all written ـبول.
  ['بول', [o('pol'), o('pool', 0.1), o('bul', 0.15)]],
  ['بورو', [o('borough')]],
  ['مان', [o('man'), o('mann', 0.4)]],
  ['لي', [o('ley'), o('ly', 0.2), o('lee', 0.4), o('li', 0.6)]],
  ['ز', [o('s', 0.1), o('z')]],
];

const NORDIC: Endings = [
  ['ستروم', [o('strom', 0, 'ström'), o('strøm', 0.3)]],
  ['سون', [o('sen'), o('son', 0.1), o('sson', 0.3)]],
  ['سن', [o('sen'), o('son', 0.2)]],
  ['بورغ', [o('borg'), o('burg', 0.4)]],
  ['ي', [o('i')]],
];

const FRENCH: Endings = [
  ['ييه', [o('ier'), o('iet', 0.4), o('ié', 0.7)]],
  ['يير', [o('ière'), o('ier', 0.3)]],
  ['يه', [o('et'), o('ier', 0.2), o('é', 0.4), o('ez', 0.8)]],
  ['وا', [o('ois'), o('oix', 0.6), o('oy', 0.7)]],
  ['اك', [o('ac'), o('aque', 0.7)]],
  ['يك', [o('ic'), o('ique', 0.6)]],
  ['ون', [o('on'), o('ont', 0.6), o('ond', 0.8)]],
  ['ان', [o('an'), o('ant', 0.4), o('and', 0.6), o('in', 0.8)]],
  ['ار', [o('ard', 0.2), o('ar')]],
  ['و', [o('eau', 0.2), o('ot', 0.3), o('o', 0), o('ault', 0.5), o('aux', 0.6), o('aud', 0.8)]],
];

const ROMANCE: Endings = [
  ['وتشي', [o('ucci'), o('occhi', 0.6)]],
  ['يني', [o('ini')]],
  ['يلي', [o('elli'), o('illi', 0.3), o('eli', 0.4)]],
  ['يتي', [o('etti'), o('itti', 0.4), o('eti', 0.5)]],
  ['وني', [o('oni')]],
  // Italian diminutives write one consonant where Italian doubles it (كروسيتو Crosetto, ماتاريلا Mattarella).
  ['يتو', [o('etto'), o('ito', 0.3), o('eto', 0.5)]],
  ['يتا', [o('etta'), o('ita', 0.3), o('eta', 0.5)]],
  ['يلو', [o('ello'), o('elo', 0.4), o('illo', 0.5)]],
  ['يلا', [o('ella'), o('ela', 0.3), o('illa', 0.5)]],
  ['يز', [o('ez'), o('es', 0.5), o('iz', 0.5)]],
  ['يس', [o('es'), o('ez', 0.3), o('is', 0.4)]],
  ['يش', [o('es'), o('esh', 0.8)]],
  ['ادو', [o('ado')]],
  ['يرو', [o('ero'), o('eiro', 0.4)]],
  ['ونة', [o('ona')]],
  ['ونا', [o('ona')]],
  ['يا', [o('ia'), o('ya', 0.5)]],
];

const HEBREW: Endings = [
  ['ياهو', [o('yahu')]],
  ['يم', [o('im')]],
  ['وت', [o('ot')]],
];

const ARMENIAN: Endings = [['يان', [o('yan'), o('ian', 0.2)]]];

const TABLES: Readonly<Partial<Record<Style, Endings>>> = {
  russian: RUSSIAN,
  turkish: TURKISH,
  german: GERMAN,
  english: ENGLISH,
  nordic: NORDIC,
  french: FRENCH,
  romance: ROMANCE,
  hebrew: HEBREW,
  armenian: ARMENIAN,
};

export interface EndingMatch {
  stem: string;
  options: readonly Opt[];
}

/** Every ending of the style's table that the word ends in, longest first, leaving two letters or more before it. */
export function endingsOf(style: Style, written: string): EndingMatch[] {
  const table = TABLES[style] ?? [];
  const out: EndingMatch[] = [];
  for (const [ending, options] of table) {
    if (written.endsWith(ending) && written.length - ending.length >= 2)
      out.push({ stem: written.slice(0, -ending.length), options });
  }
  return out.sort((a, b) => a.stem.length - b.stem.length);
}
