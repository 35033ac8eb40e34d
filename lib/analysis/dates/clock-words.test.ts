// Clock times that carry their own meaning: twelve at night is the day's end, and a named zone moves
// the time into the writer's. now = Friday 27 November 2026, 10:00 in Shanghai / New York.
import { describe, expect, it } from 'vitest';
import { NEW_YORK, only, SHANGHAI } from './test-helpers';

describe('twelve at night', () => {
  it.each([
    ['今晚12点前全部恢复。', '2026-11-27T23:59:00+08:00'],
    ['明晚十二点前发您。', '2026-11-28T23:59:00+08:00'],
    ['明天中午12点前发您。', '2026-11-28T12:00:00+08:00'],
  ])('%s', (text, due) => {
    expect(only(text, SHANGHAI)[1]).toBe(due);
  });
});

describe('a named time zone', () => {
  it.each([
    ["I'll send it by 5pm CET.", '2026-11-27T11:00:00-05:00'],
    ["You'll have it by Friday 9am PST.", '2026-12-04T12:00:00-05:00'],
    ["I'll call you at 3pm EST tomorrow.", '2026-11-28T15:00:00-05:00'],
    ["I'll send it by 5pm.", '2026-11-27T17:00:00-05:00'],
  ])('%s', (text, due) => {
    expect(only(text, NEW_YORK)[1]).toBe(due);
  });
});
