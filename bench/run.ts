/** `npm run bench [-- AREA|all]`: prints figures, each with a baseline measured in the same run. One line per area below. */
const BENCHES: Record<string, { title: string; run: () => Promise<unknown> }> = {
  app: { title: 'app (foundation)', run: async () => (await import('./app')).runAppBench() },
  glossary: { title: 'glossary matching', run: async () => (await import('./glossary')).runGlossaryBench() },
  docs: { title: 'big documents', run: async () => (await import('./docs')).runDocsBench() },
  workspace: {
    title: 'workspace durability (synchronous, quick_check, backups)',
    run: async () => (await import('./workspace')).runWorkspaceBench(),
  },
  qa: { title: 'QA checks', run: async () => (await import('./qa')).runQaBench() },
  search: {
    title: 'search (and in the workbench)',
    run: async () => {
      await (await import('./search')).runSearchBench();
      await (await import('./search-ui')).runSearchUiBench();
    },
  },
  tm: { title: 'translation memory', run: async () => (await import('./tm')).runTmBench() },
  team: { title: 'team sync (PostgreSQL)', run: async () => (await import('./team')).runTeamBench() },
  translit: {
    title: 'transliteration (foreign names)',
    run: async () => (await import('./translit')).runTranslitBench(),
  },
};

const which = process.argv[2] ?? 'all';

async function main(): Promise<void> {
  const areas = which === 'all' ? Object.keys(BENCHES) : [which];
  for (const area of areas) {
    const bench = BENCHES[area];
    if (!bench) throw new Error(`unknown bench ${area}: use ${Object.keys(BENCHES).join(', ')} or all`);
    console.log(`\n== ${bench.title} ==`);
    await bench.run();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
