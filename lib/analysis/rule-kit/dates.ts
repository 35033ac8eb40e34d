/** Date helpers for the rules: calendar days in the user's zone, and date phrases for fixes. */
import { formatDue, suggestDueDates } from '../due';
import { withoutEvent, zhDateSlot } from './date-span';
import type { Commitment, Fix, Lang, ResolvedContext } from '../types';

/** Formatters per zone: creating one costs ~50 µs, more than analysing a sentence. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** YYYY-MM-DD of an instant in `timeZone`. */
export function dayIn(iso: string | Date, timeZone: string): string {
  // A bare date ("2026-12-14", as a ledger may store it) is a calendar day, not UTC midnight.
  if (typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '';
  try {
    let format = dayFormats.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      dayFormats.set(timeZone, format);
    }
    return format.format(d);
  } catch {
    return d.toISOString().slice(0, 10);
  }
}

type Suggestion = ReturnType<typeof suggestDueDates>[number];
const suggestionMemo = new Map<string, Suggestion[]>();

/** Up to three concrete due dates for fixes; they depend only on now, zone and language, so memoised. */
function suggestions(lang: Lang, ctx: ResolvedContext): Suggestion[] {
  const key = `${ctx.now.toISOString()}|${ctx.timeZone}|${lang}`;
  let found = suggestionMemo.get(key);
  if (!found) {
    if (suggestionMemo.size > 64) suggestionMemo.clear();
    found = suggestDueDates({ now: ctx.now, timeZone: ctx.timeZone }, lang).slice(0, 3);
    suggestionMemo.set(key, found);
  }
  return found;
}

/** Fixes that add a concrete date to a commitment without one. */
export function addDateFixes(
  c: Commitment,
  sentence: string,
  lang: Lang,
  ctx: ResolvedContext,
  actionStart: number,
  end = c.end,
): Fix[] {
  const slot = zhDateSlot(sentence, c.start, actionStart);
  return suggestions(lang, ctx).map((s) => ({
    label: s.label,
    replacement:
      lang === 'zh'
        ? sentence.slice(c.start, slot) + s.phrase + sentence.slice(slot, end)
        : `${withoutEvent(sentence.slice(c.start, end))} ${s.phrase}`,
  }));
}

/** Fixes that replace a vague time with a concrete one. */
export function concreteDateFixes(lang: Lang, ctx: ResolvedContext): Fix[] {
  return suggestions(lang, ctx).map((s) => ({ label: s.label, replacement: s.phrase }));
}

/** A due date for people, in `lang`; a bare date (as a ledger may store it) shows no time of day. */
export const readableDue = (iso: string, lang: Lang, ctx: ResolvedContext): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? formatDue(`${iso}T17:00:00Z`, { now: ctx.now, timeZone: 'UTC' }, lang)
    : formatDue(iso, { now: ctx.now, timeZone: ctx.timeZone }, lang);

const WEEKDAY_NAMES: Record<string, string> = {
  Mon: 'Monday',
  Tue: 'Tuesday',
  Wed: 'Wednesday',
  Thu: 'Thursday',
  Fri: 'Friday',
  Sat: 'Saturday',
  Sun: 'Sunday',
};

/**
 * The calendar day of `iso`, worded to replace the date phrase `replaced` in running text: its
 * deadline word kept ("by Friday" → "by Monday, 14 Dec", "3月15日前" → "12月14日前"), "on" added
 * where it had none ("tomorrow" → "on Monday, 14 Dec") unless `before` already ends with one.
 */
export function dayPhraseLike(
  iso: string,
  replaced: string,
  before: string,
  lang: Lang,
  ctx: ResolvedContext,
): string {
  const shown = readableDue(dayIn(iso, ctx.timeZone), lang, ctx);
  if (lang === 'zh')
    return `${shown.split(' ')[0]}${/(之前|以前|以内|前|内)$/.exec(replaced)?.[1] ?? ''}`;
  const [wd = '', ...rest] = shown.split(' ');
  const day = `${WEEKDAY_NAMES[wd] ?? wd}, ${rest.join(' ')}`;
  const lead = /^(by|before|on|until|no later than)\b/i.exec(replaced)?.[1];
  if (lead) return `${lead} ${day}`;
  return /\b(on|by|before|until)\s*$/i.test(before) ? day : `on ${day}`;
}
