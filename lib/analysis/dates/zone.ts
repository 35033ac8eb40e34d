import type { Clock, LocalDate, WallTime } from './types';

/**
 * Wall-clock arithmetic in an IANA zone through Intl only, so results never depend on the machine's TZ.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter for the zone; an unknown zone falls back to UTC rather than throwing. */
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = {
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    };
    try {
      f = new Intl.DateTimeFormat('en-US', { ...options, timeZone: zone });
    } catch {
      f = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    }
    formatters.set(zone, f);
  }
  return f;
}

/** Reads the zone's wall clock through Intl; slow (microseconds), so offsetMinutes caches it. */
function intlParts(ms: number, zone: string): LocalDate & WallTime & { s: number } {
  const out = { y: 1970, m: 1, d: 1, h: 0, min: 0, s: 0 };
  for (const p of formatter(zone).formatToParts(ms)) {
    const v = Number(p.value);
    if (p.type === 'year') out.y = v;
    else if (p.type === 'month') out.m = v;
    else if (p.type === 'day') out.d = v;
    else if (p.type === 'hour') out.h = v % 24;
    else if (p.type === 'minute') out.min = v;
    else if (p.type === 'second') out.s = v;
  }
  return out;
}

/**
 * Offsets by zone and quarter hour. Every real zone changes offset on a quarter-hour boundary, so one
 * Intl call per zone and quarter hour is exact, and typing-speed analysis stays in plain arithmetic.
 */
const QUARTER_HOUR = 900000;
const offsets = new Map<string, number>();

/** The last answer, since consecutive calls almost always ask about the same zone and moment. */
let last = { zone: '', bucket: NaN, off: 0 };

/** The zone's offset from UTC in minutes at an instant (+480 for Asia/Shanghai). */
function offsetMinutes(ms: number, zone: string): number {
  const bucket = Math.floor(ms / QUARTER_HOUR);
  if (bucket === last.bucket && zone === last.zone) return last.off;
  const key = `${zone}|${bucket}`;
  let off = offsets.get(key);
  if (off === undefined) {
    const p = intlParts(ms, zone);
    const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s);
    off = Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
    if (offsets.size > 4096) offsets.clear();
    offsets.set(key, off);
  }
  last = { zone, bucket, off };
  return off;
}

/** Local calendar parts of an instant in the zone. */
export function localParts(ms: number, zone: string): LocalDate & WallTime & { s: number } {
  const t = new Date(ms + offsetMinutes(ms, zone) * 60000);
  return {
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    min: t.getUTCMinutes(),
    s: t.getUTCSeconds(),
  };
}

/**
 * The instant at which the zone's clocks show `date` `time`. Two passes settle the offset; a wall time
 * that a DST change skips or repeats gets one of its neighbouring readings (our default times, 12:00,
 * 17:00 and 23:59, never fall in such a gap).
 */
export function zonedToMs(date: LocalDate, time: WallTime, zone: string): number {
  const guess = Date.UTC(date.y, date.m - 1, date.d, time.h, time.min);
  const first = guess - offsetMinutes(guess, zone) * 60000;
  const second = guess - offsetMinutes(first, zone) * 60000;
  return second;
}

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

/** ISO 8601 with the zone's offset, to the second: 2026-12-04T17:00:00+08:00. */
export function toIso(ms: number, zone: string): string {
  const p = localParts(ms, zone);
  const off = offsetMinutes(ms, zone);
  const sign = off < 0 ? '-' : '+';
  const date = `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
  const time = `${pad(p.h)}:${pad(p.min)}:${pad(p.s)}`;
  return `${date}T${time}${sign}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`;
}

/** `now` as seen in the zone. An invalid `now` is treated as the epoch so callers never throw. */
export function makeClock(now: Date, zone: string): Clock {
  const raw = now instanceof Date ? now.getTime() : NaN;
  const nowMs = Number.isFinite(raw) ? raw : 0;
  const p = localParts(nowMs, zone);
  return { zone, nowMs, today: { y: p.y, m: p.m, d: p.d }, time: { h: p.h, min: p.min } };
}
