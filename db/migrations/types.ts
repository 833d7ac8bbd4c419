/** One schema step. `up` only adds: a migration never drops data. */
export interface Migration {
  version: number;
  name: string;
  up: string;
}
