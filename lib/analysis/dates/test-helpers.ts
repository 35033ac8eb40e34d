import { findDueDates, type DateContext, type DueMatch } from './index';

/** Friday 27 November 2026, 10:00 in Shanghai (UTC+8), the fixed `now` of most tables. */
export const SHANGHAI: DateContext = {
  now: new Date('2026-11-27T02:00:00Z'),
  timeZone: 'Asia/Shanghai',
};
/** The same wall-clock moment in New York (UTC−5 in November). */
export const NEW_YORK: DateContext = {
  now: new Date('2026-11-27T15:00:00Z'),
  timeZone: 'America/New_York',
};

/** The single match a table row expects, as [text, due, deadline]. */
export function only(
  text: string,
  ctx: DateContext,
): [string, string | null, boolean] | DueMatch[] {
  const found = findDueDates(text, ctx);
  if (found.length !== 1) return found;
  const [m] = found;
  return [m!.text, m!.due, m!.deadline];
}
