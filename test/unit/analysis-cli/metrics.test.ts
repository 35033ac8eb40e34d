// The evaluation's arithmetic on small made-up items: scores, pooling, gaps, targets and which
// splits may be written out. No corpus text: the items here are labels only.
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../lib/analysis/types';
import {
  ALL,
  LABELS,
  f1,
  gaps,
  goldLabels,
  precision,
  predictedLabels,
  recall,
  sortedGroups,
  tallyItem,
  type Label,
  type ScoreTable,
  type Split,
} from '../../../lib/analysis/cli/metrics';
import { parseEvalArgs, targets } from '../../../scripts/eval-rules';

const none = Object.fromEntries(LABELS.map((l) => [l, false])) as Record<Label, boolean>;
const only = (...labels: Label[]) => ({
  ...none,
  ...Object.fromEntries(labels.map((l) => [l, true])),
});

/** Adds `n` items of one outcome for `label` to a file/language/split. */
function add(
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

describe('labels', () => {
  it('reads the least specific due kind and any overpromise finding from a result', () => {
    const result = {
      findings: [{ kind: 'overpromise' }],
      commitments: [{ dueKind: 'explicit' }, { dueKind: 'vague' }],
    } as unknown as AnalysisResult;
    expect(predictedLabels(result)).toEqual({
      overpromise: true,
      commitment: true,
      'needs-date': true,
      'vague-date': true,
    });
    const empty = { findings: [], commitments: [] } as unknown as AnalysisResult;
    expect(predictedLabels(empty)).toEqual(none);
  });

  it('a dated commitment needs no date; an undated one does', () => {
    const item = { id: 'x', lang: 'en', text: '', overpromise: false, split: 'train' as const };
    expect(goldLabels({ ...item, commitment: true, when: 'explicit' })['needs-date']).toBe(false);
    expect(goldLabels({ ...item, commitment: true, when: 'none' })['needs-date']).toBe(true);
    expect(goldLabels({ ...item, commitment: false, when: null })['needs-date']).toBe(false);
  });
});

describe('scores', () => {
  it('precision, recall and F1 from counts, with nothing predicted or nothing to find counted as 1', () => {
    expect(precision({ tp: 3, fp: 1, fn: 0 })).toBe(0.75);
    expect(recall({ tp: 3, fp: 0, fn: 3 })).toBe(0.5);
    expect(f1({ tp: 1, fp: 1, fn: 1 })).toBeCloseTo(0.5);
    expect(precision({ tp: 0, fp: 0, fn: 2 })).toBe(1);
    expect(f1({ tp: 0, fp: 2, fn: 2 })).toBe(0);
  });

  it('counts each item in its file, its language across files, and all languages', () => {
    const t: ScoreTable = new Map();
    add(t, 'a', 'en', 'train', 'commitment', true, true);
    add(t, 'b', 'en', 'train', 'commitment', true, false);
    add(t, 'b', 'zh', 'train', 'commitment', false, true);
    const get = (file: string, lang: string) =>
      sortedGroups(t).find((g) => g.file === file && g.lang === lang)!.scores.commitment;
    expect(get('a', 'en')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(get('b', 'en')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(get(ALL, 'en')).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(get(ALL, ALL)).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(sortedGroups(t).map((g) => `${g.file}/${g.lang}`)).toEqual([
      'a/en',
      'b/en',
      'b/zh',
      `${ALL}/en`,
      `${ALL}/zh`,
      `${ALL}/${ALL}`,
    ]);
  });
});

describe('train–validation gap', () => {
  it('is train minus validation, judged only with 20 validation positives', () => {
    const t: ScoreTable = new Map();
    add(t, 'a', 'en', 'train', 'commitment', true, true, 10);
    add(t, 'a', 'en', 'validation', 'commitment', true, true, 15);
    add(t, 'a', 'en', 'validation', 'commitment', true, false, 5);
    const gap = gaps(t).find((g) => g.file === 'a' && g.label === 'commitment')!;
    expect(gap).toMatchObject({
      train: 1,
      validationPositives: 20,
      judged: true,
    });
    expect(gap.validation).toBeCloseTo(6 / 7); // recall 0.75, precision 1
    expect(gap.gap).toBeCloseTo(1 - 6 / 7);
    const over = gaps(t).filter((g) => g.file === 'a' && g.label === 'overpromise');
    expect(over.map((g) => g.measure)).toEqual(['precision', 'recall', 'f1']);
    expect(over.every((g) => !g.judged)).toBe(true);
  });

  it('is not computed for a file with one split only', () => {
    const t: ScoreTable = new Map();
    add(t, 'a', 'en', 'train', 'commitment', true, true);
    expect(gaps(t)).toEqual([]);
  });
});

describe('targets', () => {
  it('floors validation figures, bounds judged gaps, and pools overpromise over languages', () => {
    const t: ScoreTable = new Map();
    for (const lang of ['en', 'zh']) {
      add(t, 'a', lang, 'train', 'commitment', true, true, 30);
      add(t, 'a', lang, 'validation', 'commitment', true, true, 24);
      add(t, 'a', lang, 'validation', 'commitment', true, false, lang === 'en' ? 0 : 12);
      add(t, 'a', lang, 'validation', 'overpromise', true, true, 12);
    }
    const all = targets(t, gaps(t));
    const find = (name: string) => all.find((x) => x.name === name)!;
    expect(find('commitment f1, en')).toMatchObject({ value: 1, pass: true, judged: true });
    expect(find('commitment f1, zh')).toMatchObject({ pass: false, judged: true, positives: 36 });
    expect(find('gap commitment f1, zh')).toMatchObject({
      atMost: true,
      pass: false,
      judged: true,
    });
    expect(find('overpromise recall, en')).toMatchObject({ judged: false, positives: 12 });
    expect(find('overpromise recall, all languages')).toMatchObject({
      judged: true,
      positives: 24,
    });
    expect(all.some((x) => x.name === 'commitment f1, all languages')).toBe(false);
  });
});

describe('eval options', () => {
  it('writes out train items only, unless validation is asked for by name for a label audit', () => {
    expect(parseEvalArgs([])).toEqual({ json: false, reportSplits: ['train'] });
    expect(parseEvalArgs(['--json', '--split', 'train'])).toEqual({
      json: true,
      reportSplits: ['train'],
    });
    expect(parseEvalArgs(['--split', 'validation'])).toHaveProperty('error');
    expect(parseEvalArgs(['--split', 'validation', '--report-validation'])).toEqual({
      json: false,
      reportSplits: ['validation'],
    });
    expect(parseEvalArgs(['--report-validation'])).toEqual({
      json: false,
      reportSplits: ['train', 'validation'],
    });
    expect(parseEvalArgs(['--split', 'test'])).toHaveProperty('error');
  });
});
