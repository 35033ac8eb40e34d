import { addDays, diffDays } from './calendar';
import { durationFound, enUnit } from './duration';
import { EN_COUNT, enNumber } from './numerals';
import { dayOfMonth, periodEnd, periodPart, quarterEnd, type Period } from './periods';
import { EN_HOLIDAY_RECOGNISERS } from './holiday-words';
import { END_OF_DAY, PAST_WINDOW_DAYS } from './resolve';
import { explicit, type Recogniser } from './scan';
import { EN_RECURRENCE_RECOGNISERS } from './recurrence';
import { EN_WEEK_RECOGNISERS } from './week-numbers';

/** English phrases chrono does not know (EOD, end of Q2, within 2 business days, on the 15th). */

const PERIOD_FRAME =
  /\b(?:by|in|until|till|before|around|roughly|approximately|during|for|at|from)\s+(?:the\s+)?$/i;
const DEADLINE_BEFORE = /\b(?:by|before|until|till|for|no later than|prior to)\s+$/i;
/** "the 15th floor", "the 15th of March" (chrono's), "the 2nd-largest": not a day of this month. */
const ORDINAL_NOUN_AFTER = /^(?:-|\s+(?:of\b|(?!(?:at|by|and|or|if|so|when|to|in|on)\b)[a-z]))/i;
const ABBREVIATED_PERIODS: Record<string, Period> = {
  EOW: 'week',
  EOM: 'month',
  EOQ: 'quarter',
  EOY: 'year',
};
const QUARTER_ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: 4,
};

