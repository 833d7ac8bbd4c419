/** `npm run bench [-- app|glossary|search|all]`: prints figures, each with a baseline measured in the same run. */
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
  if (which === 'search' || which === 'all') {
    console.log('\n== search ==');
    await (await import('./search')).runSearchBench();
    console.log('\n== search in the workbench ==');
    await (await import('./search-ui')).runSearchUiBench();
  }
  if (!['app', 'glossary', 'search', 'all'].includes(which)) throw new Error(`unknown bench ${which}: use app, glossary, search or all`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
