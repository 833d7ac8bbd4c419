/**
 * The team's glossary as a transliteration source: whole names (a hit is candidate #1) and the parts of multi-word
 * names aligned word by word with their English (حبيب الرحمان = Habib al-Rahman gives حبيب → Habib), so a new
 * name reuses the spellings the team already chose.
 */
import { normalizeArabic } from '../arabic/normalize';
import type { GlossaryTerm } from '../glossary/types';

export interface GlossaryLookup {
  whole: ReadonlyMap<string, string[]>;
  parts: ReadonlyMap<string, string[]>;
}

const NAME_KINDS = new Set(['person', 'place', 'org', 'title']);
const cache = new WeakMap<readonly GlossaryTerm[], GlossaryLookup>();

export function glossaryKey(text: string): string {
  return normalizeArabic(text).trim().replace(/\s+/g, ' ');
}

/** English words of a target, "al-X" and "ad-Din" kept as one word. */
function englishWords(target: string): string[] {
  return target.trim().split(/\s+/).filter(Boolean);
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export function prepareGlossary(terms: readonly GlossaryTerm[]): GlossaryLookup {
  const hit = cache.get(terms);
  if (hit) return hit;
  const whole = new Map<string, string[]>();
  const parts = new Map<string, string[]>();
  for (const term of terms) {
    const targets = term.target
      .split('|')
      .map((t) => t.trim())
      .filter(Boolean);
    if (targets.length === 0) continue;
    for (const source of [term.source, ...term.variants]) {
      const key = glossaryKey(source);
      if (!key) continue;
      for (const t of targets) push(whole, key, t);
      if (!NAME_KINDS.has(term.kind)) continue;
      const arabic = key.split(' ');
      const english = englishWords(targets[0] as string);
      if (arabic.length !== english.length) continue;
      arabic.forEach((a, i) => {
        const e = english[i] as string;
        push(parts, a, e);
        // الرحمان ↔ al-Rahman also teaches رحمان ↔ Rahman.
        if (a.startsWith('ال') && a.length > 3 && /^al-/i.test(e)) push(parts, a.slice(2), e.slice(3));
      });
    }
  }
  const lookup = { whole, parts };
  cache.set(terms, lookup);
  return lookup;
}
