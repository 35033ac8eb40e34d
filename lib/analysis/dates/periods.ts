import { businessDayOnOrBefore, endOfMonth, endOfQuarter, fridayOfWeek } from './business-days';
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

/**
 * The early, middle or late part of a period, as a deadline: early next week → Tuesday, mid-month →
 * the 20th, early Q3 → end of its first month, mid-year → end of June; late = the period's end.
 */
export function periodPart(
  clock: Clock,
  period: Exclude<Period, 'weekend'>,
  ahead: number,
  part: 'early' | 'mid' | 'late',
): LocalDate {
  const end = periodEnd(clock, period, ahead);
  if (part === 'late') return end;
  const early = part === 'early';
  switch (period) {
    case 'week':
      return addDays(mondayOf(end), early ? 1 : 2);
    case 'month':
      return businessDayOnOrBefore({ y: end.y, m: end.m, d: early ? 10 : 20 });
    case 'quarter':
      return endOfMonth(end.y, end.m - (early ? 2 : 1));
    case 'year':
      return endOfMonth(end.y, early ? 3 : 6);
  }
}

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
