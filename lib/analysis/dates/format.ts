import { weekday } from './calendar';
import type { LocalDate } from './types';
import { localParts } from './zone';

/**
 * Display names, Sunday first; fixed tables rather than Intl so output is identical across runtimes
 * and ICU builds.
 */
export const WEEKDAYS_EN = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
/** 周日 … 周六, Sunday first. */
export const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** "Fri 4 Dec" / "12月4日 周五", with the year only when it is not `thisYear`. */
export function formatDay(date: LocalDate, lang: 'en' | 'zh', thisYear: number): string {
  const wd = weekday(date);
  if (lang === 'zh')
    return `${date.y === thisYear ? '' : `${date.y}年`}${date.m}月${date.d}日 ${WEEKDAYS_ZH[wd]}`;
  const year = date.y === thisYear ? '' : ` ${date.y}`;
  return `${WEEKDAYS_EN[wd]!.slice(0, 3)} ${date.d} ${MONTHS_EN[date.m - 1]}${year}`;
}

/**
 * Formats an ISO due for display in the context's zone: "Fri 4 Dec" / "12月4日 周五". The time is shown
 * only when it is not one of the default day ends (17:00, 23:59), e.g. "Fri 4 Dec, 15:00". An
 * unparseable input is returned unchanged.
 */
export function formatDue(
  iso: string,
  ctx: { now: Date; timeZone: string },
  lang: 'en' | 'zh',
): string {
  const ms = typeof iso === 'string' ? Date.parse(iso) : NaN;
  if (!Number.isFinite(ms)) return String(iso);
  const p = localParts(ms, ctx.timeZone);
  const nowMs = ctx.now instanceof Date ? ctx.now.getTime() : NaN;
  const thisYear = Number.isFinite(nowMs) ? localParts(nowMs, ctx.timeZone).y : p.y;
  const day = formatDay(p, lang, thisYear);
  const isDefault = (p.h === 17 && p.min === 0) || (p.h === 23 && p.min === 59);
  if (isDefault) return day;
  const time = `${String(p.h).padStart(2, '0')}:${String(p.min).padStart(2, '0')}`;
  return lang === 'zh' ? `${day} ${time}` : `${day}, ${time}`;
}
