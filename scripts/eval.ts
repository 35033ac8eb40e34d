// `npm run eval`: runs the analysis over ../shared/corpus/*.jsonl and prints precision, recall and F1
// per language for overpromise, commitment, needs-date and vague-date; writes misses and false alarms
// to eval-report/ for study. A script, not a pass/fail test (ARCHITECTURE: tests in three tiers).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../lib/analysis/index';
import {
  LABELS,
  emptyScores,
  f1,
  goldLabels,
  leastSpecific,
  precision,
  predictedLabels,
  recall,
  tally,
  type Label,
  type LabeledItem,
  type Score,
} from '../lib/analysis/cli/metrics';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = resolve(root, '../shared/corpus');
// The corpus labels are about the writing, not the date of writing; a fixed `now` keeps runs identical.
const NOW = '2026-11-27T09:00:00Z';

const files = existsSync(corpusDir)
  ? readdirSync(corpusDir).filter((f) => f.endsWith('.jsonl'))
  : [];
if (files.length === 0) {
  console.log(`eval: no corpus at ${corpusDir} (*.jsonl); skipping.`);
  process.exit(0);
}

const analyzer = createAnalyzer();
const scores: Record<string, Record<Label, Score>> = {};
const report: Record<string, string[]> = {};
for (const file of files.sort()) {
  for (const [n, line] of readFileSync(join(corpusDir, file), 'utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    let item: LabeledItem;
    try {
      item = JSON.parse(line) as LabeledItem;
    } catch {
      console.error(`eval: ${file}:${n + 1}: invalid JSON, skipped`);
      continue;
    }
    const result = analyzer.analyze(item.text, { now: NOW, timeZone: 'UTC' });
    const gold = goldLabels(item);
    const predicted = predictedLabels(result);
    tally((scores[item.lang] ??= emptyScores()), gold, predicted);
    for (const label of LABELS) {
      if (gold[label] === predicted[label]) continue;
      const kind = gold[label] ? 'miss' : 'false-alarm';
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
      (report[`${item.lang}-${label}-${kind}`] ??= []).push(JSON.stringify(detail));
    }
  }
}

const pct = (n: number): string => n.toFixed(2).padStart(5);
console.log('lang  label        precision  recall     f1     tp   fp   fn');
for (const [lang, byLabel] of Object.entries(scores)) {
  for (const label of LABELS) {
    const s = byLabel[label];
    console.log(
      `${lang.padEnd(5)} ${label.padEnd(12)} ${pct(precision(s))}     ${pct(recall(s))}  ${pct(f1(s))}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`,
    );
  }
}
const outDir = join(root, 'eval-report');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const [name, lines] of Object.entries(report))
  writeFileSync(join(outDir, `${name}.jsonl`), lines.join('\n') + '\n');
console.log(`eval: misses and false alarms in ${outDir}/`);
