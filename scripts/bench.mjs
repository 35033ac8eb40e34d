// `npm run bench [-- --json] [-- --only NAME]`: runs every benchmark in test/bench/*.bench.ts, each in
// its own process (so one area's warm-up or memory does not skew another's), and prints their figures.
// A benchmark file default-exports `async () => Record<string, number>`; figure names are stable
// once published (checks read them). With --json the only stdout line is {"figures": {...}}.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
const dir = 'test/bench';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.startsWith(only))
  .sort();

// Benchmarks that load the extension need a current build.
if (!args.includes('--no-build')) execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });

const figures = {};
let failed = false;
for (const file of files) {
  try {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--expose-gc', 'scripts/bench-one.ts', join(dir, file)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
    );
    const last = out.trim().split('\n').pop() ?? '{}';
    Object.assign(figures, JSON.parse(last));
  } catch (error) {
    failed = true;
    console.error(`bench: ${file} failed: ${error instanceof Error ? error.message : error}`);
  }
}

if (json) {
  console.log(JSON.stringify({ figures }));
} else {
  const width = Math.max(10, ...Object.keys(figures).map((k) => k.length));
  for (const [name, value] of Object.entries(figures))
    console.log(`${name.padEnd(width)}  ${value}`);
}
process.exitCode = failed ? 1 : 0;
