import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Electron executable if it is really installed. Never require('electron') to find out: that tries a
 * download. The package writes path.txt, naming the binary under dist/, once the download succeeded.
 */
export function electronBinary(root: string): string | undefined {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathTxt = path.join(pkg, 'path.txt');
  if (!existsSync(pathTxt)) return undefined;
  const binary = path.join(pkg, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}
