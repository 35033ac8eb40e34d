import { addDays, weekday } from './calendar';
import { periodEnd, type Period } from './periods';
import { explicit, type Recogniser } from './scan';
import type { Clock, LocalDate } from './types';

/**
 * Recurring promises ("every Friday", "at the end of each month", "weekly", 每周五, 每月底): the ledger
 * tracks the next occurrence, so the phrase resolves to it — the coming Friday (today's when it is
 * Friday), the end of the current period. A bare "weekly" or 每周 has no day: it is due at the end of
 * the current week, as "this week" is (periods.ts).
 */

const EN_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ZH_DAYS = '日一二三四五六';

/** The next `wd` (0 = Sunday) from today, today included. */
function nextWeekday(clock: Clock, wd: number): LocalDate {
  return addDays(clock.today, (wd - weekday(clock.today) + 7) % 7);
}

const EN_RECURRING =
  /\b(?:(?:every|each)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on\s+(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)|(?:at\s+)?(?:the\s+)?end\s+of\s+(?:every|each)\s+(week|month|quarter)|(?:every|each)\s+(week|month|quarter)\s+end)\b/gi;

const ZH_RECURRING =
  /每(?:个)?(?:周|星期|礼拜)([一二三四五六日天])|每(?:个)?(?:月|季度)(?:底|末)|每周末/g;

const PERIOD_OF: Record<string, Period> = { week: 'week', month: 'month', quarter: 'quarter' };

export const EN_RECURRENCE_RECOGNISERS: readonly Recogniser[] = [
  {
    re: EN_RECURRING,
    cue: /\b(?:every|each|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b/i,
    handle: (m, clock) => {
      const day = (m[1] ?? m[2]?.replace(/s$/, ''))?.toLowerCase();
      if (day) return explicit({ date: nextWeekday(clock, EN_DAYS.indexOf(day)) });
      const period = PERIOD_OF[(m[3] ?? m[4])!.toLowerCase()]!;
      return explicit({ date: periodEnd(clock, period, 0) });
    },
  },
];

export const ZH_RECURRENCE_RECOGNISERS: readonly Recogniser[] = [
  {
    re: ZH_RECURRING,
    cue: /每/,
    handle: (m, clock) => {
      if (m[1])
        return explicit({ date: nextWeekday(clock, ZH_DAYS.indexOf(m[1] === '天' ? '日' : m[1])) });
      const period: Period = /季度/.test(m[0]) ? 'quarter' : /月/.test(m[0]) ? 'month' : 'weekend';
      return explicit({ date: periodEnd(clock, period, 0) });
    },
  },
];
