import { addBusinessDays } from './business-days';
import { addDays, diffDays, weekday } from './calendar';
import { tableDate, type TableHoliday } from './holiday-table';
import type { Found } from './scan';
import type { Clock, LocalDate } from './types';

/**
 * Holidays as date anchors: "by Christmas", "after 国庆", "春节前". A holiday has its day (25 December,
 * 初一) and the public break around it (国庆 1–7 October, 春节 from 除夕 to 初七, 五一 1–5 May):
 * - before X: the day before the break starts ("before Christmas" → 24 December, 国庆前 → 30 September,
 *   春节前 → the day before 除夕, the first day off);
 * - by X, on X, during X: X's day;
 * - after X: the first working day after the break (国庆后 → 8 October, after Christmas → the first
 *   weekday after 25 December), since the promise cannot be kept while the office is closed;
 * - around X, X前后, X左右: vague.
 * The holiday meant is the next one whose break is not yet over; a lunar holiday past the table's years
 * (holiday-table.ts) has no date and is vague rather than guessed.
 */
export type Holiday =
  | TableHoliday
  | 'christmas'
  | 'christmas-eve'
  | 'new-year'
  | 'new-years-eve'
  | 'lunar-eve'
  | 'thanksgiving'
  | 'labour-day'
  | 'national-day';

/** How a phrase relates to the holiday. */
export type Relation = 'before' | 'by' | 'on' | 'after' | 'around';

interface Span {
  day: LocalDate;
  first: LocalDate;
  last: LocalDate;
}

/** The day and break of a holiday in a given year, or null when unknown. */
function spanIn(holiday: Holiday, y: number): Span | null {
  const fixed = (m: number, d: number, breakDays = 1): Span => {
    const day = { y, m, d };
    return { day, first: day, last: addDays(day, breakDays - 1) };
  };
  switch (holiday) {
    case 'christmas':
      return fixed(12, 25);
    case 'christmas-eve':
      return fixed(12, 24);
    case 'new-year':
      return fixed(1, 1);
    case 'new-years-eve':
      return fixed(12, 31);
    case 'labour-day':
      return fixed(5, 1, 5);
    case 'national-day':
      return fixed(10, 1, 7);
    case 'thanksgiving': {
      // The fourth Thursday of November (United States).
      const first = weekday({ y, m: 11, d: 1 });
      return fixed(11, 1 + ((4 - first + 7) % 7) + 21);
    }
    case 'lunar-eve': {
      const spring = tableDate('spring', y);
      const eve = spring && addDays(spring, -1);
      return eve && spring && { day: eve, first: eve, last: addDays(spring, 6) };
    }
    case 'spring': {
      const day = tableDate('spring', y);
      return day && { day, first: addDays(day, -1), last: addDays(day, 6) };
    }
    default: {
      const day = tableDate(holiday, y);
      return day && { day, first: day, last: day };
    }
  }
}

/** What a holiday phrase resolves to: an explicit date, or vague when approximate or unknown. */
export function holidayFound(clock: Clock, holiday: Holiday, relation: Relation): Found {
  const vague: Found = { kind: 'vague', deadline: false };
  if (relation === 'around') return vague;
  let span: Span | null = null;
  for (const y of [clock.today.y, clock.today.y + 1]) {
    const s = spanIn(holiday, y);
    if (s && diffDays(s.last, clock.today) >= 0) {
      span = s;
      break;
    }
    if (!s) break;
  }
  if (!span) return vague;
  const deadline = relation === 'before' || relation === 'by';
  const date =
    relation === 'before'
      ? addDays(span.first, -1)
      : relation === 'after'
        ? addBusinessDays(span.last, 1)
        : span.day;
  return { kind: 'explicit', deadline, date };
}
