/**
 * Command-line interface over the same handlers as the app: JSON on stdout, one-line errors on stderr,
 * exit status 1 on any error, nothing written then. The commands are declared in each feature's `cli.ts`.
 * Usage: npm run --silent cli -- COMMAND [options]   (npm run cli -- --help lists them)
 */
import { runCli } from './cli/run';

export { runCli };

if (process.argv[1]?.endsWith('cli.ts') || process.argv[1]?.endsWith('cli.js')) {
  runCli(process.argv.slice(2), (s) => process.stdout.write(s)).catch((e: unknown) => {
    // One line per problem (a file with several bad rows gives several lines).
    for (const lineText of (e instanceof Error ? e.message : String(e)).split('\n'))
      process.stderr.write(`dragoman: ${lineText}\n`);
    process.exitCode = 1;
  });
}
