import { describe, expect, it } from 'vitest';
import { findDueDates, type DateContext } from './index';

/** Sunday 29 November 2026, 10:00 in Shanghai. */
const MORNING: DateContext = { now: new Date('2026-11-29T02:00:00Z'), timeZone: 'Asia/Shanghai' };
/** The same day at 15:00, after lunch. */
const AFTERNOON: DateContext = { now: new Date('2026-11-29T07:00:00Z'), timeZone: 'Asia/Shanghai' };

const one = (text: string, ctx: DateContext): [string, string | null, boolean][] =>
  findDueDates(text, ctx).map((m) => [m.text, m.due, m.deadline]);

describe('before and after lunch', () => {
  it.each([
    ['I will call you after lunch.', 'after lunch', '2026-11-29T14:00:00+08:00', false],
    ["I'll send it before lunch.", 'before lunch', '2026-11-29T12:00:00+08:00', true],
    [
      "I'll send it tomorrow after lunch.",
      'tomorrow after lunch',
      '2026-11-30T14:00:00+08:00',
      false,
    ],
    ['我午饭后给您回电话。', '午饭后', '2026-11-29T14:00:00+08:00', false],
    ['明天午饭前发您。', '明天午饭前', '2026-11-30T12:00:00+08:00', true],
  ])('%s', (text, phrase, due, deadline) => {
    expect(one(text, MORNING)).toEqual([[phrase, due, deadline]]);
  });

  it('means the next lunch once today’s is over', () => {
    expect(one('I will call you after lunch.', AFTERNOON)).toEqual([
      ['after lunch', '2026-11-30T14:00:00+08:00', false],
    ]);
  });

  it.each(["Let's have lunch.", 'Lunch was great.'])(
    'is no date without before/after: %s',
    (text) => {
      expect(findDueDates(text, MORNING)).toEqual([]);
    },
  );
});
