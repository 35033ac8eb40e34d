// Made-up evaluation counts for the eval's unit tests: labels only, no corpus text.
import {
  LABELS,
  tallyItem,
  type Label,
  type ScoreTable,
  type Split,
} from '../../../lib/analysis/cli/metrics';

export const none = Object.fromEntries(LABELS.map((l) => [l, false])) as Record<Label, boolean>;
export const only = (...labels: Label[]) => ({
  ...none,
  ...Object.fromEntries(labels.map((l) => [l, true])),
});

/** Adds `n` items of one outcome for `label` to a file/language/split. */
export function add(
  t: ScoreTable,
  file: string,
  lang: string,
  split: Split,
  label: Label,
  gold: boolean,
  predicted: boolean,
  n = 1,
) {
  for (let i = 0; i < n; i++)
    tallyItem(t, file, { lang, split }, gold ? only(label) : none, predicted ? only(label) : none);
}
