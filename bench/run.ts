/** `npm run bench [-- app|glossary|docs|workspace|all]`: prints figures, each with a baseline measured in the same run. */
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
  if (which === 'docs' || which === 'all') {
    console.log('\n== big documents ==');
    await (await import('./docs')).runDocsBench();
  }
  if (which === 'workspace' || which === 'all') {
    console.log('\n== workspace durability (synchronous, quick_check, backups) ==');
    await (await import('./workspace')).runWorkspaceBench();
  }
  if (!['app', 'glossary', 'docs', 'workspace', 'all'].includes(which)) throw new Error(`unknown bench ${which}: use app, glossary, docs, workspace or all`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
