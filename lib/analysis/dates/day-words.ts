import { addDays, diffDays, mondayOf, weekday as weekdayOf } from './calendar';
import { END_OF_DAY } from './resolve';
import type { Clock, LocalDate, WallTime } from './types';

/** Weekday names and parts of the day, resolved by our rules rather than chrono's guesses. */

/** The wall time meant by a part of day, or undefined: "this afternoon" is due by 17:00. */
export function partOfDay(text: string): WallTime | undefined {
  if (/afternoon|下午/i.test(text)) return { h: 17, min: 0 };
  if (/evening|tonight|night|今晚|明晚|晚上|傍晚/i.test(text)) return END_OF_DAY;
  if (/morning|noon|上午|早上|早晨|明早|一早|中午/i.test(text)) return { h: 12, min: 0 };
  return undefined;
}

/** The date of weekday `wd` (0 = Sunday) under a modifier: next = next week's, bare = the coming one. */
export function weekdayDate(clock: Clock, wd: number, modifier: string): LocalDate {
  const thisWeeks = addDays(mondayOf(clock.today), (wd + 6) % 7);
  if (/^(?:this\s+)?coming/i.test(modifier))
    return addDays(clock.today, (wd - weekdayOf(clock.today) + 7) % 7 || 7);
  if (/^(next|下)/i.test(modifier)) return addDays(thisWeeks, modifier.startsWith('下下') ? 14 : 7);
  if (/^(last|past|上)/i.test(modifier)) return addDays(thisWeeks, -7);
  // 本周一 is this week's Monday even when past; English "this Monday" means the coming one.
  if (/^(本|这)/.test(modifier)) return thisWeeks;
  if (/^this/i.test(modifier))
    return diffDays(thisWeeks, clock.today) >= 0 ? thisWeeks : addDays(thisWeeks, 7);
  const ahead = (wd - weekdayOf(clock.today) + 7) % 7 || 7;
  return addDays(clock.today, ahead);
}
