/**
 * What `npm run eval` holds the analysis to (the targets on the validation split) and which items it
 * may write out one by one (train only, unless a label audit asks for validation too).
 */
import {
  ALL,
  MAX_GAP,
  MIN_JUDGED_POSITIVES,
  f1,
  positives,
  precision,
  recall,
  sortedGroups,
  type Gap,
  type Label,
  type Measure,
  type Score,
  type ScoreTable,
  type Split,
} from '../lib/analysis/cli/metrics';

export interface Target {
  name: string;
  value: number;
  bound: number;
  /** `≤ bound` (a gap) rather than `≥ bound`. */
  atMost: boolean;
  pass: boolean;
  /** Gold positives in the validation split behind the figure. */
  positives: number;
  /** False below MIN_JUDGED_POSITIVES: the figure is reported, not judged. */
  judged: boolean;
}

const MEASURES: Record<Measure, (s: Score) => number> = { precision, recall, f1 };

/** The floors on validation figures: overpromise over all languages and per language, the rest per language. */
const FLOORS: { label: Label; measure: Measure; bound: number }[] = [
  { label: 'overpromise', measure: 'precision', bound: 0.85 },
  { label: 'overpromise', measure: 'recall', bound: 0.75 },
  { label: 'commitment', measure: 'f1', bound: 0.85 },
  { label: 'needs-date', measure: 'f1', bound: 0.8 },
];

/** Every target, from the pooled (all files) validation groups and their train–validation gaps. */
export function targets(table: ScoreTable, allGaps: Gap[]): Target[] {
  const out: Target[] = [];
  const langs = sortedGroups(table).filter((g) => g.file === ALL && g.split === 'validation');
  for (const { label, measure, bound } of FLOORS) {
    for (const group of langs) {
      if (group.lang === ALL && label !== 'overpromise') continue;
      const score = group.scores[label];
      const value = MEASURES[measure](score);
      const n = positives(score);
      out.push({
        name: `${label} ${measure}, ${group.lang === ALL ? 'all languages' : group.lang}`,
        value,
        bound,
        atMost: false,
        pass: value >= bound,
        positives: n,
        judged: n >= MIN_JUDGED_POSITIVES,
      });
    }
  }
  for (const gap of allGaps) {
    if (gap.file !== ALL) continue;
    const floored = FLOORS.some((f) => f.label === gap.label);
    if (!floored || (gap.lang === ALL && gap.label !== 'overpromise')) continue;
    out.push({
      name: `gap ${gap.label} ${gap.measure}, ${gap.lang === ALL ? 'all languages' : gap.lang}`,
      value: gap.gap,
      bound: MAX_GAP,
      atMost: true,
      pass: gap.gap <= MAX_GAP,
      positives: gap.validationPositives,
      judged: gap.judged,
    });
  }
  return out;
}

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

/** The options, or an error: validation items are written out only when asked for by name. */
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
