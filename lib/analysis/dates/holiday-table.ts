import type { LocalDate } from './types';

/**
 * Gregorian dates of the Chinese holidays that move, as observed in China (UTC+8), 2024–2035:
 * 春节 (1st day of the 1st lunar month), 清明 (the day the sun reaches ecliptic longitude 15°), 端午 (5th
 * day of the 5th lunar month) and 中秋 (15th day of the 8th lunar month).
 *
 * Source: the Chinese lunar calendar as published by the Purple Mountain Observatory (the national
 * standard GB/T 33661-2017) and the Hong Kong Observatory's Gregorian–lunar conversion tables. Each row
 * was checked against new-moon and solar-term instants computed in Beijing time with J. Meeus,
 * "Astronomical Algorithms" (2nd ed., chapters 25 and 49); the closest call is 中秋 2034, whose month
 * starts 13 minutes after Beijing midnight. ICU's Chinese calendar (Intl) is not used: it puts 春节 2027
 * on 7 February and 春节 2030 on 2 February, a day off, because those new moons fall within minutes of
 * Beijing midnight.
 *
 * Outside these years a lunar holiday has no date here, and Kept reports it as vague rather than guess.
 */
const ROWS: Record<number, string> = {
  // year: 春节 清明 端午 中秋 (MM-DD)
  2024: '02-10 04-04 06-10 09-17',
  2025: '01-29 04-04 05-31 10-06',
  2026: '02-17 04-05 06-19 09-25',
  2027: '02-06 04-05 06-09 09-15',
  2028: '01-26 04-04 05-28 10-03',
  2029: '02-13 04-04 06-16 09-22',
  2030: '02-03 04-05 06-05 09-12',
  2031: '01-23 04-05 06-24 10-01',
  2032: '02-11 04-04 06-12 09-19',
  2033: '01-31 04-04 06-01 09-08',
  2034: '02-19 04-05 06-20 09-27',
  2035: '02-08 04-05 06-10 09-16',
};

/** The holidays the table covers, in column order. */
export type TableHoliday = 'spring' | 'qingming' | 'duanwu' | 'midautumn';
const COLUMNS: readonly TableHoliday[] = ['spring', 'qingming', 'duanwu', 'midautumn'];

/** Parsed once at load: year → holiday → date. */
const PARSED = new Map<number, Record<TableHoliday, LocalDate>>(
  Object.entries(ROWS).map(([year, row]) => {
    const y = Number(year);
    const days = row.split(' ').map((md) => {
      const [m, d] = md.split('-').map(Number);
      return { y, m: m!, d: d! };
    });
    const entry = Object.fromEntries(COLUMNS.map((c, i) => [c, days[i]!]));
    return [y, entry as Record<TableHoliday, LocalDate>];
  }),
);

/** The holiday's date in `year`, or null outside the table's years. */
export function tableDate(holiday: TableHoliday, year: number): LocalDate | null {
  return PARSED.get(year)?.[holiday] ?? null;
}
