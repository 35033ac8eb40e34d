import type { LocalDate } from './types';

/** Pure calendar-day arithmetic on LocalDate (no zone: a day is a day). */

const toUtcDay = (d: LocalDate): number => Date.UTC(d.y, d.m - 1, d.d);

function fromUtcDay(ms: number): LocalDate {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The date `n` calendar days after `date` (negative goes back). */
export const addDays = (date: LocalDate, n: number): LocalDate =>
  fromUtcDay(toUtcDay(date) + n * 86400000);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: LocalDate): number => new Date(toUtcDay(date)).getUTCDay();

/** Negative when a is before b, in whole days. */
export const diffDays = (a: LocalDate, b: LocalDate): number =>
  Math.round((toUtcDay(a) - toUtcDay(b)) / 86400000);

/** 28–31. */
export const daysInMonth = (y: number, m: number): number =>
  new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Normalises month overflow: month 13 of 2026 is January 2027. */
export function monthOf(y: number, m: number): { y: number; m: number } {
  const index = y * 12 + (m - 1);
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** Whether the day exists (rejects 31 April, 30 February). */
export const isValidDate = (d: LocalDate): boolean =>
  d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= daysInMonth(d.y, d.m);

/** The Monday that starts the ISO week containing `date`. */
export const mondayOf = (date: LocalDate): LocalDate => addDays(date, -((weekday(date) + 6) % 7));
