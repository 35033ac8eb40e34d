import { addDays, daysInMonth, mondayOf, weekday } from './calendar';
import type { LocalDate } from './types';

/** Business days are Monday to Friday; public holidays differ by client and are not modelled. */
export const isBusinessDay = (date: LocalDate): boolean => weekday(date) % 6 !== 0;

/**
 * The date `n` business days after `date`, skipping Saturday and Sunday. With n = 0 a weekend day rolls
 * forward to Monday, so "within 0 business days" from a Saturday still lands on a working day.
 */
export function addBusinessDays(date: LocalDate, n: number): LocalDate {
  let d = date;
  if (n <= 0) {
    while (!isBusinessDay(d)) d = addDays(d, 1);
    return d;
  }
  for (let left = Math.floor(n); left > 0;) {
    d = addDays(d, 1);
    if (isBusinessDay(d)) left--;
  }
  return d;
}

/** The last business day on or before `date`. */
export function businessDayOnOrBefore(date: LocalDate): LocalDate {
  let d = date;
  while (!isBusinessDay(d)) d = addDays(d, -1);
  return d;
}

/** The Friday of the week containing `date` plus `weeks` weeks: a week's business end. */
export const fridayOfWeek = (date: LocalDate, weeks = 0): LocalDate =>
  addDays(mondayOf(date), 4 + 7 * weeks);

/** The last business day of a month: "end of month" in business writing. */
export const endOfMonth = (y: number, m: number): LocalDate =>
  businessDayOnOrBefore({ y, m, d: daysInMonth(y, m) });

/** The last business day of quarter q (1–4) of year y. */
export const endOfQuarter = (y: number, q: number): LocalDate => endOfMonth(y, q * 3);
