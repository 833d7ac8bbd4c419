/**
 * The glossary panel's term list (issue 17, point 6): search through clitics as the matcher reads them, the
 * list in Arabic or English order, and an import report that names the terms a second import changed.
 */
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../db/open';
import type { Env } from '../../app/env';
import { composeServices } from '../../app/compose';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function env(): Env {
  let n = 0;
  let t = Date.parse('2026-01-01T00:00:00Z');
  return { newId: () => `id-${++n}`, now: () => new Date((t += 1000)).toISOString() };
}

const GLOSSARY = [
  'source,target,kind,variants,note',
  'الأنبار,Anbar,place,,province in western Iraq',
  'العراق,Iraq,place,,',
  'تكريت,Tikrit,place,,',
  'بغداد,Baghdad,place,,',
  'أربيل,Erbil,place,اربيل,',
  'خالد,Khalid,person,,',
].join('\n');

function glossary() {
  const s = composeServices(openWorkspace(':memory:'), env());
  s.glossary.import({ fileName: 'iraq.csv', bytes: enc(GLOSSARY) });
  return s.glossary;
}

const sources = (terms: Array<{ source: string }>): string[] => terms.map((t) => t.source);

describe('glossary term list', () => {
  it('finds a term through the clitics of the query, as the matcher reads them', () => {
    const g = glossary();
    expect(sources(g.search('بالانبار'))).toEqual(['الأنبار']);
    expect(sources(g.search('وللعراق'))).toEqual(['العراق']);
    expect(sources(g.search('الانبار'))).toEqual(['الأنبار']); // hamza folded, as before
    expect(sources(g.search('وباربيل'))).toEqual(['أربيل']);
    expect(sources(g.search('anb'))).toEqual(['الأنبار']);
    // A clitic reading is looked for at the start of a term only: بخالد is not found through "خالد" inside a word.
    expect(sources(g.search('بخالد'))).toEqual(['خالد']);
    expect(g.search('بالبصرة')).toEqual([]);
  });

  it('lists the terms in Arabic order (the article set aside) or in English order', () => {
    const g = glossary();
    expect(sources(g.search('', 100, 'ar'))).toEqual(['أربيل', 'الأنبار', 'بغداد', 'تكريت', 'خالد', 'العراق']);
    expect(g.search('', 100, 'en').map((t) => t.target)).toEqual([
      'Anbar',
      'Baghdad',
      'Erbil',
      'Iraq',
      'Khalid',
      'Tikrit',
    ]);
    expect(sources(g.search(''))).toEqual(sources(g.search('', 100, 'ar')));
  });

  it('names the terms a second import added and updated, with the fields that changed, and counts the rest unchanged', () => {
    const g = glossary();
    const revised = [
      'source,target,kind,variants,note',
      'الأنبار,Anbar,place,الانبار,province in western Iraq',
      'العراق,Iraq,place,,',
      'تكريت,Tikrit,place,,city on the Tigris',
      'بغداد,Baghdad,place,,',
      'أربيل,Arbil,place,اربيل,',
      'خالد,Khalid,person,,',
      'الموصل,Mosul,place,,',
    ].join('\n');
    const report = g.import({ fileName: 'iraq-2.csv', bytes: enc(revised) });
    expect(report.updatedTerms).toEqual([
      { source: 'الأنبار', target: 'Anbar', fields: ['variants'] },
      { source: 'تكريت', target: 'Tikrit', fields: ['note'] },
      { source: 'أربيل', target: 'Arbil', fields: ['target'] },
    ]);
    expect(report.addedTerms).toEqual([{ source: 'الموصل', target: 'Mosul' }]);
    expect([report.added, report.updated, report.unchanged]).toEqual([1, 3, 3]);
    expect(g.search('arbil').map((t) => t.target)).toEqual(['Arbil']);

    const again = g.import({ fileName: 'iraq-2.csv', bytes: enc(revised) });
    expect([again.added, again.updated, again.unchanged]).toEqual([0, 0, 7]);
  });
});
