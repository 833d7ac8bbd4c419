/** Time and ids are passed in so services stay testable. */
import { randomUUID } from 'node:crypto';

export interface Env {
  now(): string;
  newId(): string;
}

export const systemEnv: Env = {
  now: () => new Date().toISOString(),
  newId: () => randomUUID(),
};
