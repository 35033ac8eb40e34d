/**
 * Precision, recall and F1 for the evaluation: per corpus file, language and split, pooled across
 * files, the train–validation gap, and the targets the analysis is held to.
 */
import type { AnalysisResult, DueKind } from '../types';

export const SPLITS = ['train', 'validation'] as const;
export type Split = (typeof SPLITS)[number];

/** One labeled corpus item (see ../shared/corpus/README.md). */
export interface LabeledItem {
  id: string;
  lang: string;
  text: string;
  commitment: boolean;
  when: DueKind | null;
  overpromise: boolean;
  split: Split;
}

export const LABELS = ['overpromise', 'commitment', 'needs-date', 'vague-date'] as const;
export type Label = (typeof LABELS)[number];

const RANK: Record<DueKind, number> = { none: 0, vague: 1, explicit: 2 };

/** The least specific due kind among the result's commitments (the corpus labels the item so). */
export function leastSpecific(result: AnalysisResult): DueKind | null {
  if (result.commitments.length === 0) return null;
  return result.commitments.map((c) => c.dueKind).reduce((a, b) => (RANK[b] < RANK[a] ? b : a));
}

/** Whether each label holds for a gold item. */
export function goldLabels(item: LabeledItem): Record<Label, boolean> {
  return {
    overpromise: item.overpromise,
    commitment: item.commitment,
    'needs-date': item.commitment && item.when !== 'explicit',
    'vague-date': item.commitment && item.when === 'vague',
  };
}

/** Whether each label holds for an analysis result. */
export function predictedLabels(result: AnalysisResult): Record<Label, boolean> {
  const when = leastSpecific(result);
  return {
    overpromise: result.findings.some((f) => f.kind === 'overpromise'),
    commitment: when !== null,
    'needs-date': when === 'none' || when === 'vague',
    'vague-date': when === 'vague',
  };
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

export const precision = (s: Score): number => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score): number => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
export function f1(s: Score): number {
  const p = precision(s);
  const r = recall(s);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
/** Gold positives: what a split needs enough of before its figure is judged. */
export const positives = (s: Score): number => s.tp + s.fn;

/** Adds one item's gold and predicted labels to the scores. */
export function tally(
  scores: Record<Label, Score>,
  gold: Record<Label, boolean>,
  predicted: Record<Label, boolean>,
): void {
  for (const label of LABELS) {
    if (gold[label] && predicted[label]) scores[label].tp++;
    else if (predicted[label]) scores[label].fp++;
    else if (gold[label]) scores[label].fn++;
  }
}

export const emptyScores = (): Record<Label, Score> =>
  Object.fromEntries(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<Label, Score>;

/** Pooled rows use this in place of a file name; `lang` ALL pools languages too. */
export const ALL = '*';

/** Scores of one corpus file (or ALL files), language (or ALL) and split. */
export interface Group {
  file: string;
  lang: string;
  split: Split;
  scores: Record<Label, Score>;
}

/** Groups by `file lang split`. */
export type ScoreTable = Map<string, Group>;

const rank = (v: string): string => (v === ALL ? '\uffff' : v);
/** The table's groups by file, language (pooled ones last) and split: a stable order to print. */
export const sortedGroups = (table: ScoreTable): Group[] =>
  [...table.values()].sort(
    (a, b) =>
      rank(a.file).localeCompare(rank(b.file)) ||
      rank(a.lang).localeCompare(rank(b.lang)) ||
      a.split.localeCompare(b.split),
  );

const groupOf = (table: ScoreTable, file: string, lang: string, split: Split): Group => {
  const key = `${file}\t${lang}\t${split}`;
  let group = table.get(key);
  if (!group) table.set(key, (group = { file, lang, split, scores: emptyScores() }));
  return group;
};

/** Counts one item in its file's group, in its language pooled across files, and in all languages. */
export function tallyItem(
  table: ScoreTable,
  file: string,
  item: Pick<LabeledItem, 'lang' | 'split'>,
  gold: Record<Label, boolean>,
  predicted: Record<Label, boolean>,
): void {
  for (const [f, lang] of [
    [file, item.lang],
    [ALL, item.lang],
    [ALL, ALL],
  ] as const)
    tally(groupOf(table, f, lang, item.split).scores, gold, predicted);
}

/** Which figures a gap is reported for: F1 for every label; precision and recall for overpromise too. */
export type Measure = 'precision' | 'recall' | 'f1';
const MEASURE: Record<Measure, (s: Score) => number> = { precision, recall, f1 };
export const measuresFor = (label: Label): Measure[] =>
  label === 'overpromise' ? ['precision', 'recall', 'f1'] : ['f1'];

/** A validation split with fewer gold positives than this is reported, not judged. */
export const MIN_JUDGED_POSITIVES = 20;
export const MAX_GAP = 0.05;

export interface Gap {
  file: string;
  lang: string;
  label: Label;
  measure: Measure;
  train: number;
  validation: number;
  /** train − validation: positive when the analysis does better on what it was tuned on. */
  gap: number;
  validationPositives: number;
  judged: boolean;
}

/** The train–validation gap of every figure whose file and language have both splits. */
export function gaps(table: ScoreTable): Gap[] {
  const out: Gap[] = [];
  for (const train of sortedGroups(table)) {
    if (train.split !== 'train') continue;
    const validation = table.get(`${train.file}\t${train.lang}\tvalidation`);
    if (!validation) continue;
    for (const label of LABELS) {
      const n = positives(validation.scores[label]);
      for (const measure of measuresFor(label)) {
        const t = MEASURE[measure](train.scores[label]);
        const v = MEASURE[measure](validation.scores[label]);
        const { file, lang } = train;
        const judged = n >= MIN_JUDGED_POSITIVES;
        out.push({
          file,
          lang,
          label,
          measure,
          train: t,
          validation: v,
          gap: t - v,
          validationPositives: n,
          judged,
        });
      }
    }
  }
  return out;
}
