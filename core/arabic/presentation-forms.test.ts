import { describe, expect, it } from 'vitest';
import { foldPresentationForms, hasPresentationForms } from './presentation-forms';

describe('presentation forms', () => {
  it('turns letters copied from a PDF back into ordinary Arabic letters', () => {
    const pdf = 'ﻭﻻﻳﺔ ﺟﻮﺯﺟﺎﻥ'; // ولاية جوزجان in contextual forms, with the lam-alef ligature
    expect(hasPresentationForms(pdf)).toBe(true);
    expect(foldPresentationForms(pdf)).toBe('ولاية جوزجان');
    expect(foldPresentationForms('ﷲ')).toBe('الله');
  });

  it('leaves ordinary text, Latin and digits as written', () => {
    const text = 'طهران-سانا 2018 Tasnim';
    expect(hasPresentationForms(text)).toBe(false);
    expect(foldPresentationForms(text)).toBe(text);
  });
});
