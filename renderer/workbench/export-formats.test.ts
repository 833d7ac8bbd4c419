import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_TABLE, formatsRunningAnywhere } from '../../core/formats/registry';
import { en } from '../../core/i18n/en';
import { ar } from '../../core/i18n/ar';
import { BILINGUAL_FORMATS, DIALOG_FORMATS } from './export-formats';

describe('the export dialog’s formats', () => {
  it('offers every format of the table, each with a label in English and Arabic', () => {
    expect([...DIALOG_FORMATS].sort()).toEqual(EXPORT_FORMAT_TABLE.map((f) => f.id).sort());
    for (const f of DIALOG_FORMATS) {
      expect(en.exportDialog.formats[f]).toBeTruthy();
      expect(ar.exportDialog.formats[f]).toBeTruthy();
    }
  });

  it('shows the layout options for the bilingual formats only', () => {
    expect([...BILINGUAL_FORMATS].sort()).toEqual(['docx', 'html', 'pdf']);
    expect(formatsRunningAnywhere()).not.toContain('pdf');
  });
});
