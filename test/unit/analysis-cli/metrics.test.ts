// The evaluation's arithmetic on small made-up items: labels, scores and pooling. No corpus text:
// the items here are labels only.
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../lib/analysis/types';
import {
  ALL,
  f1,
  goldLabels,
  precision,
  predictedLabels,
  recall,
  sortedGroups,
  type ScoreTable,
} from '../../../lib/analysis/cli/metrics';
import { add, none } from './eval-items';

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
