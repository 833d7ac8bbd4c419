// Prints one closing line for the whole `npm test`: "Tests: N passed, N failed, N skipped",
// from the JSON reports Vitest and Playwright wrote into artifacts/.
import { existsSync, readFileSync } from 'node:fs';

/** Titles of the Playwright tests whose outcome was "flaky" (a failed run, then a passing retry). */
function flakyTests(suites, prefix = []) {
  const out = [];
  for (const suite of suites) {
    const path = suite.title ? [...prefix, suite.title] : prefix;
    for (const spec of suite.specs ?? [])
      if ((spec.tests ?? []).some((t) => t.status === 'flaky')) out.push([...path, spec.title].join(' › '));
    out.push(...flakyTests(suite.suites ?? [], path));
  }
  return out;
}

let passed = 0;
let failed = 0;
let skipped = 0;

if (existsSync('artifacts/vitest.json')) {
  const v = JSON.parse(readFileSync('artifacts/vitest.json', 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
}
if (existsSync('artifacts/playwright.json')) {
  const p = JSON.parse(readFileSync('artifacts/playwright.json', 'utf8'));
  passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
  failed += p.stats?.unexpected ?? 0;
  skipped += p.stats?.skipped ?? 0;
  for (const name of flakyTests(p.suites ?? [])) console.log(`Flaky (failed, then passed on its retry): ${name}`);
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
