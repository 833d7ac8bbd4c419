/**
 * The development sets from ../shared/eval: clitic cases and the seed document. Rules are built to be general
 * (held-out sets of the same kind judge them); nothing here is special-cased in the code.
 */
import { describe, expect, it } from 'vitest';
import { buildGlossaryIndex } from './build-index';
import { parseGlossaryCsv } from './csv';
import { matchText } from './matcher';
import { termKey } from './term-key';
import type { GlossaryTerm } from './types';
import { readShared } from '../../scripts/shared-samples';

const read = readShared;

function loadGlossary(rel: string): GlossaryTerm[] {
  const { terms, errors } = parseGlossaryCsv(read(rel), rel);
  expect(errors).toEqual([]);
  return terms.map((t, i) => ({ ...t, id: `t${i}` }));
}

function tsvRows(rel: string): string[][] {
  const lines = read(rel)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  return lines.slice(1).map((l) => l.split('\t'));
}

/** Paragraphs: blocks separated by blank lines, lines of a block joined by a space; one per line if no blank line. */
function paragraphs(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const hasBlank = lines.some((l) => l.trim() === '');
  if (!hasBlank) return lines.map((l) => l.trim()).filter((l) => l !== '');
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) =>
      b
        .split('\n')
        .map((l) => l.trim())
        .join(' ')
        .trim(),
    )
    .filter((b) => b !== '');
}

describe('clitics-dev.tsv', () => {
  const index = buildGlossaryIndex(loadGlossary('eval/clitics-glossary.csv'));
  for (const [surface = '', expected = '', , note = ''] of tsvRows('eval/clitics-dev.tsv')) {
    it(`${surface} → ${expected} (${note})`, () => {
      const matches = matchText(index, surface);
      if (expected === 'NONE') {
        expect(matches.map((m) => m.term.source)).toEqual([]);
        return;
      }
      expect(matches).toHaveLength(1);
      const m = matches[0]!;
      expect(termKey(m.term.source)).toBe(termKey(expected));
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(surface.length);
      expect(m.text).toBe(surface.slice(m.start, m.end));
    });
  }
});

describe('seed document', () => {
  it('gives exactly the expected matches, in order', () => {
    const index = buildGlossaryIndex(loadGlossary('samples/seed-glossary.csv'));
    const paras = paragraphs(read('samples/seed-ar.txt'));
    const got: string[] = [];
    const expected: string[] = [];
    const rows = tsvRows('eval/seed-expected-matches.tsv');
    paras.forEach((p, pi) => {
      const ms = matchText(index, p);
      const want = rows.filter((r) => Number(r[0]) === pi);
      // Find each expected token in order, and check the span lies inside it.
      let from = 0;
      want.forEach(([, token = '', target = ''], k) => {
        expected.push(`${pi}\t${token}\t${target}`);
        const m = ms[k];
        if (!m) return;
        const at = p.indexOf(token, from);
        const inside = at >= 0 && m.start >= at && m.end <= at + token.length;
        got.push(`${pi}\t${inside ? token : `${m.text}@${m.start}`}\t${m.term.target}`);
        if (at >= 0) from = at + token.length;
      });
      for (const m of ms.slice(want.length)) got.push(`${pi}\t${m.text}@${m.start} (extra)\t${m.term.target}`);
    });
    expect(got).toEqual(expected);
  });
});

describe('function words on the seed text', () => {
  it('never match names they fold to', () => {
    // علي "Ali", إلي, حتي, متي, سوي, لدي all fold from function words that fill the seed document.
    const terms = ['علي', 'إلي', 'الي', 'حتي', 'متي', 'سوي', 'لدي', 'آن', 'أنا'].map((source, i): GlossaryTerm => ({
      id: `f${i}`,
      source,
      target: `Name${i}`,
      kind: 'person',
      variants: [],
      note: '',
    }));
    const index = buildGlossaryIndex(terms);
    const text = read('samples/seed-ar.txt');
    expect(text).toContain('على');
    expect(text).toContain('إلى');
    expect(matchText(index, text).map((m) => m.text)).toEqual([]);
  });
});
