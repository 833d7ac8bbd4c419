import { describe, expect, it } from 'vitest';
import { fromDisplay, keepsPlaceholders, missingPlaceholders, toDisplay } from './placeholders';

const P0 = '\uE000';
const P1 = '\uE001';
const SOURCE = `أعلنت ${P0}وزارة الدفاع${P1} في بيان`;

describe('XLIFF placeholders in the editor', () => {
  it('shows each code as one visible character and maps it back', () => {
    const shown = toDisplay(SOURCE);
    expect(shown).toBe('أعلنت ①وزارة الدفاع② في بيان');
    expect(shown.length).toBe(SOURCE.length); // glossary offsets stay valid
    expect(fromDisplay('The ①Ministry of Defence② said', SOURCE)).toBe(`The ${P0}Ministry of Defence${P1} said`);
    // A circled number the source has no code for is text, not a code.
    expect(fromDisplay('③', SOURCE)).toBe('③');
  });

  it('refuses an edit that deletes a code, allows edits around them', () => {
    const before = `The ${P0}Ministry${P1} said`;
    expect(keepsPlaceholders(before, `The ${P0}Ministry of Defence${P1} said`)).toBe(true);
    expect(keepsPlaceholders(before, `The ${P0}Ministry said`)).toBe(false);
    expect(keepsPlaceholders('', 'anything')).toBe(true);
  });

  it('lists the codes the translation still lacks, in source order', () => {
    expect(missingPlaceholders(SOURCE, '')).toEqual([P0, P1]);
    expect(missingPlaceholders(SOURCE, `The ${P0}Ministry`)).toEqual([P1]);
    expect(missingPlaceholders('بلا رموز', 'none')).toEqual([]);
  });
});
