import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { api, API_SLICES } from './contract';
import { mergeMethods } from './merge';

describe('the API contract', () => {
  it('refuses a method name that two features declare', () => {
    const a = { 'document.get': { input: z.object({}), result: undefined } };
    const b = { 'document.get': { input: z.object({}), result: undefined } };
    expect(() => mergeMethods(a, b)).toThrow(/document.get is declared by two features/);
  });

  it('holds every method of every slice, once', () => {
    const names = API_SLICES.flatMap((s) => Object.keys(s));
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(api).sort()).toEqual([...names].sort());
    expect(names).toContain('paragraph.update');
    expect(names).toContain('document.qa');
  });
});
