import { addDays, mondayOf } from '../lib/analysis/dates/calendar';
import { localParts, toIso, zonedToMs } from '../lib/analysis/dates/zone';

/** The Monday–Sunday week around an instant, in a time zone: the start of each day and the week's end. */
export interface Week {
  /** Seven instants: Monday 00:00 … Sunday 00:00 in the zone. */
  dayStarts: number[];
  /** The next Monday 00:00 (exclusive end). */
  end: number;
  /** Each day at 17:00 as an ISO instant, for the date formatting helpers (no time shown). */
  days: string[];
  /** Each day's day of the month. */
  dates: number[];
}

/** The week (Monday first, as the date rules read "this week") containing `now` in `timeZone`. */
export function weekOf(now: number, timeZone: string): Week {
  const monday = mondayOf(localParts(now, timeZone));
  const midnight = { h: 0, min: 0 };
  const dayStarts = Array.from({ length: 7 }, (_, i) =>
    zonedToMs(addDays(monday, i), midnight, timeZone),
  );
  const dates = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  return {
    dayStarts,
    end: zonedToMs(addDays(monday, 7), midnight, timeZone),
    days: dates.map((d) => toIso(zonedToMs(d, { h: 17, min: 0 }, timeZone), timeZone)),
    dates: dates.map((d) => d.d),
  };
}
