import { describe, expect, it } from 'vitest';
import { punctuationCheck } from './punctuation';
import { repeatedWordCheck } from './repeated-word';
import { tagsCheck } from './tags';
import { untranslatedCheck } from './untranslated';
import { flagsOf, para } from './test-helpers';

const kinds = (flags: ReturnType<typeof flagsOf>) => flags.map((f) => f.params['kind']);
const applyFix = (text: string, fix: { start: number; end: number; text: string }) =>
  text.slice(0, fix.start) + fix.text + text.slice(fix.end);

describe('untranslated check', () => {
  const ar = 'قال والي جوزجان إن المسلحين هاجموا مديرية درزاب.';
  it('flags Arabic words left in the English, and nothing else', () => {
    const [flag, ...rest] = flagsOf(
      untranslatedCheck,
      ar,
      'The governor of Jowzjan said militants attacked مديرية درزاب.',
    );
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({ side: 'en', target: 'مديرية درزاب' });
    expect(flagsOf(untranslatedCheck, ar, 'The governor of Jowzjan said militants attacked Darzab district.')).toEqual(
      [],
    );
    // Arabic punctuation and marks belong to the punctuation check.
    expect(flagsOf(untranslatedCheck, ar, 'The governor said، militants attacked؟')).toEqual([]);
  });
  it('flags Arabic-Indic digits in the English with the Western digits as the fix', () => {
    const flags = flagsOf(untranslatedCheck, 'قتل ١٬٢٥٠ شخصا', '١٬٢٥٠ people were killed');
    expect(flags.map((f) => [f.params['kind'], f.fix?.text])).toEqual([['digits', '1,250']]);
  });
  it('flags an English identical to the Arabic and an empty English on a translated row', () => {
    expect(kinds(flagsOf(untranslatedCheck, ar, ` ${ar} `))).toEqual(['identical']);
    const empty = para(ar, '');
    expect(kinds(untranslatedCheck.run(empty, { paragraphs: [empty], settings: {}, memo: new Map() }))).toEqual([
      'empty',
    ]);
  });
});

describe('punctuation check', () => {
  it('finds Arabic punctuation with a fix, marks, doubled spaces, brackets and the end mark', () => {
    const en = 'Officials said، the attack «was repelled»  (near Sheberghan\u200F';
    const flags = flagsOf(punctuationCheck, 'قال مسؤولون إن الهجوم صد.', en);
    expect(kinds(flags)).toEqual(['arabic', 'arabic', 'arabic', 'invisible', 'spaces', 'unbalanced', 'end']);
    let fixed = en;
    const fixes = flags.flatMap((f) => (f.fix ? [f.fix] : [])).sort((a, b) => b.start - a.start || b.end - a.end);
    for (const fix of fixes) fixed = applyFix(fixed, fix);
    expect(fixed).toBe('Officials said, the attack “was repelled” (near Sheberghan.');
  });
  it('stays quiet on clean English and on headings without end punctuation', () => {
    expect(
      flagsOf(punctuationCheck, 'قال مسؤولون إن الهجوم صد.', 'Officials said the attack (on Darzab) was “repelled”.'),
    ).toEqual([]);
    expect(flagsOf(punctuationCheck, 'هجوم على درزاب', 'Attack on Darzab')).toEqual([]);
    expect(flagsOf(punctuationCheck, 'هل انتهت الحرب؟', 'Is the war over?')).toEqual([]);
  });
  it('flags tatweel in the English', () => {
    expect(flagsOf(punctuationCheck, 'الـ13', 'the 13\u0640th').map((f) => f.params['marks'])).toEqual(['tatweel']);
  });
});

describe('repeated-word check', () => {
  it('flags the the and And and, lets had had and that that pass', () => {
    const en = 'He said the the attack was over, And and the police had had enough; that that was all.';
    const flags = flagsOf(repeatedWordCheck, 'قال إن', en);
    expect(flags.map((f) => f.target)).toEqual(['the the', 'And and']);
    expect(applyFix(en, flags[0]!.fix!)).toBe(
      'He said the attack was over, And and the police had had enough; that that was all.',
    );
  });
});

describe('tags check', () => {
  it('flags an inline code missing or doubled in the English', () => {
    const src = 'قال \uE000الوزير\uE001 إن';
    expect(flagsOf(tagsCheck, src, 'The \uE000minister\uE001 said')).toEqual([]);
    expect(kinds(flagsOf(tagsCheck, src, 'The \uE000minister said'))).toEqual(['missing']);
    expect(kinds(flagsOf(tagsCheck, src, 'The \uE000minister\uE001\uE001 said'))).toEqual(['doubled']);
  });
});
