/** Scores the transliteration engine on names-dev.tsv: top-1 and top-3, transliterations and exonyms apart. */
import { transliterate } from '../core/translit';
import { comparable, pct, readShared } from './shared';

export function evalTranslit(verbose: boolean): void {
  const lines = readShared('eval/names-dev.tsv').split('\n').filter((l) => l.trim());
  const header = (lines.shift() ?? '').split('\t');
  const col = (name: string): number => header.indexOf(name);
  const stats = new Map<string, { n: number; top1: number; top3: number }>();
  for (const line of lines) {
    const cells = line.split('\t');
    const arabic = cells[col('arabic')] ?? '';
    const accepted = new Set((cells[col('accepted')] ?? '').split('|').map(comparable));
    const rendering = cells[col('rendering')] ?? 'transliteration';
    const got = transliterate(arabic).map((c) => c.text);
    const hit = got.findIndex((t) => accepted.has(comparable(t)));
    const s = stats.get(rendering) ?? { n: 0, top1: 0, top3: 0 };
    s.n++;
    if (hit === 0) s.top1++;
    if (hit >= 0 && hit < 3) s.top3++;
    stats.set(rendering, s);
    if (verbose && hit !== 0) console.log(`${hit < 0 ? 'MISS' : `#${hit + 1}`}\t${arabic}\t${cells[col('accepted')]}\t${got.slice(0, 4).join(' | ')}`);
  }
  for (const [rendering, s] of stats) console.log(`${rendering}: top-1 ${pct(s.top1, s.n)}, top-3 ${pct(s.top3, s.n)}`);
}
