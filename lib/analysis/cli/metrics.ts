/** Precision, recall and F1 for the evaluation, per language and label. */
import type { AnalysisResult, DueKind } from '../types';

/** One labeled corpus item (see ../shared/corpus/README.md). */
export interface LabeledItem {
  id: string;
  lang: string;
  text: string;
  commitment: boolean;
  when: DueKind | null;
  overpromise: boolean;
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
