/**
 * `npm run eval -- translit|glossary|names|qa [--verbose] [--rules-only]`: the evaluations of transliteration, the glossary
 * matcher, name discovery and the QA checks (`qa [FILE]`, see eval/qa.ts).
 * translit prints the dev set (transliterations and exonyms with the lexicon, transliterations by the rules alone)
 * and the extra set eval/data/names-extra.tsv (with the lexicon, rules only);
 * --rules-only prints only the rules-only blocks.
 */
import { evalTranslit } from './translit';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const rulesOnly = args.includes('--rules-only');
const which = args.find((a) => !a.startsWith('-')) ?? 'translit';

async function main(): Promise<void> {
  if (which === 'translit') evalTranslit({ verbose, rulesOnly });
  else if (which === 'glossary') {
    const { evalGlossary } = await import('./glossary');
    evalGlossary(verbose);
  } else if (which === 'names') {
    const { evalNames } = await import('./names');
    await evalNames(verbose);
  } else if (which === 'qa') {
    const { evalQa } = await import('./qa');
    evalQa(verbose, args.filter((a) => !a.startsWith('-'))[1]);
  } else {
    console.error(`unknown evaluation "${which}": use translit, glossary, names or qa`);
    process.exitCode = 2;
  }
}

await main();
