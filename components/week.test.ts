import { describe, expect, it } from 'vitest';
import { weekOf } from './week';

describe('weekOf', () => {
  it('is Monday 00:00 to the next Monday in the zone, whatever the weekday', () => {
    // Wednesday 25 Nov 2026, 10:00 in Shanghai (UTC+8).
    const week = weekOf(Date.parse('2026-11-25T02:00:00Z'), 'Asia/Shanghai');
    expect(new Date(week.dayStarts[0]!).toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(new Date(week.end).toISOString()).toBe('2026-11-29T16:00:00.000Z');
    expect(week.dates).toEqual([23, 24, 25, 26, 27, 28, 29]);
    expect(week.days[0]).toBe('2026-11-23T17:00:00+08:00');
  });

  it('a Sunday belongs to the week that began the Monday before', () => {
    const week = weekOf(Date.parse('2026-11-29T23:30:00-05:00'), 'America/New_York');
    expect(week.dates[0]).toBe(23);
    expect(week.dates[6]).toBe(29);
  });

  it('spans a DST change with 23- or 25-hour days', () => {
    // Europe/Berlin leaves summer time on Sunday 25 Oct 2026.
    const week = weekOf(Date.parse('2026-10-21T12:00:00Z'), 'Europe/Berlin');
    expect(week.dayStarts[6]! - week.dayStarts[5]!).toBe(86_400_000);
    expect(week.end - week.dayStarts[6]!).toBe(25 * 3_600_000);
  });
});
