// Recurring promises are due at their next occurrence. now = Friday 27 November 2026, 10:00 in
// Shanghai / New York (test-helpers).
import { describe, expect, it } from 'vitest';
import { findDueDates } from './index';
import { NEW_YORK, SHANGHAI } from './test-helpers';

const due = (text: string, ctx = NEW_YORK) => findDueDates(text, ctx).map((d) => d.due);

describe('recurring dates', () => {
  it.each([
    ["I'll send you a status update every Friday.", '2026-11-27T17:00:00-05:00'],
    ['We will call you each Monday.', '2026-11-30T17:00:00-05:00'],
    ['Reports go out on Tuesdays.', '2026-12-01T17:00:00-05:00'],
    ['You will get the statement at the end of each month.', '2026-11-30T17:00:00-05:00'],
    ['We review it at the end of every quarter.', '2026-12-31T17:00:00-05:00'],
  ])('%s', (text, expected) => {
    expect(due(text)).toEqual([expected]);
  });
  it.each([
    ['我们每周五给您发周报。', '2026-11-27T17:00:00+08:00'],
    ['每周一上午开例会。', '2026-11-30T12:00:00+08:00'],
    ['每月底我们把对账单发您。', '2026-11-30T17:00:00+08:00'],
  ])('%s', (text, expected) => {
    expect(due(text, SHANGHAI)[0]).toBe(expected);
  });
  it.each(['We send weekly reports.', 'Monthly invoices are attached.', '我们每周都会跟进。'])(
    'a period with no day stays undated: %s',
    (text) => {
      expect(due(text, text.match(/[\u4e00-\u9fff]/) ? SHANGHAI : NEW_YORK)).toEqual([]);
    },
  );
});
