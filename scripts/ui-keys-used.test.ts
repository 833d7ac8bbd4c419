/**
 * Every UI string is used: a key of core/i18n/en.ts that no source file names is dead and goes. Keys built at
 * run time (`tm.bands.${b}`…) count as used by their prefix, others are found by their full name or last part, the namespaces read whole by key
 * (errors from the server, QA messages, kinds, origins, statuses, the keys sheet) are not checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../core/i18n/en';

const ROOT = path.resolve(import.meta.dirname, '..');
const BY_KEY = new Set(['errors', 'kinds', 'qa', 'origins', 'status', 'qaChecks', 'keys', 'deliverables']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(d.name) && !/\.test\.ts$/.test(d.name) ? [readFileSync(p, 'utf8')] : [];
  });
}

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [prefix + k.replace(/_(zero|one|two|few|many|other)$/, '')]
      : keys(v as object, `${prefix}${k}.`),
  );
}

describe('UI strings', () => {
  it('has no key that no source file uses', () => {
    const text = [...sources(path.join(ROOT, 'renderer')), ...sources(path.join(ROOT, 'electron'))].join('\n');
    const unused = [...new Set(keys(en))].filter((k) => {
      if (BY_KEY.has(k.split('.')[0]!)) return false;
      const leaf = k.split('.').pop()!;
      // A key built at run time: t(`tm.bands.${band}`).
      if (text.includes(`\`${k.slice(0, k.length - leaf.length)}\${`)) return false;
      return (
        !text.includes(`'${k}'`) &&
        !text.includes(`\`${k}\``) &&
        !new RegExp(`\\.${leaf.replace(/[-]/g, '\\-')}\\b|'${leaf}'`).test(text)
      );
    });
    expect(unused).toEqual([]);
  });
});
