import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listGlossaries } from '../../db/glossary-repo';
import { openWorkspace } from '../../db/open';
import type { Env } from './clock';
import { importDocument, updateParagraph } from './documents';
import { acceptQa, addTerm, exportGlossary, importGlossary, matchDocument, qaDocument, searchTerms } from './glossary';
import { setDocumentGlossary } from '../../db/glossary-repo';

const SHARED = new URL('../../../shared/', import.meta.url);
const seed = readFileSync(new URL('samples/seed-ar.txt', SHARED));
const seedGlossary = readFileSync(new URL('samples/seed-glossary.csv', SHARED));
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function env(): Env {
  let n = 0;
  let t = Date.parse('2026-01-01T00:00:00Z');
  return { newId: () => `id-${++n}`, now: () => new Date((t += 1000)).toISOString() };
}

async function workspace() {
  const db = openWorkspace(':memory:');
  const e = env();
  const { documentId } = await importDocument(db, e, { fileName: 'seed-ar.txt', bytes: seed });
  return { db, e, documentId };
}

describe('glossary service', () => {
  it('imports the seed glossary and finds Jowzjan and Darzab in the seed, clitic forms included', async () => {
    const { db, e, documentId } = await workspace();
    const report = importGlossary(db, e, { fileName: 'seed-glossary.csv', bytes: seedGlossary });
    expect(report.added).toBe(28);
    const matches = matchDocument(db, documentId);
    const targets = matches.map((m) => m.target);
    expect(targets).toContain('Jowzjan');
    expect(targets).toContain('Darzab');
    const afghanistan = matches.find((m) => m.paragraph === 0 && m.target === 'Afghanistan')!;
    expect(afghanistan.text).toBe('أفغانستان'); // بأفغانستان: the span starts after ب
  });

  it('refuses a CSV with bad rows, naming each line, and imports nothing unless told to skip them', async () => {
    const { db, e } = await workspace();
    const bad = enc('source,target,kind,variants,note\nجوزجان,Jowzjan,place,,\nدرزاب,,place,,\nجوزجان,Jawzjan,place,,\n"هرات,Herat,place,,\n');
    expect(() => importGlossary(db, e, { fileName: 'bad.csv', bytes: bad })).toThrow(/bad\.csv: line 3/);
    expect(() => importGlossary(db, e, { fileName: 'bad.csv', bytes: bad })).toThrow(/line 4/);
    expect(searchTerms(db, '')).toEqual([]);
    const report = importGlossary(db, e, { fileName: 'bad.csv', bytes: bad, skipInvalid: true });
    expect(report.added).toBe(1);
    expect(report.skipped.map((s) => s.line)).toEqual(expect.arrayContaining([3, 4]));
  });

  it('reads terms written in presentation forms (copied from a PDF) as ordinary letters', async () => {
    const { db, e, documentId } = await workspace();
    importGlossary(db, e, { fileName: 'pdf.csv', bytes: enc('source,target,kind,variants,note\nﺟﻮﺯﺟﺎﻥ,Jowzjan,place,,\n') });
    expect(searchTerms(db, '')[0]!.source).toBe('جوزجان');
    expect(matchDocument(db, documentId).filter((m) => m.target === 'Jowzjan')).toHaveLength(2);
  });

  it('refuses a row with no Arabic letter as a whole file, or skips it when asked', async () => {
    const { db, e } = await workspace();
    const csv = enc('source,target,kind,variants,note\nجوزجان,Jowzjan,place,,\nKabul,Kabul,place,,\n');
    expect(() => importGlossary(db, e, { fileName: 'forms.csv', bytes: csv })).toThrow(/forms\.csv: .*Kabul/);
    expect(searchTerms(db, '')).toEqual([]);
    const report = importGlossary(db, e, { fileName: 'forms.csv', bytes: csv, skipInvalid: true });
    expect(report.added).toBe(1);
    expect(report.skipped).toHaveLength(1);
  });

  it('refuses a TBX that declares entities', async () => {
    const { db, e } = await workspace();
    const tbx = enc('<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x "boom">]><martif type="TBX-Basic"><text><body/></text></martif>');
    expect(() => importGlossary(db, e, { fileName: 'evil.tbx', bytes: tbx })).toThrow(/evil\.tbx/);
    expect(searchTerms(db, '')).toEqual([]);
  });

  it('round-trips CSV and TBX exports exactly, formula-looking cells included', async () => {
    const { db, e } = await workspace();
    addTerm(db, e, { source: 'داعش', target: 'ISIS|Daesh', kind: 'org', note: '=not a formula' });
    addTerm(db, e, { source: 'سورية', target: 'Syria', kind: 'place', variants: ['سوريا', 'سورية'] });
    for (const format of ['csv', 'tbx'] as const) {
      const file = exportGlossary(db, e, { format });
      const other = openWorkspace(':memory:');
      importGlossary(other, env(), { fileName: file.fileName, bytes: file.bytes });
      const strip = (ts: ReturnType<typeof searchTerms>) => ts.map(({ source, target, kind, variants, note }) => ({ source, target, kind, variants, note }));
      expect(strip(searchTerms(other, ''))).toEqual(strip(searchTerms(db, '')));
    }
    expect(searchTerms(db, '')[1]!.variants).toEqual(['سوريا']); // the variant equal to the term was kept once
  });

  it('gives the first enabled glossary the word on a shared key, and a document can switch a glossary off', async () => {
    const { db, e, documentId } = await workspace();
    addTerm(db, e, { source: 'داعش', target: 'ISIS', kind: 'org' });
    addTerm(db, e, { source: 'داعش', target: 'Daesh', kind: 'org', glossary: 'Client' });
    expect(matchDocument(db, documentId)[0]?.target).toBe('ISIS');
    const main = listGlossaries(db).find((g) => g.name === 'Main')!;
    setDocumentGlossary(db, documentId, main.id, false);
    expect(matchDocument(db, documentId).find((m) => m.source === 'داعش')?.target).toBe('Daesh');
  });

  it('searches Arabic through the normaliser and English in any case', async () => {
    const { db, e } = await workspace();
    addTerm(db, e, { source: 'أفغانستان', target: 'Afghanistan', kind: 'place' });
    expect(searchTerms(db, 'افغانستان')).toHaveLength(1);
    expect(searchTerms(db, 'afghan')).toHaveLength(1);
    expect(searchTerms(db, 'جوزجان')).toHaveLength(0);
  });

  it('flags a translated row whose English misses a term, until the case is accepted', async () => {
    const { db, e, documentId } = await workspace();
    addTerm(db, e, { source: 'طالبان', target: 'Taliban', kind: 'org' });
    addTerm(db, e, { source: 'داعش', target: 'ISIS|Daesh', kind: 'org' });
    updateParagraph(db, e, { documentId, index: 2, target: 'Tasnim said Daesh leaders were freed from a prison.', confirm: true });
    const problems = qaDocument(db, documentId);
    expect(problems.map((p) => [p.paragraph, p.target])).toEqual([[2, 'Taliban']]);
    // A draft is not checked yet.
    updateParagraph(db, e, { documentId, index: 3, target: 'Clashes began.' });
    expect(qaDocument(db, documentId)).toHaveLength(1);
    acceptQa(db, documentId, 2, problems[0]!.termKey);
    expect(qaDocument(db, documentId)).toEqual([]);
  });
});
