import type { Migration } from './types';

/**
 * The outbox row of a paragraph unit inserted into a shared memory is written by db/tm-repo's insert, in the
 * insert's transaction, no longer by a trigger: the trigger's two lookups (is the memory shared? is a pull being
 * applied?) ran for every unit and cost about 10 µs each, half the SQL time of a TMX import. tm-repo asks once per
 * batch of writes instead. The update and delete triggers of migration 11 stay (they are off the import's path).
 */
export const m0013UnitOutboxInCode: Migration = {
  version: 13,
  name: 'unit-outbox-in-code',
  up: `DROP TRIGGER IF EXISTS team_outbox_unit_insert;`,
};
