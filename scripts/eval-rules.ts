/**
 * What `npm run eval` holds the analysis to: floors on the validation split's figures, and a bound on
 * how much better train scores than validation (a larger gap means tuning to the train items). A
 * validation split with too few positives moves a lot with one item, so its figures are reported,
 * not judged.
 */
import {
  ALL,
  LABELS,
  MEASURES,
  positives,
  sortedGroups,
  type Label,
  type Measure,
  type ScoreTable,
} from '../lib/analysis/cli/metrics';

export const MIN_JUDGED_POSITIVES = 20;
export const MAX_GAP = 0.05;

/** Gaps are reported for F1 of every label, and for overpromise's precision and recall too. */
export const measuresFor = (label: Label): Measure[] =>
  label === 'overpromise' ? ['precision', 'recall', 'f1'] : ['f1'];

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
        const t = MEASURES[measure](train.scores[label]);
        const v = MEASURES[measure](validation.scores[label]);
        const judged = n >= MIN_JUDGED_POSITIVES;
        const where = { file: train.file, lang: train.lang, label, measure };
        out.push({ ...where, train: t, validation: v, gap: t - v, validationPositives: n, judged });
      }
    }
  }
  return out;
}

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

/** Floors on validation figures: overpromise over all languages and per language, the rest per language. */
const FLOORS: { label: Label; measure: Measure; bound: number }[] = [
  { label: 'overpromise', measure: 'precision', bound: 0.85 },
  { label: 'overpromise', measure: 'recall', bound: 0.75 },
  { label: 'commitment', measure: 'f1', bound: 0.85 },
  { label: 'needs-date', measure: 'f1', bound: 0.8 },
];

const named = (label: Label, measure: Measure, lang: string) =>
  `${label} ${measure}, ${lang === ALL ? 'all languages' : lang}`;
const counted = (label: Label, lang: string) =>
  FLOORS.some((f) => f.label === label) && (lang !== ALL || label === 'overpromise');

/** Every target, from the pooled (all files) validation groups and their train–validation gaps. */
export function targets(table: ScoreTable, allGaps: Gap[]): Target[] {
  const out: Target[] = [];
  const pooled = sortedGroups(table).filter((g) => g.file === ALL && g.split === 'validation');
  for (const { label, measure, bound } of FLOORS)
    for (const { lang, scores } of pooled) {
      if (!counted(label, lang)) continue;
      const value = MEASURES[measure](scores[label]);
      const n = positives(scores[label]);
      const judged = n >= MIN_JUDGED_POSITIVES;
      out.push({
        name: named(label, measure, lang),
        value,
        bound,
        atMost: false,
        pass: value >= bound,
        positives: n,
        judged,
      });
    }
  for (const g of allGaps) {
    if (g.file !== ALL || !counted(g.label, g.lang)) continue;
    out.push({
      name: `gap ${named(g.label, g.measure, g.lang)}`,
      value: g.gap,
      bound: MAX_GAP,
      atMost: true,
      pass: g.gap <= MAX_GAP,
      positives: g.validationPositives,
      judged: g.judged,
    });
  }
  return out;
}
