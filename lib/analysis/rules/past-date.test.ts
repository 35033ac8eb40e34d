import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { rulesFound } from '../rule-kit/table';

describe('past-date', () => {
  it.each(['I will send it on 3 March 2020.', '我们会在2020年3月1日前发货。'])(
    'flags %s',
    (text) => {
      expect(rulesFound(text)).toContain('past-date');
    },
  );
  it.each(['I will send it tomorrow.', 'I sent it on 3 March 2020.', '我们已于2020年3月1日发货。'])(
    'ignores %s',
    (text) => {
      expect(rulesFound(text)).not.toContain('past-date');
    },
  );
});

/**
 * A month-day without a year (resolve.ts): up to about two months back it is this year's, a slip the
 * rule reports; further back it is next year's, a plain future date.
 */
describe('past-date: month-days without a year, written on Sunday 29 November 2026', () => {
  const ctx = { now: '2026-11-29T02:00:00Z', timeZone: 'Asia/Shanghai' };
  const found = (text: string): [string[], (string | null)[]] => {
    const result = analyze(text, ctx);
    return [result.findings.map((f) => f.rule), result.commitments.map((c) => c.due)];
  };

  it.each([
    ["I'll send it by November 20.", '2026-11-20T17:00:00+08:00'],
    ['I will send the report on 2 October.', '2026-10-02T17:00:00+08:00'],
    ['我们会在11月25日前发货。', '2026-11-25T17:00:00+08:00'],
    ['I will deliver it in week 45.', '2026-11-06T17:00:00+08:00'],
  ])('flags %s as past, not as due', (text, due) => {
    const [rules, dues] = found(text);
    expect(rules).toContain('past-date');
    expect(dues).toEqual([due]);
  });

  it.each([
    ['I will send the report on 15 September.', '2027-09-15T17:00:00+08:00'],
    ['We will ship it on March 3.', '2027-03-03T17:00:00+08:00'],
    ['我们会在3月1日前发货。', '2027-03-01T17:00:00+08:00'],
  ])('reads an older month-day as next year’s: %s', (text, due) => {
    const [rules, dues] = found(text);
    expect(rules).not.toContain('past-date');
    expect(dues).toEqual([due]);
  });
});
