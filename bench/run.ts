/** `npm run bench [-- app|glossary|tm|team|all]`: prints figures, each with a baseline measured in the same run. */
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
  if (which === 'tm' || which === 'all') {
    console.log('\n== translation memory ==');
    await (await import('./tm')).runTmBench();
  }
  if (which === 'team' || which === 'all') {
    console.log('\n== team sync (PostgreSQL) ==');
    await (await import('./team')).runTeamBench();
  }
  if (!['app', 'glossary', 'tm', 'team', 'all'].includes(which)) throw new Error(`unknown bench ${which}: use app, glossary, tm, team or all`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
