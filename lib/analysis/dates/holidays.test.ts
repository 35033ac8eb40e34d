import { describe, expect, it } from 'vitest';
import { tableDate } from './holiday-table';
import { findDueDates, parseDue, type DateContext } from './index';

/** Sunday 29 November 2026, 10:00 in Shanghai. */
const NOV_29: DateContext = { now: new Date('2026-11-29T02:00:00Z'), timeZone: 'Asia/Shanghai' };
const at = (iso: string, timeZone = 'Asia/Shanghai'): DateContext => ({
  now: new Date(iso),
  timeZone,
});

const one = (text: string, ctx: DateContext): [string, string, string | null] | string => {
  const found = findDueDates(text, ctx);
  return found.length === 1
    ? [found[0]!.text, found[0]!.kind, found[0]!.due]
    : `${found.length} matches`;
};

describe('holiday anchors', () => {
  it.each([
    ["I'll send it before Christmas.", 'before Christmas', '2026-12-24'],
    ['We will ship by Christmas.', 'by Christmas', '2026-12-25'],
    ['I will follow up after Christmas.', 'after Christmas', '2026-12-28'],
    ['The draft will be ready by Christmas Eve.', 'by Christmas Eve', '2026-12-24'],
    ['We can sign on or before Christmas.', 'on or before Christmas', '2026-12-25'],
    // Thanksgiving 2026 (26 November) is over, so next year's: Thursday 25 November 2027.
    ['I will call you after Thanksgiving.', 'after Thanksgiving', '2027-11-26'],
    ['We will close the books by New Year’s Eve.', 'by New Year’s Eve', '2026-12-31'],
    ['I will send the invoice before the New Year.', 'before the New Year', '2026-12-31'],
    ["We'll restart the project after New Year's Day.", "after New Year's Day", '2027-01-04'],
    // 春节 2027 is Saturday 6 February; the break runs from 除夕 (5th) to 初七 (12th).
    ['We will deliver before Chinese New Year.', 'before Chinese New Year', '2027-02-04'],
    ['I will confirm after Lunar New Year.', 'after Lunar New Year', '2027-02-15'],
    ['我们春节前发货。', '春节前', '2027-02-04'],
    ['春节后我会联系您。', '春节后', '2027-02-15'],
    ['除夕前寄出。', '除夕前', '2027-02-04'],
    ['我们国庆后上线。', '国庆后', '2027-10-08'],
    ['国庆节前交付。', '国庆节前', '2027-09-30'],
    ['元旦前给您答复。', '元旦前', '2026-12-31'],
    ['清明节后安排。', '清明节后', '2027-04-06'],
    ['五一前完成。', '五一前', '2027-04-30'],
    ['劳动节后发货。', '劳动节后', '2027-05-06'],
    ['端午前寄到。', '端午前', '2027-06-08'],
    ['中秋节前送达。', '中秋节前', '2027-09-14'],
    ['国庆假期后处理。', '国庆假期后', '2027-10-08'],
    ['圣诞节前发货。', '圣诞节前', '2026-12-24'],
    ['平安夜前寄到。', '平安夜前', '2026-12-23'],
    ['感恩节后联系您。', '感恩节后', '2027-11-26'],
    ['We will ship before Lunar New Year’s Eve.', 'before Lunar New Year’s Eve', '2027-02-04'],
    ['I will confirm before Mid-Autumn.', 'before Mid-Autumn', '2027-09-14'],
  ])('%s → %s on %s', (text, phrase, day) => {
    expect(one(text, NOV_29)).toEqual([phrase, 'explicit', `${day}T17:00:00+08:00`]);
  });

  it.each([
    'Merry Christmas!',
    'We are planning the Christmas party.',
    '中秋快乐！',
    '春节放假通知',
    'Happy New Year to you and your team.',
  ])('a bare holiday name is not a date: %s', (text) => {
    expect(findDueDates(text, NOV_29)).toEqual([]);
  });

  it.each([
    ['I will look at it around Christmas.', 'around Christmas'],
    ['We will follow up in the new year.', 'in the new year'],
    ['春节前后给您答复。', '春节前后'],
    ['国庆左右上线。', '国庆左右'],
  ])('an approximate holiday is vague: %s', (text, phrase) => {
    expect(one(text, NOV_29)).toEqual([phrase, 'vague', null]);
  });

  it('takes this year’s holiday until its break is over', () => {
    expect(one('国庆后上线', at('2026-10-03T02:00:00Z'))).toEqual([
      '国庆后',
      'explicit',
      '2026-10-08T17:00:00+08:00',
    ]);
    expect(one('before Christmas', at('2026-01-05T15:00:00Z', 'America/New_York'))).toEqual([
      'before Christmas',
      'explicit',
      '2026-12-24T17:00:00-05:00',
    ]);
  });

  it('gives no date, rather than a wrong one, past the table’s years', () => {
    expect(one('春节前发货', at('2035-03-01T02:00:00Z'))).toEqual(['春节前', 'vague', null]);
    expect(one('中秋节前送达', at('2035-10-01T02:00:00Z'))).toEqual(['中秋节前', 'vague', null]);
    expect(one('before Christmas', at('2035-12-30T02:00:00Z'))[2]).toBe(
      '2036-12-24T17:00:00+08:00',
    );
  });
});

describe('the lunar and solar-term table', () => {
  const iso = (d: { y: number; m: number; d: number } | null): string | null =>
    d && `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
  it.each([
    ['spring', 2024, '2024-02-10'],
    ['spring', 2025, '2025-01-29'],
    ['spring', 2026, '2026-02-17'],
    ['spring', 2027, '2027-02-06'],
    ['spring', 2030, '2030-02-03'],
    ['spring', 2035, '2035-02-08'],
    ['qingming', 2024, '2024-04-04'],
    ['qingming', 2026, '2026-04-05'],
    ['duanwu', 2024, '2024-06-10'],
    ['duanwu', 2025, '2025-05-31'],
    ['duanwu', 2026, '2026-06-19'],
    ['midautumn', 2024, '2024-09-17'],
    ['midautumn', 2025, '2025-10-06'],
    ['midautumn', 2026, '2026-09-25'],
    ['midautumn', 2034, '2034-09-27'],
  ] as const)('%s %i is %s', (holiday, year, expected) => {
    expect(iso(tableDate(holiday, year))).toBe(expected);
  });

  it('has nothing outside 2024–2035', () => {
    expect(tableDate('spring', 2023)).toBeNull();
    expect(tableDate('midautumn', 2036)).toBeNull();
  });
});

describe('a date field holding a holiday’s name (popup, side panel)', () => {
  it.each([
    ['Christmas', 'explicit', '2026-12-25T17:00:00+08:00'],
    ['Christmas Eve', 'explicit', '2026-12-24T17:00:00+08:00'],
    ['Thanksgiving', 'explicit', '2027-11-25T17:00:00+08:00'],
    ['国庆', 'explicit', '2027-10-01T17:00:00+08:00'],
    ['春节', 'explicit', '2027-02-06T17:00:00+08:00'],
    ['中秋节', 'explicit', '2027-09-15T17:00:00+08:00'],
    ['after Christmas', 'explicit', '2026-12-28T17:00:00+08:00'],
    ['Christmas party', 'none', null],
  ])('%s', (input, kind, due) => {
    expect(parseDue(input, NOV_29)).toMatchObject({ kind, due });
  });

  it('has no lunar date past the table', () => {
    expect(parseDue('春节', at('2035-03-01T02:00:00Z'))).toMatchObject({
      kind: 'vague',
      due: null,
    });
  });
});
