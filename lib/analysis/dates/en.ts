import { durationFound, enUnit } from './duration';
import { EN_COUNT, enNumber } from './numerals';
import { dayOfMonth, partOfWeek, periodEnd, quarterEnd, type Period } from './periods';
import { END_OF_DAY } from './resolve';
import { explicit, type Recogniser } from './scan';

/** English phrases chrono does not know (EOD, end of Q2, within 2 business days, on the 15th). */

const DEADLINE_BEFORE = /\b(?:by|before|until|till|for|no later than|prior to)\s+$/i;
/** "the 15th floor", "the 15th of March" (chrono's), "the 2nd-largest": not a day of this month. */
const ORDINAL_NOUN_AFTER = /^(?:-|\s+(?:of\b|(?!(?:at|by|and|or|if|so|when|to|in|on)\b)[a-z]))/i;
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

export const EN_RECOGNISERS: readonly Recogniser[] = [
  {
    // Close of the working day: a time of day on today's date until joined to a date ("tomorrow EOD").
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+|working\s+|work\s+)?day|close\s+of\s+(?:business|play)|end\s+of\s+business|EOD|eod|COB|EOB)\b/g,
    handle: (_m, clock) => explicit({ date: clock.today, dayPart: true }),
  },
  {
    re: /\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|(next)\s+)?|(early|mid|later|late)[\s-]+(?:this\s+|(next)\s+)?|(this|next|the)\s+)(week|weekend|month|quarter|year)\b/gi,
    handle: (m, clock) => {
      const ahead = m[1] || m[3] || m[4]?.toLowerCase() === 'next' ? 1 : 0;
      const period = m[5]!.toLowerCase() as Period;
      const part = m[2]?.toLowerCase();
      // "the week" alone is too loose ("the week was busy"); it counts only after "end of".
      if (m[4]?.toLowerCase() === 'the' && period !== 'weekend') return null;
      if (period === 'week' && (part === 'early' || part === 'mid'))
        return explicit({ date: partOfWeek(clock, ahead, part) });
      if (period === 'weekend')
        return explicit({ date: periodEnd(clock, period, ahead), time: END_OF_DAY });
      return explicit({ date: periodEnd(clock, period, ahead) });
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
      `\\b(within|in|over|after)(\\s+the\\s+next|\\s+another)?\\s+(${EN_COUNT})\\s+(?:(business|working)\\s+)?(minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\b`,
      'gi',
    ),
    handle: (m, clock) => {
      const unit = enUnit(m[5]!, Boolean(m[4]));
      const word = m[1]!.toLowerCase();
      const deadline = word === 'within' || (word === 'in' && Boolean(m[2]));
      return unit ? durationFound(clock, enNumber(m[3]!), unit, deadline) : null;
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
];
