/**
 * vitest globalSetup: one throwaway PostgreSQL cluster for the whole test run, handed to the test files as
 * `inject('pgAdminUrl')` (null when PostgreSQL is not installed: those tests then say so and skip).
 */
import type { TestProject } from 'vitest/node';
import type { Cluster } from './cluster';
import { findPgBin, startCluster } from './cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const bin = findPgBin();
  let cluster: Cluster | undefined;
  if (!bin)
    console.warn(
      'PostgreSQL not found (initdb): the team server tests are skipped (Debian: apt-get install postgresql postgresql-contrib)',
    );
  else {
    try {
      cluster = await startCluster(bin);
    } catch (e) {
      // Said loudly, and the team tests then skip: the other tests of the run still run.
      console.error(`could not start the throwaway PostgreSQL cluster: ${(e as Error).message}`);
    }
  }
  project.provide('pgAdminUrl', cluster?.adminUrl ?? null);
  // Stopped also when the run is cut short (stop is synchronous and runs once).
  process.once('exit', () => cluster?.stop());
  return () => cluster?.stop();
}
