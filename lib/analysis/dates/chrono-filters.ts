/**
 * What chrono finds that is not a date in business text. Each pattern names the case it keeps out.
 * `before` and `after` are a few characters of context around the phrase.
 */

/** "2 hours" alone is a length ("it took 2 hours"); "now" is not a due. */
const BARE_DURATION =
  /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several)\s+(?:sec|second|min|minute|hour|hr|day|week|month|year)s?$|^(?:now|right now|现在|目前)$/i;
/** "Sun Microsystems", "Wed." in a table: a bare weekday abbreviation. */
const WEEKDAY_ABBREVIATION = /^(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)\.?$/i;
/** "Good morning", "the best night": a part of day is a time only when framed ("in the morning"). */
const BARE_PART_OF_DAY = /^(?:morning|afternoon|evening|night|noon|midnight)$/i;
const PART_OF_DAY_FRAME = /\b(?:in\s+the|by|before|until|till|at|around)\s+$/i;
/** "at 10% less", "at 10 $": a number, not a time. */
const NUMBER_AFTER = /^\s*(?:%|percent|\$|€|¥|元|[.,]\d)/i;
/** 下午好, 周末好, 晚上好 are greetings; 同一时间 and 一时 are not clock times. */
const ZH_GREETING_OR_WORD = /^[好间候]/;
/** "t=20 may be combined": the verb may, lower case, after a number. */
const LOWERCASE_MAY = /^\d{1,2}\s+may$/;
/** "1/2 day", "3/4 of": common fractions, unless framed as a date ("by 1/2"). */
const FRACTION = /^(?:1\/[2348]|3\/[48]|2\/3|1\/3)$/;
const DATE_FRAME = /\b(?:on|by|before|until|till|due|from|of)\s+$/i;

/** True when chrono's phrase is a known non-date in its context. */
export function isFalseDate(
  phrase: string,
  before: string,
  after: string,
  lang: 'en' | 'zh',
): boolean {
  if (BARE_DURATION.test(phrase) || WEEKDAY_ABBREVIATION.test(phrase)) return true;
  if (BARE_PART_OF_DAY.test(phrase) && !PART_OF_DAY_FRAME.test(before)) return true;
  if (/\d$/.test(phrase) && NUMBER_AFTER.test(after)) return true;
  if (lang === 'zh' && ZH_GREETING_OR_WORD.test(after)) return true;
  if (LOWERCASE_MAY.test(phrase)) return true;
  return FRACTION.test(phrase) && !DATE_FRAME.test(before);
}
