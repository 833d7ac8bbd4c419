/**
 * `npm run eval -- translit|glossary|names [--verbose] [--rules-only]`: the evaluations of transliteration, the glossary
 * matcher and name discovery.
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
  } else {
    console.error(`unknown evaluation "${which}": use translit, glossary or names`);
    process.exitCode = 2;
  }
}

await main();
