import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../db/open';
import type { TermView } from '../../../core/api/contract';
import type { Env } from '../../app/env';
import { composeServices } from '../../app/compose';
import { readSample } from '../../../scripts/shared-samples';

const seed = readSample('seed-ar.txt');
const seedGlossary = readSample('seed-glossary.csv');
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function env(): Env {
  let n = 0;
  let t = Date.parse('2026-01-01T00:00:00Z');
  return { newId: () => `id-${++n}`, now: () => new Date((t += 1000)).toISOString() };
}

async function workspace() {
  const s = composeServices(openWorkspace(':memory:'), env());
  const { documentId } = await s.documents.import({ fileName: 'seed-ar.txt', bytes: seed });
  return { s, documentId };
}

describe('glossary service', () => {
  it('imports the seed glossary and finds Jowzjan and Darzab in the seed, clitic forms included', async () => {
    const { s, documentId } = await workspace();
    const report = s.glossary.import({ fileName: 'seed-glossary.csv', bytes: seedGlossary });
    expect(report.added).toBe(28);
    const matches = s.glossary.matchDocument(documentId);
    const targets = matches.map((m) => m.target);
    expect(targets).toContain('Jowzjan');
    expect(targets).toContain('Darzab');
    const afghanistan = matches.find((m) => m.paragraph === 0 && m.target === 'Afghanistan')!;
    expect(afghanistan.text).toBe('أفغانستان'); // بأفغانستان: the span starts after ب
  });

  it('refuses a CSV with bad rows, naming each line, and imports nothing unless told to skip them', async () => {
    const { s } = await workspace();
    const bad = enc(
      'source,target,kind,variants,note\nجوزجان,Jowzjan,place,,\nدرزاب,,place,,\nجوزجان,Jawzjan,place,,\n"هرات,Herat,place,,\n',
    );
    expect(() => s.glossary.import({ fileName: 'bad.csv', bytes: bad })).toThrow(/bad\.csv: line 3/);
    expect(() => s.glossary.import({ fileName: 'bad.csv', bytes: bad })).toThrow(/line 4/);
    expect(s.glossary.search('')).toEqual([]);
    const report = s.glossary.import({ fileName: 'bad.csv', bytes: bad, skipInvalid: true });
    expect(report.added).toBe(1);
    expect(report.skipped.map((s) => s.line)).toEqual(expect.arrayContaining([3, 4]));
  });

  it('reads terms written in presentation forms (copied from a PDF) as ordinary letters', async () => {
    const { s, documentId } = await workspace();
    s.glossary.import({
      fileName: 'pdf.csv',
      bytes: enc('source,target,kind,variants,note\nﺟﻮﺯﺟﺎﻥ,Jowzjan,place,,\n'),
    });
    expect(s.glossary.search('')[0]!.source).toBe('جوزجان');
    expect(s.glossary.matchDocument(documentId).filter((m) => m.target === 'Jowzjan')).toHaveLength(2);
  });

  it('refuses a row with no Arabic letter as a whole file, or skips it when asked', async () => {
    const { s } = await workspace();
    const csv = enc('source,target,kind,variants,note\nجوزجان,Jowzjan,place,,\nKabul,Kabul,place,,\n');
    expect(() => s.glossary.import({ fileName: 'forms.csv', bytes: csv })).toThrow(/forms\.csv: .*Kabul/);
    expect(s.glossary.search('')).toEqual([]);
    const report = s.glossary.import({ fileName: 'forms.csv', bytes: csv, skipInvalid: true });
    expect(report.added).toBe(1);
    expect(report.skipped).toHaveLength(1);
  });

  it('refuses a TBX that declares entities', async () => {
    const { s } = await workspace();
    const tbx = enc(
      '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x "boom">]><martif type="TBX-Basic"><text><body/></text></martif>',
    );
    expect(() => s.glossary.import({ fileName: 'evil.tbx', bytes: tbx })).toThrow(/evil\.tbx/);
    expect(s.glossary.search('')).toEqual([]);
  });

  it('round-trips CSV and TBX exports exactly, formula-looking cells included', async () => {
    const { s } = await workspace();
    s.glossary.addTerm({ source: 'داعش', target: 'ISIS|Daesh', kind: 'org', note: '=not a formula' });
    s.glossary.addTerm({ source: 'سورية', target: 'Syria', kind: 'place', variants: ['سوريا', 'سورية'] });
    for (const format of ['csv', 'tbx'] as const) {
      const file = s.glossary.export({ format });
      const other = composeServices(openWorkspace(':memory:'), env());
      other.glossary.import({ fileName: file.fileName, bytes: file.bytes });
      const strip = (ts: TermView[]) =>
        ts.map(({ source, target, kind, variants, note }) => ({ source, target, kind, variants, note }));
      expect(strip(other.glossary.search(''))).toEqual(strip(s.glossary.search('')));
    }
    expect(s.glossary.search('')[1]!.variants).toEqual(['سوريا']); // the variant equal to the term was kept once
  });

  it('gives the first enabled glossary the word on a shared key, and a document can switch a glossary off', async () => {
    const { s, documentId } = await workspace();
    s.glossary.addTerm({ source: 'داعش', target: 'ISIS', kind: 'org' });
    s.glossary.addTerm({ source: 'داعش', target: 'Daesh', kind: 'org', glossary: 'Client' });
    expect(s.glossary.matchDocument(documentId)[0]?.target).toBe('ISIS');
    const main = s.glossary.list().find((g) => g.name === 'Main')!;
    s.glossary.setEnabled(documentId, main.id, false);
    expect(s.glossary.matchDocument(documentId).find((m) => m.source === 'داعش')?.target).toBe('Daesh');
  });

  it('searches Arabic through the normaliser and English in any case', async () => {
    const { s } = await workspace();
    s.glossary.addTerm({ source: 'أفغانستان', target: 'Afghanistan', kind: 'place' });
    expect(s.glossary.search('افغانستان')).toHaveLength(1);
    expect(s.glossary.search('afghan')).toHaveLength(1);
    expect(s.glossary.search('جوزجان')).toHaveLength(0);
  });

  it('flags a translated row whose English misses a term, until the case is accepted', async () => {
    const { s, documentId } = await workspace();
    s.glossary.addTerm({ source: 'طالبان', target: 'Taliban', kind: 'org' });
    s.glossary.addTerm({ source: 'داعش', target: 'ISIS|Daesh', kind: 'org' });
    s.documents.updateParagraph({
      documentId,
      index: 2,
      target: 'Tasnim said Daesh leaders were freed from a prison.',
      confirm: true,
    });
    const problems = await s.qa.flags(documentId);
    expect(problems.map((p) => [p.paragraph, p.target])).toEqual([[2, 'Taliban']]);
    // A draft is not checked yet.
    s.documents.updateParagraph({ documentId, index: 3, target: 'Clashes began.' });
    expect(await s.qa.flags(documentId)).toHaveLength(1);
    s.qa.accept({ documentId, paragraph: 2, termKey: problems[0]!.termKey! });
    expect(await s.qa.flags(documentId)).toEqual([]);
  });

  it('asks the Arabic dictionary before matching through a fold: آمل "I hope" is not Amal, أمل and امل are', async () => {
    const s = composeServices(openWorkspace(':memory:'), env());
    s.glossary.addTerm({ source: 'أمل', target: 'Amal', kind: 'person' });
    const { documentId } = await s.documents.import({
      fileName: 'a.txt',
      bytes: enc('آمل أن تنتهي الحرب قريبا.\n\nوقالت أمل إن الحرب طالت، وردت امل بعدها.\n'),
    });
    const found = s.glossary.matchDocument(documentId).map((m) => `${m.paragraph}:${m.text}`);
    expect(found).toEqual(['1:أمل', '1:امل']);
  });

  it('keeps a variant that folds to the term but is written otherwise: إب with اب finds the bare spelling', async () => {
    const s = composeServices(openWorkspace(':memory:'), env());
    const term = s.glossary.addTerm({ source: 'إب', target: 'Ibb', kind: 'place', variants: ['اب', 'إبْ'] });
    expect(term.variants).toEqual(['اب']); // إبْ is إب with a sukun: the same spelling, kept once
    const { documentId } = await s.documents.import({ fileName: 'a.txt', bytes: enc('قصف في محافظة اب وسط اليمن.\n') });
    expect(s.glossary.matchDocument(documentId).map((m) => m.target)).toEqual(['Ibb']);
  });
});
