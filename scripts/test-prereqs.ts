/**
 * First step of `npm test`: find Chromium (and LibreOffice and poppler, which some tests use) or get them.
 * Root on Debian (as CI runs): one apt-get call. Elsewhere: print the one command that gets them and stop
 * (Chromium) or go on with those tests skipped (LibreOffice, poppler).
 */
import { execFileSync } from 'node:child_process';
import { planTools } from './prereqs/plan';
import { probeMachine } from './prereqs/probe';

const plan = planTools(probeMachine());
if (plan.aptPackages.length > 0) {
  console.log(`npm test: installing the Debian packages the tests need with apt-get: ${plan.aptPackages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...plan.aptPackages], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
}
for (const w of plan.warnings) console.log(`npm test: ${w}`);
if (plan.stop.length > 0) {
  for (const s of plan.stop) console.error(`npm test: ${s}`);
  process.exit(1);
}
