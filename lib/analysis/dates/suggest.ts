import { addBusinessDays, fridayOfWeek } from './business-days';
import { addDays, diffDays, mondayOf } from './calendar';
import { formatDay, WEEKDAYS_EN, WEEKDAYS_ZH } from './format';
import { BUSINESS_CLOSE } from './resolve';
import type { LocalDate } from './types';
import { makeClock, toIso, zonedToMs } from './zone';

/** A concrete date to offer as a fix: `phrase` replaces the vague or missing time in the text. */
export interface DueSuggestion {
  label: string;
  phrase: string;
  due: string;
}

/** How a day is said relative to today: tomorrow, this week's or next week's weekday, or the date. */
function phraseFor(date: LocalDate, today: LocalDate, lang: 'en' | 'zh'): string {
  const days = diffDays(date, today);
  const weeks = diffDays(mondayOf(date), mondayOf(today)) / 7;
  const wd = new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
  if (lang === 'zh') {
    const md = `${date.m}月${date.d}日`;
    if (days === 1) return `明天（${md}）前`;
    if (weeks === 0) return `本${WEEKDAYS_ZH[wd]}（${md}）前`;
    if (weeks === 1) return `下${WEEKDAYS_ZH[wd]}（${md}）前`;
    return `${md}前`;
  }
  if (days === 1) return 'by tomorrow';
  return `by ${WEEKDAYS_EN[wd]}, ${date.d} ${formatDay(date, 'en', date.y).split(' ')[2]}`;
}

/**
 * Two or three near business-day deadlines computed from now, for fixes that insert a date: the next
 * business day, two business days out, and the end of the week (next week's Friday when this week's is
 * under three business days away, so the options stay distinct and realistic). Each is due at 17:00.
 */
export function suggestDueDates(
  ctx: { now: Date; timeZone: string },
  lang: 'en' | 'zh',
): DueSuggestion[] {
  const clock = makeClock(ctx.now, ctx.timeZone);
  const { today } = clock;
  const next = addBusinessDays(today, 1);
  const second = addBusinessDays(today, 2);
  let friday = fridayOfWeek(today);
  if (diffDays(friday, addBusinessDays(today, 2)) <= 0) friday = fridayOfWeek(addDays(today, 7));
  const seen = new Set<string>();
  const out: DueSuggestion[] = [];
  for (const date of [next, second, friday]) {
    const key = `${date.y}-${date.m}-${date.d}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const due = toIso(zonedToMs(date, BUSINESS_CLOSE, clock.zone), clock.zone);
    const label = formatDay(date, lang, today.y);
    out.push({ label, phrase: phraseFor(date, today, lang), due });
  }
  return out;
}
