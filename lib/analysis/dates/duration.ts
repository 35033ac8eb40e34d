import { addBusinessDays } from './business-days';
import { addDays } from './calendar';
import { addMonths } from './periods';
import type { Found } from './scan';
import type { Clock } from './types';

/** The units a window can be counted in. */
export type Unit = 'minute' | 'hour' | 'day' | 'business-day' | 'week' | 'month';

/**
 * A bounded window from now ("within 2 business days", "24小时内", "in 3 days"). Minutes and hours are
 * exact instants; day-sized units land on a day and take the date-only rule (17:00), because
 * "within 2 business days" promises delivery within the working day, not at this exact minute.
 */
export function durationFound(
  clock: Clock,
  n: number,
  unit: Unit,
  deadline: boolean,
): Found | null {
  if (!Number.isFinite(n) || n <= 0 || n > 1000) return null;
  const base = { kind: 'explicit' as const, deadline };
  switch (unit) {
    case 'minute':
      return { ...base, instant: clock.nowMs + Math.round(n * 60000) };
    case 'hour':
      return { ...base, instant: clock.nowMs + Math.round(n * 3600000) };
    case 'day':
      return { ...base, date: addDays(clock.today, Math.ceil(n)) };
    case 'business-day':
      return { ...base, date: addBusinessDays(clock.today, Math.ceil(n)) };
    case 'week':
      return { ...base, date: addDays(clock.today, Math.round(n * 7)) };
    case 'month':
      return { ...base, date: addMonths(clock.today, Math.ceil(n)) };
  }
}

const EN_UNITS: Record<string, Unit> = {
  min: 'minute',
  minute: 'minute',
  hr: 'hour',
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
};

/** The unit of an English unit word ("hours", "business days"), or null. */
export function enUnit(word: string, business: boolean): Unit | null {
  const unit = EN_UNITS[word.toLowerCase().replace(/s$/, '')] ?? null;
  if (unit === 'day' && business) return 'business-day';
  return business ? null : unit;
}

/** The unit of a Chinese unit word (工作日, 天, 小时…), or null. */
export function zhUnit(word: string): Unit | null {
  if (word === '工作日') return 'business-day';
  if (word === '天' || word === '日' || word === '自然日') return 'day';
  if (word === '小时' || word === '钟头') return 'hour';
  if (word === '分钟') return 'minute';
  if (word === '周' || word === '星期' || word === '礼拜') return 'week';
  if (word === '月') return 'month';
  return null;
}
