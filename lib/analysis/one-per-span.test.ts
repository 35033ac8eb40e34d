// One warning per span: the card and the pre-send review name each problem once.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { onePerSpan } from './one-per-span';
import type { Finding, FindingKind } from './types';

const NOW = '2026-11-27T09:00:00Z';
const found = (text: string) =>
  createAnalyzer()
    .analyze(text, { now: NOW, timeZone: 'UTC' })
    .findings.map((f) => `${f.rule}: ${f.text}`);

const finding = (rule: string, kind: FindingKind, start: number, end: number): Finding => ({
  rule,
  kind,
  severity: 'warning',
  start,
  end,
  text: '',
  message: '',
  fixes: [],
});

describe('onePerSpan', () => {
  const order = ['a', 'b', 'c'];
  it('keeps the containing span of the same kind', () => {
    const kept = onePerSpan(
      [finding('a', 'overpromise', 0, 4), finding('b', 'overpromise', 0, 14)],
      order,
    );
    expect(kept.map((f) => f.rule)).toEqual(['b']);
  });
  it('lets an overpromise win over a longer date finding on the same words', () => {
    const kept = onePerSpan(
      [finding('c', 'missing-date', 0, 40), finding('a', 'overpromise', 10, 20)],
      order,
    );
    expect(kept.map((f) => f.rule)).toEqual(['a']);
  });
  it('breaks a tie by the registry order and keeps separate spans, in text order', () => {
    const kept = onePerSpan(
      [
        finding('b', 'overpromise', 20, 25),
        finding('a', 'overpromise', 20, 25),
        finding('c', 'overpromise', 0, 5),
      ],
      order,
    );
    expect(kept.map((f) => f.rule)).toEqual(['c', 'a']);
  });
});

describe('the analyzer merges overlapping findings', () => {
  it.each([
    // "100% " (certainty) and "100% bug-free" (absolute scope) are one problem; so is the date.
    ['We will deliver 100% bug-free code.', ['overpromise-absolute-scope: 100% bug-free']],
    [
      'We guarantee 100% uptime.',
      ['overpromise-guarantee: We guarantee', 'overpromise-absolute-scope: 100% uptime'],
    ],
    // A promise about what will never happen gets no "add a date" card.
    [
      'I promise this will never happen again.',
      ['overpromise-guarantee: I promise', 'overpromise-absolute-scope: will never happen again'],
    ],
    ['我们一定会处理好您的问题。', ['overpromise-certainty: 一定会']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it('shows the date warning once the overpromise on the same words is fixed', () => {
    expect(found('We will certainly deliver the report.')).toEqual([
      'overpromise-certainty: certainly ',
    ]);
    expect(found('We will deliver the report.')).toEqual([
      'missing-date: We will deliver the report',
    ]);
  });
});
