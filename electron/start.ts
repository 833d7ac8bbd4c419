/**
 * `npm start`: the desktop window where Electron's binary is installed; otherwise one line saying so,
 * then the browser mode on the same workspace.
 */
import { spawn } from 'node:child_process';
import { electronBinary } from './electron-binary';
import { ROOT } from './paths';
import { runWeb } from './web';

const args = process.argv.slice(2);
const binary = electronBinary(ROOT);
if (binary) {
  const child = spawn(binary, [ROOT, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stdout.write("Electron's binary is not installed here: starting the browser mode instead.\n");
  runWeb(args).catch((e: unknown) => {
    process.stderr.write(`dragoman: ${(e as Error).message}\n`);
    process.exit(1);
  });
}