/** Our English recognisers, run by scan(); chrono-run.ts covers the rest. */
export const EN_RECOGNISERS: readonly Recogniser[] = [
  {
    // Close of the working day: a time of day on today's date until joined to a date ("tomorrow EOD").
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+|working\s+|work\s+)?day|close\s+of\s+(?:business|play)|end\s+of\s+business|EOD|eod|COB|EOB)\b/g,
    handle: (_m, clock) => explicit({ date: clock.today, dayPart: true }),
  },
  {
    // "by the end of today", and the common misspellings of tomorrow chrono does not know.
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:(today)|tomorrow)|tomm?orr?ow|tmrw|tmr)\b/gi,
    handle: (m, clock) => {
      if (/^(?:tomorrow)$/i.test(m[0])) return null;
      return explicit({ date: m[1] ? clock.today : addDays(clock.today, 1) });
    },
  },
  {
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|(next)\s+)?|(?:later\s+)?(this|next|last|the)\s+)(week|weekend|month|quarter|year)\b/gi,
    handle: (m, clock) => {
      const word = m[2]?.toLowerCase();
      const period = m[3]!.toLowerCase() as Period;
      // "the week" alone is too loose ("the week was busy"); it counts only after "end of".
      if (word === 'the' && period !== 'weekend') return null;
      const date = periodEnd(clock, period, m[1] || word === 'next' ? 1 : word === 'last' ? -1 : 0);
      return explicit(period === 'weekend' ? { date, time: END_OF_DAY } : { date });
    },
  },
  {
    // "by year-end", "next month end": a period's end said the short way; "Year-end review" is a noun.
    re: /\b(?:(this|next)\s+)?(week|month|quarter|year)[-\s]end\b/gi,
    handle: (m, clock, text) => {
      if (!m[1] && !PERIOD_FRAME.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      const period = m[2]!.toLowerCase() as Period;
      return explicit({ date: periodEnd(clock, period, m[1]?.toLowerCase() === 'next' ? 1 : 0) });
    },
  },
  {
    re: /\b(EOW|EOM|EOQ|EOY)\b/g,
    handle: (m, clock) => explicit({ date: periodEnd(clock, ABBREVIATED_PERIODS[m[1]!]!, 0) }),
  },
  {
    // "early next week", "by mid-year": without this/next, a preposition must frame it ("Mid-Year Process").
    re: /\b(early|mid|late)[\s-]+(?:(this|next)\s+)?(week|month|quarter|year)\b/gi,
    handle: (m, clock, text) => {
      if (!m[2] && !PERIOD_FRAME.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      const period = m[3]!.toLowerCase() as Exclude<Period, 'weekend'>;
      const part = m[1]!.toLowerCase() as 'early' | 'mid' | 'late';
      const date = periodPart(clock, period, m[2]?.toLowerCase() === 'next' ? 1 : 0, part);
      // Unqualified and long past ("by mid-year" in November): the next one, as with dates (resolve.ts).
      if (!m[2] && diffDays(date, clock.today) < -PAST_WINDOW_DAYS)
        return explicit({ date: periodPart(clock, period, 1, part) });
      return explicit({ date });
    },
  },
  {
    // Quarters need a period word around them, so "Q2 results" and "Q&A" stay out.
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?|(?:in|during)\s+(?:the\s+)?)?(?:Q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th|last)\s+quarter)(?:\s+(?:of\s+)?(20\d\d)|['’](\d\d))?\b/gi,
    handle: (m, clock, text) => {
      const framed = /^(?:the\s+)?(?:end|in|during)\b/i.test(m[0]) || m[3] || m[4];
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      if (!framed && !DEADLINE_BEFORE.test(before)) return null;
      const q = m[1] ? Number(m[1]) : QUARTER_ORDINALS[m[2]!.toLowerCase()]!;
      const year = m[3] ? Number(m[3]) : m[4] ? 2000 + Number(m[4]) : undefined;
      return explicit({ date: quarterEnd(clock, q, year) });
    },
  },
  {
    re: new RegExp(
      `\\b(?:(within|in|over|after)(\\s+the\\s+next|\\s+another)?\\s+)?(${EN_COUNT})\\s+(?:(business|working)\\s+)?(minutes?|mins?|hours?|hrs?|days?|weeks?|months?)(?:\\s+or\\s+(two|three|so))?\\b(\\s+from\\s+(?:now|today))?`,
      'gi',
    ),
    handle: (m, clock) => {
      // A bare count is a length ("it took 2 hours"); it needs a preposition or "from now".
      if (!m[1] && !m[7]) return null;
      const unit = enUnit(m[5]!, Boolean(m[4]));
      const word = m[1]?.toLowerCase();
      const deadline = word === 'within' || (Boolean(m[2]) && word !== 'after');
      // "in a day or two": the later bound is the promise.
      const n = m[6] && m[6].toLowerCase() !== 'so' ? enNumber(m[6]) : enNumber(m[3]!);
      return unit ? durationFound(clock, n, unit, deadline) : null;
    },
  },
  {
    // "on the 15th": a day of this or next month.
    re: /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b/gi,
    handle: (m, clock, text) => {
      const end = m.index + m[0].length;
      if (ORDINAL_NOUN_AFTER.test(text.slice(end, end + 16))) return null;
      const date = dayOfMonth(clock, Number(m[1]));
      return date ? explicit({ date }) : null;
    },
  },
  {
    // "before lunch" (12:00), "after lunch" (14:00): a time of day that "tomorrow" beside it may claim.
    re: /\b(by|before|after)\s+lunch(?:time)?\b/gi,
    cue: /lunch/i,
    handle: (m) =>
      /^after$/i.test(m[1]!)
        ? explicit({ time: { h: 14, min: 0 }, dayPart: true })
        : explicit({ time: { h: 12, min: 0 }, dayPart: true, deadline: true }),
  },
  {
    // "within the hour", "in the next hour": an hour from now, like "within an hour".
    re: /\b(?:within\s+the\s+(?:next\s+|coming\s+)?|in\s+the\s+(?:next|coming)\s+)hour\b/gi,
    cue: /hour/i,
    handle: (m, clock) => durationFound(clock, 1, 'hour', /^within/i.test(m[0])),
  },
  ...EN_HOLIDAY_RECOGNISERS,
  ...EN_WEEK_RECOGNISERS,
  ...EN_RECURRENCE_RECOGNISERS,
];
