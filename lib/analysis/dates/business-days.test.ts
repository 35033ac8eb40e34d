import { describe, expect, it } from 'vitest';
import { addBusinessDays, findDueDates, formatDue, parseDue, suggestDueDates } from './index';
import { NEW_YORK, SHANGHAI } from './test-helpers';

describe('addBusinessDays', () => {
  const friday = { y: 2026, m: 11, d: 27 };
  it.each([
    [1, { y: 2026, m: 11, d: 30 }],
    [2, { y: 2026, m: 12, d: 1 }],
    [5, { y: 2026, m: 12, d: 4 }],
    [0, friday],
  ])('Friday + %i business days', (n, expected) => {
    expect(addBusinessDays(friday, n)).toEqual(expected);
  });

  it('rolls a weekend day forward for zero days and across month ends', () => {
    expect(addBusinessDays({ y: 2026, m: 11, d: 28 }, 0)).toEqual({ y: 2026, m: 11, d: 30 });
    expect(addBusinessDays({ y: 2026, m: 12, d: 31 }, 1)).toEqual({ y: 2027, m: 1, d: 1 });
  });
});

describe('parseDue', () => {
  it.each([
    ['next Friday', 'explicit', '2026-12-04T17:00:00+08:00'],
    ['end of Q2', 'explicit', '2027-06-30T17:00:00+08:00'],
    ['下周五', 'explicit', '2026-12-04T17:00:00+08:00'],
    ['月底前', 'explicit', '2026-11-30T17:00:00+08:00'],
    ['asap', 'vague', null],
    ['whenever', 'none', null],
    ['', 'none', null],
  ])('%s', (input, kind, due) => {
    expect(parseDue(input, SHANGHAI)).toMatchObject({ kind, due });
  });
});

describe('suggestDueDates', () => {
  it('offers the next business days and a Friday, at 17:00 local', () => {
    expect(suggestDueDates(SHANGHAI, 'en')).toEqual([
      { label: 'Mon 30 Nov', phrase: 'by Monday, 30 Nov', due: '2026-11-30T17:00:00+08:00' },
      { label: 'Tue 1 Dec', phrase: 'by Tuesday, 1 Dec', due: '2026-12-01T17:00:00+08:00' },
      { label: 'Fri 4 Dec', phrase: 'by Friday, 4 Dec', due: '2026-12-04T17:00:00+08:00' },
    ]);
  });

  it('labels in Chinese, saying tomorrow when the next business day is tomorrow', () => {
    const monday = { ...SHANGHAI, now: new Date('2026-11-30T02:00:00Z') };
    expect(suggestDueDates(monday, 'zh').map((s) => s.phrase)).toEqual([
      '明天（12月1日）前',
      '本周三（12月2日）前',
      '本周五（12月4日）前',
    ]);
    expect(suggestDueDates(monday, 'en')[0]).toMatchObject({ phrase: 'by tomorrow' });
  });

  it('computes the days in the context zone', () => {
    expect(suggestDueDates(NEW_YORK, 'en')[0]?.due).toBe('2026-11-30T17:00:00-05:00');
  });
});

describe('formatDue', () => {
  it.each([
    ['2026-12-04T17:00:00+08:00', 'en', 'Fri 4 Dec'],
    ['2026-12-04T17:00:00+08:00', 'zh', '12月4日 周五'],
    ['2026-12-04T15:30:00+08:00', 'en', 'Fri 4 Dec, 15:30'],
    ['2027-03-15T17:00:00+08:00', 'en', 'Mon 15 Mar 2027'],
    ['2027-03-15T17:00:00+08:00', 'zh', '2027年3月15日 周一'],
    ['not a date', 'en', 'not a date'],
  ] as const)('%s in %s', (iso, lang, expected) => {
    expect(formatDue(iso, SHANGHAI, lang)).toBe(expected);
  });

  it('shows the day as seen in the context zone', () => {
    expect(formatDue('2026-12-04T02:00:00Z', NEW_YORK, 'en')).toBe('Thu 3 Dec, 21:00');
  });
});

describe('time zones and daylight saving', () => {
  it('resolves across the New York spring-forward change with the new offset', () => {
    const friday = { now: new Date('2027-03-12T15:00:00Z'), timeZone: 'America/New_York' };
    expect(findDueDates('by Monday', friday)[0]?.due).toBe('2027-03-15T17:00:00-04:00');
    expect(findDueDates('by today', friday)[0]?.due).toBe('2027-03-12T17:00:00-05:00');
  });

  it('reads "tomorrow" as seen in the zone, not on the machine', () => {
    // 23:30 on Friday in New York is already Saturday in UTC and in Shanghai.
    const late = { now: new Date('2026-11-28T04:30:00Z'), timeZone: 'America/New_York' };
    expect(findDueDates('tomorrow', late)[0]?.due).toBe('2026-11-28T17:00:00-05:00');
    const shanghai = { now: new Date('2026-11-28T04:30:00Z'), timeZone: 'Asia/Shanghai' };
    expect(findDueDates('tomorrow', shanghai)[0]?.due).toBe('2026-11-29T17:00:00+08:00');
  });

  it('handles half-hour zones', () => {
    const kolkata = { now: new Date('2026-11-27T04:30:00Z'), timeZone: 'Asia/Kolkata' };
    expect(findDueDates('tomorrow', kolkata)[0]?.due).toBe('2026-11-28T17:00:00+05:30');
  });
});
