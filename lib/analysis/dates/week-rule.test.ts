import { describe, expect, it } from 'vitest';
import { findDueDates, parseDue, type DateContext } from './index';

/** Sunday 29 November 2026, 10:00 in Shanghai: the day a Sunday-first week and a Monday-first week differ. */
const SUNDAY: DateContext = { now: new Date('2026-11-29T02:00:00Z'), timeZone: 'Asia/Shanghai' };
/** Monday 30 November 2026, 10:00 in Shanghai. */
const MONDAY: DateContext = { now: new Date('2026-11-30T02:00:00Z'), timeZone: 'Asia/Shanghai' };

const due = (text: string, ctx: DateContext): string | null => {
  const found = findDueDates(text, ctx);
  return found.length === 1 ? found[0]!.due : `${found.length} matches`;
};

describe('weeks start on Monday in both languages', () => {
  it.each([
    ['下周五', '2026-12-04T17:00:00+08:00'],
    ['next Friday', '2026-12-04T17:00:00+08:00'],
    ['周五', '2026-12-04T17:00:00+08:00'],
    ['Friday', '2026-12-04T17:00:00+08:00'],
    ['下周五下午3点', '2026-12-04T15:00:00+08:00'],
    ['next Friday at 3pm', '2026-12-04T15:00:00+08:00'],
    ['下下周一', '2026-12-07T17:00:00+08:00'],
    ['end of next week', '2026-12-04T17:00:00+08:00'],
    ['下周内', '2026-12-04T17:00:00+08:00'],
    ['下周末', '2026-12-06T23:59:00+08:00'],
    ['next weekend', '2026-12-06T23:59:00+08:00'],
    ['这周五', '2026-11-27T17:00:00+08:00'],
  ])('on a Sunday, %s → %s', (text, expected) => {
    expect(due(text, SUNDAY)).toBe(expected);
  });

  it.each([
    ['下周五', '2026-12-11T17:00:00+08:00'],
    ['next Friday', '2026-12-11T17:00:00+08:00'],
    ['周五', '2026-12-04T17:00:00+08:00'],
    ['this Friday', '2026-12-04T17:00:00+08:00'],
  ])('on a Monday, %s → %s', (text, expected) => {
    expect(due(text, MONDAY)).toBe(expected);
  });

  it('gives the popup and side panel parser the same answer as the analysis', () => {
    for (const text of ['下周五', 'next Friday', '下周末', 'end of next week']) {
      expect(parseDue(text, SUNDAY).due).toBe(due(text, SUNDAY));
    }
  });
});

describe('a bracketed date wins over the words before it', () => {
  it.each([
    ['下周五（12月4日）', '下周五（12月4日）', '2026-12-04T17:00:00+08:00', false],
    ['next Friday (Dec 11)', 'next Friday (Dec 11)', '2026-12-11T17:00:00+08:00', false],
    ['我们下周五（12月11日）前发货', '下周五（12月11日）前', '2026-12-11T17:00:00+08:00', true],
    ['by Friday (11 Dec) at 3pm', 'by Friday (11 Dec) at 3pm', '2026-12-11T15:00:00+08:00', true],
  ])('%s', (text, phrase, expected, deadline) => {
    const found = findDueDates(text, SUNDAY);
    expect(found.map((m) => [m.text, m.due, m.deadline])).toEqual([[phrase, expected, deadline]]);
  });

  it('leaves a bracketed remark that is not a date alone', () => {
    expect(findDueDates('Friday (see notes)', SUNDAY).map((m) => m.text)).toEqual(['Friday']);
  });
});
