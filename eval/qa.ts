/**
 * `npm run eval -- qa [--verbose] [FILE]`: recall and false alarms of each QA check on Arabic→English pairs with
 * planted errors (eval/data/qa-dev.txt by default; a held-out file of the same format can be named).
 * Format: blocks of `ar:` (the Arabic), `en:` (a correct English) and `err CHECK:` lines (English with a planted
 * error the check CHECK must find); `⟦n⟧` is inline code n. Each pair is checked as a one-paragraph document,
 * except `err consistency` pairs, checked after their correct pair in a two-paragraph document; the correct
 * pairs are also checked together as one document (consistency false alarms).
 * Per check: recall = planted errors of the check it flags; a false alarm = a pair not planted with that check
 * on which it flags; precision = flagged planted pairs / all pairs it flags. A comment line `# englishVariant: en-GB`
 * checks the spelling in British English.
 */
import { readFileSync } from 'node:fs';
import type { Paragraph } from '../core/model';
import { QA_CHECKS, runChecks } from '../core/qa/registry';
import type { QaFlag } from '../core/qa/types';
import { englishSpeller } from '../electron/features/qa/speller';
import { pct, readLocal } from './shared';

interface Pair {
  line: number;
  ar: string;
  en: string;
  /** The check the planted error belongs to; undefined for a correct pair. */
  planted?: string;
  /** The correct English of the same Arabic (consistency pairs are checked after it). */
  clean: string;
}

const codes = (s: string): string => s.replace(/⟦(\d+)⟧/g, (_, n: string) => String.fromCharCode(0xe000 + Number(n)));

export function parseQaSet(text: string, file: string): Pair[] {
  const pairs: Pair[] = [];
  let ar: string | undefined;
  let clean: string | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('#')) return;
    const m = /^(ar|en|err ([a-z-]+)):\s?(.*)$/.exec(line);
    if (!m) throw new Error(`${file}:${i + 1}: expected "ar:", "en:" or "err CHECK:", got ${line.slice(0, 40)}`);
    const value = codes(m[3]!);
    if (m[1] === 'ar') {
      ar = value;
      clean = undefined;
    } else if (m[1] === 'en') {
      if (ar === undefined) throw new Error(`${file}:${i + 1}: "en:" before any "ar:"`);
      clean = value;
      pairs.push({ line: i + 1, ar, en: value, clean: value });
    } else {
      if (ar === undefined || clean === undefined) throw new Error(`${file}:${i + 1}: "err" before the block's "en:"`);
      if (!QA_CHECKS.some((c) => c.id === m[2])) throw new Error(`${file}:${i + 1}: unknown check ${m[2]}`);
      pairs.push({ line: i + 1, ar, en: value, planted: m[2]!, clean });
    }
  });
  return pairs;
}

const para = (index: number, source: string, target: string): Paragraph => ({
  index,
  source,
  target,
  status: 'translated',
});

export function evalQa(verbose: boolean, file?: string): void {
  const text = file ? readFileSync(file, 'utf8') : readLocal('data/qa-dev.txt');
  const pairs = parseQaSet(text, file ?? 'eval/data/qa-dev.txt');
  // A set written in British English says so in a comment line `# englishVariant: en-GB`.
  const variant = /^# englishVariant: (en-GB|en-US)$/m.exec(text)?.[1] === 'en-GB' ? 'en-GB' : 'en-US';
  const context = { settings: { englishVariant: variant }, speller: englishSpeller(variant) };
  const flagsOf = (p: Pair): QaFlag[] => {
    if (p.planted === 'consistency')
      return runChecks(QA_CHECKS, [para(0, p.ar, p.clean), para(1, p.ar, p.en)], context).filter(
        (f) => f.paragraph === 1,
      );
    return runChecks(QA_CHECKS, [para(0, p.ar, p.en)], context);
  };
  const results = pairs.map((p) => ({ pair: p, checks: new Set(flagsOf(p).map((f) => f.check)), flags: flagsOf(p) }));
  const cleanDoc = pairs.filter((p) => !p.planted);
  const docFlags = runChecks(
    QA_CHECKS,
    cleanDoc.map((p, i) => para(i, p.ar, p.en)),
    context,
  ).filter((f) => f.check === 'consistency');

  const planted = pairs.filter((p) => p.planted).length;
  console.log(
    `QA eval (${variant}, ${context.speller.variant ?? variant} dictionary): ${pairs.length} pairs (${cleanDoc.length} correct, ${planted} with a planted error) from ${file ?? 'eval/data/qa-dev.txt'}`,
  );
  console.log('check           recall                 false alarms (pairs)      precision');
  let tpAll = 0;
  let fpAll = 0;
  for (const check of QA_CHECKS.map((c) => c.id)) {
    const mine = results.filter((r) => r.pair.planted === check);
    const others = results.filter((r) => r.pair.planted !== check);
    const tp = mine.filter((r) => r.checks.has(check)).length;
    const fp =
      others.filter((r) => r.checks.has(check)).length +
      (check === 'consistency' ? new Set(docFlags.map((f) => f.paragraph)).size : 0);
    tpAll += tp;
    fpAll += fp;
    const otherCount = others.length + (check === 'consistency' ? cleanDoc.length : 0);
    console.log(
      `${check.padEnd(15)} ${pct(tp, mine.length).padEnd(22)} ${pct(fp, otherCount).padEnd(25)} ${pct(tp, tp + fp)}`,
    );
    if (verbose) {
      for (const r of mine.filter((x) => !x.checks.has(check)))
        console.log(`    missed  line ${r.pair.line}: ${r.pair.en}`);
      for (const r of others.filter((x) => x.checks.has(check))) {
        const f = r.flags.find((x) => x.check === check)!;
        console.log(`    false alarm line ${r.pair.line}: ${f.message} — ${r.pair.en}`);
      }
    }
  }
  const cleanFlagged = results.filter((r) => !r.pair.planted && r.checks.size > 0).length;
  console.log(
    `all checks: recall ${pct(tpAll, planted)}; correct pairs with any flag: ${pct(cleanFlagged, cleanDoc.length)}; precision ${pct(tpAll, tpAll + fpAll)}`,
  );
}
