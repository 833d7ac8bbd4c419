/**
 * `npm run server -- --pg postgresql://… [--host 127.0.0.1] [--port N|0] [--tls-cert F --tls-key F]`: the
 * Dragoman team server. Stateless: every byte of shared state is in PostgreSQL, so several of these over one
 * database work together. Prints `{"listening": "http(s)://HOST:PORT"}` on stdout when ready; logs to stderr.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createTeamServer, listen } from './http';
import { openStore } from './store';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      pg: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
    },
    strict: true,
  });
  if (!values.pg) throw new Error('missing --pg postgresql://USER@HOST:PORT/DATABASE');
  const port = values.port === undefined ? 4780 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number (0 picks a free one), not ${values.port}`);
  if (Boolean(values['tls-cert']) !== Boolean(values['tls-key']))
    throw new Error('--tls-cert and --tls-key go together');
  const read = (f: string): Buffer => {
    try {
      return readFileSync(f);
    } catch (e) {
      throw new Error(`${f}: ${(e as Error).message}`);
    }
  };
  const tls =
    values['tls-cert'] && values['tls-key']
      ? { cert: read(values['tls-cert']), key: read(values['tls-key']) }
      : undefined;
  const store = await openStore(values.pg);
  const options = { host: values.host ?? '127.0.0.1', port, ...(tls ? { tls } : {}) };
  const server = createTeamServer(store, options);
  const address = await listen(server, options);
  process.stdout.write(`${JSON.stringify({ listening: address })}\n`);
  const stop = (): void => {
    server.close();
    server.closeAllConnections();
    void store.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`dragoman-server: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
