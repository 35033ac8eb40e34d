// `npm run --silent check -- [options] [FILE...]`: Kept's checker on files or stdin (logic in
// lib/analysis/cli, tested in test/unit/analysis-cli).
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../lib/analysis/index';
import { parseArgs, USAGE } from '../lib/analysis/cli/args';
import { runCheck } from '../lib/analysis/cli/run';

const options = parseArgs(process.argv.slice(2));
if ('error' in options) {
  console.error(`check: ${options.error}\n${USAGE}`);
  process.exit(2);
}
process.exitCode = runCheck(options, createAnalyzer(), {
  read: (name) => readFileSync(name === '-' ? 0 : name, 'utf8'),
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  now: () => new Date(),
});
