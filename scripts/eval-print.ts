/** `npm run eval`'s output: the tables and the targets summary as text, or all of it as one JSON object. */
import {
  ALL,
  LABELS,
  f1,
  positives,
  precision,
  recall,
  sortedGroups,
  type Group,
  type ScoreTable,
} from '../lib/analysis/cli/metrics';
import { MIN_JUDGED_POSITIVES, type Gap, type Target } from './eval-rules';

export interface EvalRun {
  now: string;
  items: number;
  files: number;
  table: ScoreTable;
  gaps: Gap[];
  targets: Target[];
}

/** Every figure with its counts, the gaps and the targets, for other tools to read. */
export function asJson(run: EvalRun): string {
  const groups = sortedGroups(run.table).flatMap((g) =>
    LABELS.map((label) => {
      const s = g.scores[label];
      const figures = { precision: precision(s), recall: recall(s), f1: f1(s) };
      return {
        file: g.file,
        lang: g.lang,
        split: g.split,
        label,
        ...s,
        ...figures,
        positives: positives(s),
      };
    }),
  );
  return JSON.stringify({
    now: run.now,
    items: run.items,
    groups,
    gaps: run.gaps,
    targets: run.targets,
  });
}

const num = (n: number): string => n.toFixed(2).padStart(5);
const signed = (n: number): string => ((n >= 0 ? '+' : '') + n.toFixed(2)).padStart(5);
const int = (n: number): string => String(n).padStart(4);
const where = (g: { file: string; lang: string }) =>
  `${(g.file === ALL ? 'all files' : g.file).padEnd(13)} ${(g.lang === ALL ? 'all' : g.lang).padEnd(4)}`;
const notJudged = (judged: boolean) => (judged ? '' : '  reported, not judged');

function groups(out: (line: string) => void, title: string, list: Group[]): void {
  out(`\n${title}\nfile          lang split      label          P     R    F1   tp   fp   fn`);
  for (const g of list)
    for (const label of LABELS) {
      const s = g.scores[label];
      const figures = `${num(precision(s))} ${num(recall(s))} ${num(f1(s))}`;
      out(
        `${where(g)} ${g.split.padEnd(10)} ${label.padEnd(12)} ${figures} ${int(s.tp)} ${int(s.fp)} ${int(s.fn)}`,
      );
    }
}

/** The tables, the gaps and the PASS/FAIL summary, as text. */
export function printText(run: EvalRun, out: (line: string) => void): void {
  const all = sortedGroups(run.table);
  out(`eval: ${run.items} items in ${run.files} files, now ${run.now}`);
  groups(
    out,
    'Per file, language and split',
    all.filter((g) => g.file !== ALL),
  );
  groups(
    out,
    'Per language and split, pooled across files',
    all.filter((g) => g.file === ALL),
  );
  out(
    `\nTrain − validation gap (validation with < ${MIN_JUDGED_POSITIVES} positives: reported, not judged)`,
  );
  out('file          lang label        measure    train  valid   gap  val+');
  for (const g of run.gaps)
    out(
      `${where(g)} ${g.label.padEnd(12)} ${g.measure.padEnd(9)} ${num(g.train)}  ${num(g.validation)} ${signed(g.gap)} ${int(g.validationPositives)}${notJudged(g.judged)}`,
    );
  out('\nTargets (validation split)');
  for (const t of run.targets) {
    const value = t.atMost ? signed(t.value) : num(t.value);
    const bound = `${t.atMost ? '≤' : '≥'} ${t.bound.toFixed(2)}`;
    out(
      `${t.pass ? 'PASS' : 'FAIL'}  ${t.name.padEnd(42)} ${value} ${bound}  ${int(t.positives)} positives${notJudged(t.judged)}`,
    );
  }
  const judged = run.targets.filter((t) => t.judged);
  const passed = judged.filter((t) => t.pass).length;
  out(
    `judged targets: ${passed} pass, ${judged.length - passed} fail; ${run.targets.length - judged.length} reported, not judged`,
  );
}
