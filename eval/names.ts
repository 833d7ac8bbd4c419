/** Scores name discovery on the seed article with an empty glossary against the seed glossary's names. */
import { normalizeArabic } from '../core/arabic/normalize';
import { discoverNames } from '../core/names';
import { arabicDictionary } from '../electron/features/names/arabic-dictionary';
import { pct, readShared } from './shared';

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((b) => b.split('\n').join(' ').trim())
    .filter(Boolean);
}

function csvRows(text: string): string[][] {
  return text
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split(','));
}

const key = (s: string): string => normalizeArabic(s).trim().replace(/\s+/g, ' ');

export async function evalNames(verbose: boolean): Promise<void> {
  const paras = paragraphs(readShared('samples/seed-ar.txt'));
  const entries = csvRows(readShared('samples/seed-glossary.csv'))
    .filter((r) => ['person', 'place', 'org'].includes(r[2] ?? ''))
    .map((r) => ({ source: r[0] ?? '', forms: [r[0] ?? '', ...(r[3] ?? '').split('|')].filter(Boolean).map(key) }));
  const t0 = Date.now();
  const wordList = arabicDictionary();
  const t1 = Date.now();
  const found = discoverNames(paras, { wordList });
  const t2 = Date.now();
  const texts = found.map((c) => key(c.text));
  const recalled = entries.filter((e) => e.forms.some((f) => texts.includes(f)));
  const names = found.filter((c) => entries.some((e) => e.forms.includes(key(c.text))));
  console.log(`AyaSpell dictionary loaded in ${t1 - t0} ms; discovery ${t2 - t1} ms`);
  console.log(`recall: ${pct(recalled.length, entries.length)}`);
  console.log(`precision (candidates that are glossary names): ${pct(names.length, found.length)}`);
  if (verbose) {
    for (const e of entries) if (!recalled.includes(e)) console.log(`missed\t${e.source}`);
    for (const c of found)
      console.log(
        `${names.includes(c) ? 'name' : 'other'}\t${c.text}\t${c.kind}\t${c.suggestion}\t${c.occurrences.length}`,
      );
  }
}
