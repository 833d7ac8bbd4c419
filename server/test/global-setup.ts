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
  if (bin) cluster = await startCluster(bin);
  project.provide('pgAdminUrl', cluster?.adminUrl ?? null);
  return () => cluster?.stop();
}
