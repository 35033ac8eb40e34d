// `npm test`: type-check, lint, format check, unit tests (vitest), build, end-to-end tests (Chromium).
// Every step runs even when an earlier one fails, and the last line sums them all:
// `N passed, N failed[, N skipped]` (type-check, lint and format count one test each).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'kept-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${label}: ${ok ? 'ok' : 'FAILED'}`);
}

function vitest(label, config, env = {}) {
  const out = join(reports, `${label}.json`);
  const ok = run(
    label,
    'npx',
    [
      'vitest',
      'run',
      '-c',
      config,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
    ],
    env,
  );
  if (!existsSync(out)) {
    totals.failed += 1;
    lines.push(`${label}: FAILED before reporting (exit ${ok ? 0 : 'non-zero'})`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const skipped = report.numPendingTests + (report.numTodoTests ?? 0);
  // A suite that failed to load has no tests counted: count it as a failure.
  const failed =
    report.numFailedTests + (report.numFailedTestSuites && !report.numFailedTests ? 1 : 0);
  totals.passed += report.numPassedTests;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`${label}: ${report.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
}

check('type-check', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '.']);
check('format', 'npx', ['prettier', '--check', '.']);
vitest('unit', 'vitest.config.ts');
const built = run('build', 'npx', ['wxt', 'build']);
if (built) {
  vitest('e2e', 'vitest.e2e.config.ts', { KEPT_SKIP_BUILD: '1' });
} else {
  totals.failed += 1;
  lines.push('build: FAILED (end-to-end tests not run)');
}

console.log('\n' + lines.join('\n'));
console.log(
  `${totals.passed} passed, ${totals.failed} failed` +
    (totals.skipped ? `, ${totals.skipped} skipped` : ''),
);
process.exitCode = totals.failed ? 1 : 0;
