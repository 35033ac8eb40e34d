import { localParts, zonedToMs } from '../analysis/dates/zone';

/**
 * `hour`:00 local time on the calendar day before the day `dueAt` falls on, in `timeZone`. Zone
 * arithmetic is the date module's (Intl only, DST-safe), so reminders and due dates agree.
 */
export function dayBeforeAt(dueAt: number, hour: number, timeZone: string): number {
  const due = localParts(dueAt, timeZone);
  const before = new Date(Date.UTC(due.y, due.m - 1, due.d - 1));
  const day = { y: before.getUTCFullYear(), m: before.getUTCMonth() + 1, d: before.getUTCDate() };
  return zonedToMs(day, { h: hour, min: 0 }, timeZone);
}
