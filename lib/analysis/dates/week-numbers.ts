import { addDays, diffDays, mondayOf, weekday } from './calendar';
import { PAST_WINDOW_DAYS } from './resolve';
import { explicit, type Recogniser } from './scan';
import type { Clock, LocalDate } from './types';

/**
 * ISO 8601 week numbers ("week 50", "by wk 50", "CW 50", 第50周): a week is due on its Friday, as "this
 * week" and "next week" are (periods.ts), and resolve.ts adds the 17:00 close of business. Without a
 * year, the week of the current ISO year unless it lies more than PAST_WINDOW_DAYS back, then next
 * year's — the month-day rule of resolve.ts.
 */

/** The Monday of ISO week 1 of `year`: the week holding 4 January. */
const weekOneMonday = (year: number): LocalDate => mondayOf({ y: year, m: 1, d: 4 });

/** The Friday of ISO week `n` of `year`, or null when that year has no such week. */
function fridayOfIsoWeek(year: number, n: number): LocalDate | null {
  if (n < 1) return null;
  const weeks = diffDays(weekOneMonday(year + 1), weekOneMonday(year)) / 7;
  return n > weeks ? null : addDays(weekOneMonday(year), 7 * (n - 1) + 4);
}

/** The ISO year of a day: the calendar year of its week's Thursday. */
const isoYear = (date: LocalDate): number => addDays(date, 3 - ((weekday(date) + 6) % 7)).y;

function weekFriday(clock: Clock, n: number, year?: number): LocalDate | null {
  if (year !== undefined) return fridayOfIsoWeek(year, n);
  const y = isoYear(clock.today);
  const friday = fridayOfIsoWeek(y, n);
  if (friday && diffDays(friday, clock.today) >= -PAST_WINDOW_DAYS) return friday;
  return fridayOfIsoWeek(y + 1, n);
}

/** English: "week 50", "in week 50 of 2027", "by wk 50", "CW50"; not "week 2 of the rollout". */
const EN_WEEK =
  /\b(?:(?:calendar|ISO)\s+)?(?:week|wk\.?|CW|KW)\s*#?\s*(\d{1,2})(?:\s*(?:of\s+|,\s*)?(20\d\d))?\b(?!\s*(?:of\b|days?\b|weeks?\b|%|[:.]\d|-\s*\d))/gi;

/** Chinese: 第50周, 2027年第3周 (前 / 之前 are added by merge.ts). */
const ZH_WEEK = /(?:(20\d\d)\s*年\s*)?第\s*(\d{1,2})\s*(?:周|星期)(?![一二三四五六日天末])/g;

/** Week-number recognisers for both languages. */
export const EN_WEEK_RECOGNISERS: readonly Recogniser[] = [
  {
    re: EN_WEEK,
    cue: /(?:week|wk|cw|kw)\.?\s*#?\s*\d/i,
    handle: (m, clock) => {
      const date = weekFriday(clock, Number(m[1]), m[2] ? Number(m[2]) : undefined);
      return date ? explicit({ date }) : null;
    },
  },
];

/** 第50周, 2027年第3周. */
export const ZH_WEEK_RECOGNISERS: readonly Recogniser[] = [
  {
    re: ZH_WEEK,
    cue: /第\s*\d/,
    handle: (m, clock) => {
      const date = weekFriday(clock, Number(m[2]), m[1] ? Number(m[1]) : undefined);
      return date ? explicit({ date }) : null;
    },
  },
];
