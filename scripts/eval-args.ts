/**
 * `npm run eval`'s command line. Validation items are a score, not study material: they are written
 * out one by one only when asked for by name, for label audits.
 */
import type { Split } from '../lib/analysis/cli/metrics';

export interface EvalOptions {
  json: boolean;
  /** Splits whose misses and false alarms are written to eval-report/. */
  reportSplits: Split[];
}

export const USAGE =
  'usage: eval [--json] [--split train|validation] [--report-validation]\n' +
  '  --json               one JSON object on stdout\n' +
  '  --split S            write misses and false alarms of split S only (default: train)\n' +
  '  --report-validation  also write validation items out: for label audits only';

/** The options, or an error for a bad command line. */
export function parseEvalArgs(argv: string[]): EvalOptions | { error: string } {
  let json = false;
  let split: Split | undefined;
  let audit = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--report-validation') audit = true;
    else if (a === '--split') {
      const v = argv[++i];
      if (v !== 'train' && v !== 'validation')
        return { error: `--split must be train or validation (got ${v})` };
      split = v;
    } else if (a !== '--') return { error: `unknown option ${a}` };
  }
  if (split === 'validation' && !audit)
    return {
      error:
        '--split validation writes validation items out; add --report-validation (label audits only)',
    };
  const reportSplits: Split[] = split ? [split] : audit ? ['train', 'validation'] : ['train'];
  return { json, reportSplits };
}
