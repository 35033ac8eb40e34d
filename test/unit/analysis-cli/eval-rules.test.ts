// The eval's judgement on made-up counts: train–validation gaps, targets, which splits may be
// written out, and the text summary.
import { describe, expect, it } from 'vitest';
import type { ScoreTable } from '../../../lib/analysis/cli/metrics';
import { parseEvalArgs } from '../../../scripts/eval-args';
import { printText } from '../../../scripts/eval-print';
import { gaps, targets } from '../../../scripts/eval-rules';
import { add } from './eval-items';

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

describe('text summary', () => {
  it('says PASS or FAIL for each target and marks thin validation splits as not judged', () => {
    const t: ScoreTable = new Map();
    add(t, 'a', 'en', 'train', 'commitment', true, true, 30);
    add(t, 'a', 'en', 'validation', 'commitment', true, true, 25);
    add(t, 'a', 'en', 'validation', 'overpromise', true, false, 3);
    const lines: string[] = [];
    const allGaps = gaps(t);
    const run = {
      now: 'N',
      items: 58,
      files: 1,
      table: t,
      gaps: allGaps,
      targets: targets(t, allGaps),
    };
    printText(run, (line) => lines.push(line));
    const line = (start: string) => lines.find((l) => l.startsWith(start)) ?? '';
    expect(line('PASS  commitment f1, en')).toMatch(/1\.00 ≥ 0\.85 +25 positives$/);
    expect(line('FAIL  overpromise recall, en')).toMatch(/3 positives +reported, not judged$/);
    expect(lines.at(-1)).toBe('judged targets: 2 pass, 0 fail; 12 reported, not judged');
  });
});
