import { describe, expect, it } from 'vitest';
import { findDueDates, type DateContext } from './index';

/** Sunday 29 November 2026, 10:00 in Shanghai (ISO week 48 of 2026, a year with 53 weeks). */
const NOV_29: DateContext = { now: new Date('2026-11-29T02:00:00Z'), timeZone: 'Asia/Shanghai' };

const one = (text: string, ctx = NOV_29): [string, string | null, boolean] | string => {
  const found = findDueDates(text, ctx);
  return found.length === 1
    ? [found[0]!.text, found[0]!.due, found[0]!.deadline]
    : `${found.length} matches`;
};

describe('ISO week numbers: the Friday of the week, at the close of business', () => {
  it.each([
    ['We will ship in week 50.', 'week 50', '2026-12-11T17:00:00+08:00', false],
    ['The patch lands week 50.', 'week 50', '2026-12-11T17:00:00+08:00', false],
    ['I will send it by wk 50.', 'by wk 50', '2026-12-11T17:00:00+08:00', true],
    ['Delivery is planned for CW50.', 'CW50', '2026-12-11T17:00:00+08:00', false],
    ['We will go live in week 50 of 2027.', 'week 50 of 2027', '2027-12-17T17:00:00+08:00', false],
    ['我们第50周交付。', '第50周', '2026-12-11T17:00:00+08:00', false],
    ['第50周前完成测试。', '第50周前', '2026-12-11T17:00:00+08:00', true],
    ['2027年第3周上线。', '2027年第3周', '2027-01-22T17:00:00+08:00', false],
    // 2026 has 53 ISO weeks; week 53 ends on Friday 1 January 2027.
    ['We will close it in week 53.', 'week 53', '2027-01-01T17:00:00+08:00', false],
    // Week 2 of 2026 is long past: next year's.
    ['We will start in week 2.', 'week 2', '2027-01-15T17:00:00+08:00', false],
    // Week 45 (6 November) is three weeks back: this year's, so the past-date rule can flag it.
    ['I will send it by week 45.', 'by week 45', '2026-11-06T17:00:00+08:00', true],
  ])('%s', (text, phrase, due, deadline) => {
    expect(one(text)).toEqual([phrase, due, deadline]);
  });

  it.each([
    'Week 2 of the rollout went well.',
    'We spent 3 weeks on it.',
    'The week was busy.',
    'In week 54 we rest.',
  ])('is not a week number: %s', (text) => {
    expect(findDueDates(text, NOV_29).filter((m) => m.kind === 'explicit')).toEqual([]);
  });
});

describe('within the hour', () => {
  it.each([
    ['I will call you within the hour.', 'within the hour', true],
    ['You will hear from me in the next hour.', 'in the next hour', false],
    ['We will confirm within the next hour.', 'within the next hour', true],
    ['我们一小时内回复您。', '一小时内', true],
  ])('%s → now + 1 hour', (text, phrase, deadline) => {
    expect(one(text)).toEqual([phrase, '2026-11-29T11:00:00+08:00', deadline]);
  });
});
