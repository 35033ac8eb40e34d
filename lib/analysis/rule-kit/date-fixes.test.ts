import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../index';
import type { AnalysisContext } from '../types';

/**
 * Kept's own date fixes must round-trip: apply every fix the date rules offer (replace the finding's
 * span, as the editor does), analyse the result, and the commitment is due on the day the fix's label
 * names, at the 17:00 close of business, with no missing-date, vague-date or past-date warning left.
 */

const DATE_RULES = new Set(['missing-date', 'vague-date', 'past-date']);

const NOWS: [string, AnalysisContext][] = [
  ['a Sunday in Shanghai', { now: '2026-11-29T02:00:00Z', timeZone: 'Asia/Shanghai' }],
  ['a Friday evening in New York', { now: '2026-11-27T23:30:00Z', timeZone: 'America/New_York' }],
  ['31 December in Shanghai', { now: '2026-12-31T07:00:00Z', timeZone: 'Asia/Shanghai' }],
  ['a Monday morning in London', { now: '2026-11-30T08:00:00Z', timeZone: 'Europe/London' }],
  ['a Saturday in Los Angeles', { now: '2026-12-05T20:00:00Z', timeZone: 'America/Los_Angeles' }],
  ['a Thursday in Shanghai', { now: '2026-12-03T01:00:00Z', timeZone: 'Asia/Shanghai' }],
  [
    '31 December at night in New York',
    { now: '2027-01-01T03:30:00Z', timeZone: 'America/New_York' },
  ],
];

const SENTENCES = [
  "I'll send you the draft.",
  'We will review the contract and get back to you.',
  "I'll get back to you soon.",
  'We will send it ASAP.',
  "I'll look at it Friday, or whenever I can.",
  'Our team will deliver the report around Friday.',
  '我们会跟进处理。',
  '我会把这个情况反馈给工程师。',
  '我们会尽快联系您。',
  '稍后会有工作人员联系您。',
  '我们会在周五左右给您发货。',
  '我会在周五或者有空的时候帮您看一下。',
  // Past on every `now` below: the month-day rule keeps a date up to about two months back.
  'I will send it by November 20.',
  'I will send it on 3 March 2020.',
  '我们会在11月20日前发货。',
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The calendar day a fix's label names: "Mon 30 Nov", "Fri 1 Jan 2027", "12月4日 周五", "2027年1月1日 周五". */
function labelDay(label: string, thisYear: number): string {
  const zh = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/.exec(label);
  const en = /^\w{3} (\d{1,2}) (\w{3})(?: (\d{4}))?$/.exec(label);
  const [y, m, d] = zh
    ? [zh[1] ? Number(zh[1]) : thisYear, Number(zh[2]), Number(zh[3])]
    : en
      ? [en[3] ? Number(en[3]) : thisYear, MONTHS.indexOf(en[2]!) + 1, Number(en[1])]
      : [NaN, NaN, NaN];
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The zone's calendar year at `now`. */
const yearIn = (ctx: AnalysisContext): number =>
  Number(
    new Intl.DateTimeFormat('en', { timeZone: ctx.timeZone, year: 'numeric' }).format(
      new Date(ctx.now),
    ),
  );

describe.each(NOWS)('date fixes round-trip, on %s', (_name, ctx) => {
  const analyzer = createAnalyzer();
  it.each(SENTENCES)('%s', (text) => {
    const findings = analyzer.analyze(text, ctx).findings.filter((f) => DATE_RULES.has(f.rule));
    expect(findings.length, 'the sentence needs a date').toBe(1);
    const [finding] = findings;
    expect(finding!.fixes.length).toBeGreaterThan(0);
    for (const fix of finding!.fixes) {
      const fixed = text.slice(0, finding!.start) + fix.replacement + text.slice(finding!.end);
      const after = analyzer.analyze(fixed, ctx);
      const day = labelDay(fix.label, yearIn(ctx));
      expect(
        after.commitments.map((c) => [c.dueKind, c.due?.slice(0, 16)]),
        fixed,
      ).toEqual([['explicit', `${day}T17:00`]]);
      expect(
        after.findings.filter((f) => DATE_RULES.has(f.rule)).map((f) => f.rule),
        fixed,
      ).toEqual([]);
    }
  });
});
