/** `npm run bench [-- app|glossary|qa|all]`: prints figures, each with a baseline measured in the same run. */
const which = process.argv[2] ?? 'all';

async function main(): Promise<void> {
  if (which === 'app' || which === 'all') {
    console.log('== app (foundation) ==');
    await (await import('./app')).runAppBench();
  }
  if (which === 'glossary' || which === 'all') {
    console.log('\n== glossary matching ==');
    await (await import('./glossary')).runGlossaryBench();
  }
  if (which === 'qa' || which === 'all') {
    console.log('\n== QA checks ==');
    await (await import('./qa')).runQaBench();
  }
  if (!['app', 'glossary', 'qa', 'all'].includes(which)) throw new Error(`unknown bench ${which}: use app, glossary, qa or all`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
