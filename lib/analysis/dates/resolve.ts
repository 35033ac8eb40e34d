import { addDays, diffDays, isValidDate } from './calendar';
import type { Candidate, Clock, LocalDate, WallTime } from './types';
import { toIso, zonedToMs } from './zone';

/**
 * Resolution rules, in one place so that every recogniser agrees.
 *
 * - A date without a time ("by Friday", "3月15日前", "end of Q2") resolves to 17:00 local, the usual close
 *   of business: a client reading "by Friday" expects it within their working day, and a reminder at
 *   17:00 still leaves time to act. Exception: when that day is today and 17:00 has already passed
 *   ("later today" written at 18:30), 23:59 — otherwise a fresh promise would read as overdue.
 * - A time without a date ("at 3pm", "中午前") means its next occurrence: today if still ahead, else tomorrow.
 * - A month and day without a year ("15 March") means this year's, unless that lies more than
 *   PAST_WINDOW_DAYS in the past, then next year's. So "on 3 March" written in November is next March,
 *   while "by 3 March" written on 5 March stays a (recent, past) date that the analysis can flag.
 */
/** Where a date-only deadline lands: the close of the business day. */
export const BUSINESS_CLOSE: WallTime = { h: 17, min: 0 };
/** Where "tonight" and an evening-written "today" land. */
export const END_OF_DAY: WallTime = { h: 23, min: 59 };
/** How far back a month-day without a year may lie before it means next year's. */
export const PAST_WINDOW_DAYS = 14;

/** This year's or next year's month-day, per the rule above; null for impossible days (31 April). */
export function pickYear(clock: Clock, m: number, d: number): LocalDate | null {
  const thisYear = { y: clock.today.y, m, d };
  if (isValidDate(thisYear) && diffDays(thisYear, clock.today) >= -PAST_WINDOW_DAYS)
    return thisYear;
  // 29 February: the next year that has one, rather than an invented date.
  for (let y = clock.today.y + 1; y <= clock.today.y + 8; y++) {
    if (isValidDate({ y, m, d })) return { y, m, d };
  }
  return null;
}

const isBefore = (a: WallTime, b: WallTime): boolean => a.h < b.h || (a.h === b.h && a.min < b.min);

/** The due instant of a candidate, or null for vague ones. */
export function resolveMs(c: Candidate, clock: Clock): number | null {
  if (c.kind === 'vague') return null;
  if (c.instant !== undefined) return c.instant;
  if (c.date && c.time) return zonedToMs(c.date, c.time, clock.zone);
  if (c.date) {
    const today = diffDays(c.date, clock.today) === 0;
    const time = today && !isBefore(clock.time, BUSINESS_CLOSE) ? END_OF_DAY : BUSINESS_CLOSE;
    return zonedToMs(c.date, time, clock.zone);
  }
  if (c.time) {
    const day = isBefore(clock.time, c.time) ? clock.today : addDays(clock.today, 1);
    return zonedToMs(day, c.time, clock.zone);
  }
  return null;
}

/** The ISO due string of a candidate in the clock's zone, or null. */
export function resolveIso(c: Candidate, clock: Clock): string | null {
  const ms = resolveMs(c, clock);
  return ms === null || !Number.isFinite(ms) ? null : toIso(ms, clock.zone);
}
