/**
 * Precision, recall and F1 for the evaluation, counted per corpus file, language and split, and pooled
 * across files and languages.
 */
import type { AnalysisResult, DueKind } from '../types';

export type Split = 'train' | 'validation';

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
function tally(
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

const emptyScores = (): Record<Label, Score> =>
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

/** The three figures of a score, by name (tables and targets pick them by name). */
export type Measure = 'precision' | 'recall' | 'f1';
export const MEASURES: Record<Measure, (s: Score) => number> = { precision, recall, f1 };
