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
 *   PAST_WINDOW_DAYS (about two months) in the past, then next year's. A month-day a few days or weeks
 *   ago in a promise is almost always a slip (a reused template, a wrong month), so "by November 20"
 *   written on 29 November stays this year's and the past-date rule flags it; "on 3 March" written in
 *   November is next March. Quarters, month ends and "mid-year" without a year follow the same window.
 * - Weeks start on Monday (ISO 8601) in both languages, as Chinese weeks do. "next Friday" and 下周五
 *   are the Friday of the week after this one: said on Sunday 29 November, Friday 4 December (5 days
 *   on); said on Monday 30 November, Friday 11 December. A bare "Friday" / 周五 is the coming one (never
 *   today), "this coming Friday" too; "this Friday" is this week's unless past, then the coming one;
 *   本周五 / 这周五 are this week's even when past. "end of next week" is next week's Friday and
 *   下周末 next week's weekend. The popup's and side panel's date fields parse with the same code
 *   (parseDue in index.ts), so they cannot disagree with the analysis.
 * - An explicit date in brackets after a phrase wins over it: "下周五（12月4日）" is 4 December whatever
 *   下周五 would give (merge.ts), which is also how Kept's own fixes write dates (suggest.ts).
 */
/** Where a date-only deadline lands: the close of the business day. */
export const BUSINESS_CLOSE: WallTime = { h: 17, min: 0 };
/** Where "tonight" and an evening-written "today" land. */
export const END_OF_DAY: WallTime = { h: 23, min: 59 };
/** How far back a month-day without a year may lie before it means next year's. */
export const PAST_WINDOW_DAYS = 60;

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
function resolveMs(c: Candidate, clock: Clock): number | null {
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
