/**
 * A desk for the team tests: a fresh database on the test run's PostgreSQL cluster, its users, one team server
 * process and one workspace per member, each joined with its member's token (real parts throughout).
 */
import path from 'node:path';
import type { Role } from '../../../../server/users';
import { addUser } from '../../../../server/users';
import { openStore } from '../../../../server/store';
import type { Store } from '../../../../server/store';
import { createDatabase } from '../../../../server/test/database';
import type { ServerProcess } from '../../../../server/test/server-process';
import { startServerProcess } from '../../../../server/test/server-process';
import type { App } from '../../../app/compose';
import { composeApp } from '../../../app/compose';

export interface Desk {
  server: ServerProcess;
  store: Store;
  tokens: Record<string, string>;
  /** The workspaces, in the order asked for. */
  apps: App[];
  close(): Promise<void>;
}

export async function startDesk(opts: {
  admin: string;
  database: string;
  dir: string;
  users: ReadonlyArray<readonly [name: string, role: Role]>;
  /** Workspace file name (without `.sqlite`) and the user it joins as. */
  workspaces: ReadonlyArray<readonly [file: string, user: string]>;
}): Promise<Desk> {
  const pgUrl = await createDatabase(opts.admin, opts.database);
  const store = await openStore(pgUrl);
  const tokens: Record<string, string> = {};
  for (const [name, role] of opts.users) tokens[name] = (await addUser(store, name, role)).token;
  const server = await startServerProcess(pgUrl);
  const apps: App[] = [];
  for (const [file, user] of opts.workspaces) {
    const app = composeApp({ dbFile: path.join(opts.dir, `${file}.sqlite`) });
    apps.push(app);
    await app.services.team.join({ url: server.url, token: tokens[user]! });
  }
  return {
    server,
    store,
    tokens,
    apps,
    async close() {
      for (const app of apps) app.close();
      await server.stop();
      await store.close();
    },
  };
}
