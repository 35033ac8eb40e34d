import { endOfMonth, endOfQuarter, fridayOfWeek } from './business-days';
import { addDays, daysInMonth, diffDays, mondayOf, monthOf } from './calendar';
import { PAST_WINDOW_DAYS } from './resolve';
import type { Clock, LocalDate } from './types';

/**
 * Named periods shared by the English and Chinese recognisers. A period resolves to its business end:
 * the week to Friday, the month and quarter to their last business day (resolve.ts adds 17:00), since
 * "by end of month" or "本周内" promises delivery within working time.
 */
export type Period = 'week' | 'weekend' | 'month' | 'quarter' | 'year';

/** The business end of the period `ahead` periods from now (0 = this, 1 = next). */
export function periodEnd(clock: Clock, period: Period, ahead: number): LocalDate {
  const { today } = clock;
  switch (period) {
    case 'week':
      return fridayOfWeek(today, ahead);
    case 'weekend':
      return addDays(mondayOf(today), 6 + 7 * ahead);
    case 'month': {
      const { y, m } = monthOf(today.y, today.m + ahead);
      return endOfMonth(y, m);
    }
    case 'quarter': {
      const index = today.y * 4 + Math.floor((today.m - 1) / 3) + ahead;
      return endOfQuarter(Math.floor(index / 4), (index % 4) + 1);
    }
    case 'year':
      return endOfMonth(today.y + ahead, 12);
  }
}

/** A week's early or middle part ("early next week" → Tuesday, "mid-week" → Wednesday). */
export const partOfWeek = (clock: Clock, ahead: number, part: 'early' | 'mid'): LocalDate =>
  addDays(mondayOf(clock.today), (part === 'early' ? 1 : 2) + 7 * ahead);

/** The end of quarter q of `year`, or, without a year, of the nearest such quarter not long past. */
export function quarterEnd(clock: Clock, q: number, year?: number): LocalDate {
  if (year !== undefined) return endOfQuarter(year, q);
  const thisYear = endOfQuarter(clock.today.y, q);
  return diffDays(thisYear, clock.today) >= -PAST_WINDOW_DAYS
    ? thisYear
    : endOfQuarter(clock.today.y + 1, q);
}

/** The end of month m (1–12) without a year: this year's unless long past. */
export function monthEnd(clock: Clock, m: number, year?: number): LocalDate {
  if (year !== undefined) return endOfMonth(year, m);
  const thisYear = endOfMonth(clock.today.y, m);
  return diffDays(thisYear, clock.today) >= -PAST_WINDOW_DAYS
    ? thisYear
    : endOfMonth(clock.today.y + 1, m);
}

/** Day-of-month without a month ("on the 15th", "15号"): this month if not yet past, else next month. */
export function dayOfMonth(clock: Clock, d: number): LocalDate | null {
  if (d < 1 || d > 31) return null;
  const { today } = clock;
  for (let ahead = d >= today.d ? 0 : 1; ahead < 3; ahead++) {
    const { y, m } = monthOf(today.y, today.m + ahead);
    if (d <= daysInMonth(y, m)) return { y, m, d };
  }
  return null;
}

/** `n` calendar months after today, clamped to the month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: LocalDate, n: number): LocalDate {
  const { y, m } = monthOf(date.y, date.m + n);
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}
