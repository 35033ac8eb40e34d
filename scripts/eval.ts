// `npm run eval [-- --json] [-- --split train|validation] [-- --report-validation]`: runs the analysis
// over ../shared/corpus/*.jsonl and prints P/R/F1 per file, language and split, pooled per language and
// split, the train–validation gaps and the targets. Misses and false alarms go to eval-report/ for the
// train split only by default: validation is a score, and reading its items one by one would tune to it.
// A script that measures, not a pass/fail test: it exits 0 unless misused.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../lib/analysis/index';
import {
  LABELS,
  goldLabels,
  leastSpecific,
  predictedLabels,
  tallyItem,
  type LabeledItem,
  type ScoreTable,
} from '../lib/analysis/cli/metrics';
import { USAGE, parseEvalArgs } from './eval-args';
import { asJson, printText } from './eval-print';
import { gaps, targets } from './eval-rules';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The shared folder beside the repository, as the end-to-end harness finds it (KEPT_SHARED_DIR overrides).
const corpusDir = resolve(root, process.env.KEPT_SHARED_DIR ?? '../shared', 'corpus');
// The corpus labels are about the writing, not the date of writing; a fixed `now` keeps runs identical.
const NOW = '2026-11-27T09:00:00Z';

const options = parseEvalArgs(process.argv.slice(2));
if ('error' in options) {
  console.error(`eval: ${options.error}\n${USAGE}`);
  process.exit(2);
}
const files = existsSync(corpusDir)
  ? readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl'))
  : [];
if (files.length === 0) {
  const reason = `no corpus at ${corpusDir} (*.jsonl); skipping the evaluation.`;
  console.log(options.json ? JSON.stringify({ skipped: reason }) : `eval: ${reason}`);
  process.exit(0);
}

const analyzer = createAnalyzer();
const table: ScoreTable = new Map();
const report: Record<string, string[]> = {};
let items = 0;
for (const file of files.sort()) {
  const name = file.replace(/\.jsonl$/, '');
  for (const [n, line] of readFileSync(join(corpusDir, file), 'utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    let item: LabeledItem;
    try {
      item = JSON.parse(line) as LabeledItem;
    } catch {
      console.error(`eval: ${file}:${n + 1}: invalid JSON, skipped`);
      continue;
    }
    if (item.split !== 'train' && item.split !== 'validation') {
      console.error(`eval: ${file}:${n + 1}: split is neither train nor validation, skipped`);
      continue;
    }
    items++;
    const result = analyzer.analyze(item.text, { now: NOW, timeZone: 'UTC' });
    const gold = goldLabels(item);
    const predicted = predictedLabels(result);
    tallyItem(table, name, item, gold, predicted);
    if (!options.reportSplits.includes(item.split)) continue;
    for (const label of LABELS) {
      if (gold[label] === predicted[label]) continue;
      const detail = {
        id: item.id,
        text: item.text,
        gold: { commitment: item.commitment, when: item.when, overpromise: item.overpromise },
        predicted: {
          when: leastSpecific(result),
          findings: result.findings.map((f) => `${f.rule}: ${f.text}`),
        },
        commitments: result.commitments.map((c) => `[${c.dueKind}] ${c.text}`),
      };
      const kind = gold[label] ? 'miss' : 'false-alarm';
      (report[`${item.split}-${item.lang}-${label}-${kind}`] ??= []).push(JSON.stringify(detail));
    }
  }
}

const outDir = join(root, 'eval-report');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const [name, lines] of Object.entries(report))
  writeFileSync(join(outDir, `${name}.jsonl`), lines.join('\n') + '\n');

const allGaps = gaps(table);
const run = {
  now: NOW,
  items,
  files: files.length,
  table,
  gaps: allGaps,
  targets: targets(table, allGaps),
};
const reportNote = `misses and false alarms (${options.reportSplits.join(', ')}) in ${outDir}/`;
if (options.json) {
  console.log(asJson(run));
  console.error(`eval: ${reportNote}`);
} else {
  printText(run, (line) => console.log(line));
  console.log(`eval: ${reportNote}`);
}
