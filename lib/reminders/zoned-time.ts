const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock date and time of instant `ms` in `timeZone`. */
export function wallClock(ms: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(ms))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
  };
}

/** How far `timeZone` is ahead of UTC at instant `ms`, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return asUtc - Math.floor(ms / 60_000) * 60_000;
}

/**
 * The instant when the wall clock in `timeZone` shows the given local date and hour. Two passes,
 * because the offset at the guess can differ from the offset at the answer across a DST change.
 */
export function zonedInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  timeZone: string,
): number {
  const wall = Date.UTC(year, month - 1, day, hour);
  const first = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(first, timeZone);
}

/** `hour`:00 local time on the calendar day before the day `dueAt` falls on, in `timeZone`. */
export function dayBeforeAt(dueAt: number, hour: number, timeZone: string): number {
  const due = wallClock(dueAt, timeZone);
  const before = new Date(Date.UTC(due.year, due.month - 1, due.day - 1));
  return zonedInstant(
    before.getUTCFullYear(),
    before.getUTCMonth() + 1,
    before.getUTCDate(),
    hour,
    timeZone,
  );
}
