import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { isFalseDate } from './chrono-filters';
import { partOfDay, weekdayDate } from './day-words';
import { monthEnd } from './periods';
import { pickYear } from './resolve';
import { localParts } from './zone';
import type { Candidate, Clock, LocalDate, WallTime } from './types';

/**
 * chrono-node for what it does well: weekdays, month-day dates (15 March, 3/15, 3月15日), relative days
 * (tomorrow, 后天) and clock times. We read only the calendar components it found and resolve them
 * ourselves, because its year and weekday guesses differ from our rules (forwardDate turns "last Friday"
 * into next Friday) and its zh parser ignores the reference time zone.
 *
 * chrono gets a reference Date whose *machine-local* wall clock equals `now` in ctx.timeZone, and no
 * timezone, so every component it reports is a wall-clock value in ctx.timeZone whatever the machine's
 * TZ. (A DST gap in the machine's own zone could shift that reference by an hour; harmless for dates.)
 */
const MONTH_FRAME =
  /\b(?:in|by|before|until|till|during|end\s+of|early|mid|late|through)\s*-?\s*$/i;
const PART_OF_DAY_OF = /^(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i;
const EN_MODIFIER = /\b(?:this\s+coming|next|this|coming|last|past)\s+$/i;
/** chrono zh gives 上午 / 下午 today's date; alone they are a time of day that 下周一 may claim. */
const ZH_BARE_PART_OF_DAY = /^(?:早上|上午|中午|下午|傍晚|晚上|凌晨)/;
const NIGHT_TWELVE = /[晚夜]|tonight|at night|midnight/i;
const ZH_MODIFIER = /(下下个?|下个?|本|这个?|上个?)$/;
/** A day-of-month in the phrase: "Friday, 4 Dec", "12月4日", "周五 4号"; 星期日 is a weekday. */
const NAMES_DAY =
  /\d\s*[号日月/.-]|[０-９]\s*[号日月]|[一二三四五六七八九十][号日]|\d(?:st|nd|rd|th)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** One chrono result as a candidate resolved by our rules, or null when it is not a date we use. */
function toCandidate(
  r: ParsedResult,
  clock: Clock,
  text: string,
  lang: 'en' | 'zh',
): Candidate | null {
  const s = r.start;
  // chrono keeps the brackets and commas around a weekday ("(Sunday)", "Monday,"), and the period of
  // "on 20 Nov." at a sentence end; those belong to the sentence, not the date.
  const lead = /^[\s,(（]*/.exec(r.text)![0].length;
  const trail =
    /(?:[\s,)）]|(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))\.)*$/i.exec(r.text)![0]
      .length;
  const phrase = r.text.slice(lead, r.text.length - trail);
  let start = r.index + lead;
  const end = start + phrase.length;
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 4);
  if (isFalseDate(phrase, before, after, lang)) return null;
  let date: LocalDate | undefined;
  let time: WallTime | undefined = partOfDay(phrase);
  if (s.isCertain('hour')) {
    let h = s.get('hour') ?? 0;
    // "at 3" in business writing means 3 pm, not 3 am.
    if (!s.isCertain('meridiem') && h >= 1 && h <= 6) h += 12;
    time = { h, min: s.get('minute') ?? 0 };
    // "今晚12点前", "midnight tonight": twelve at night is the day's end, not noon.
    if (h === 12 && time.min === 0 && NIGHT_TWELVE.test(text.slice(Math.max(0, start - 6), end)))
      time = { h: 23, min: 59 };
  }
  // chrono zh fills in day and month for 下周五 from a Sunday-first week; a weekday phrase without a
  // month or day number goes through weekdayDate, so both languages share one week rule (resolve.ts).
  const weekdayOnly = s.isCertain('weekday') && !NAMES_DAY.test(phrase);
  if (s.isCertain('day') && s.isCertain('month') && !weekdayOnly) {
    const m = s.get('month')!;
    const d = s.get('day')!;
    date = s.isCertain('year') ? { y: s.get('year')!, m, d } : (pickYear(clock, m, d) ?? undefined);
    if (!date) return null;
  } else if (s.isCertain('weekday')) {
    const modifier = (lang === 'en' ? EN_MODIFIER : ZH_MODIFIER).exec(before)?.[0] ?? '';
    start -= modifier.length;
    date = weekdayDate(clock, s.get('weekday')!, modifier + phrase);
  } else if (s.isCertain('month')) {
    // A month alone ("March Networks", "June will help") is a date only when framed: "in March".
    if (!MONTH_FRAME.test(before)) return null;
    date = monthEnd(clock, s.get('month')!, s.isCertain('year') ? s.get('year')! : undefined);
  } else if (time && !s.isCertain('hour')) {
    // "this afternoon", "tonight": chrono's implied day is right (today, or tomorrow after midnight).
    date = { y: s.get('year')!, m: s.get('month')!, d: s.get('day')! };
  }
  if (!date && !time) return null;
  // "by 5pm CET" names its own zone: the wall time is moved into the writer's.
  if (time && s.isCertain('timezoneOffset')) {
    const day = date ?? clock.today;
    const offset = s.get('timezoneOffset') ?? 0;
    const p = localParts(
      Date.UTC(day.y, day.m - 1, day.d, time.h, time.min) - offset * 60000,
      clock.zone,
    );
    time = { h: p.h, min: p.min };
    if (date) date = { y: p.y, m: p.m, d: p.d };
  }
  const dayPart =
    (!s.isCertain('day') && !s.isCertain('weekday') && !s.isCertain('month')) ||
    (lang === 'zh' && ZH_BARE_PART_OF_DAY.test(phrase));
  return { start, end, lang, kind: 'explicit', deadline: false, date, time, dayPart, own: false };
}

/**
 * chrono's parsers for durations and named periods ("within 3 days", "next month", "三天内") duplicate
 * our own recognisers (en.ts, zh.ts), which resolve them by our rules; dropping them halves chrono's
 * cost. Matched by class name: if a minifier renames the classes, nothing is dropped and results are
 * unchanged (our recognisers win ties), only slower.
 */
const DUPLICATED =
  /^EN(?:TimeUnitWithin|TimeUnitLater|TimeUnitCasualRelative|RelativeDate|EndOfCurrentMonth)|^ZHHansDeadline/;

function slim(parser: chrono.Chrono): chrono.Chrono {
  const copy = parser.clone();
  copy.parsers = copy.parsers.filter((p) => !DUPLICATED.test(p.constructor.name));
  return copy;
}

const EN = slim(chrono.en.casual);
const ZH = slim(chrono.zh.hans.casual);

/**
 * chrono merges "the evening of January 31" but loses the date (2.10.3): parse what follows "of"
 * on its own and keep the part of day as the time.
 */
function partOfDayOf(
  r: ParsedResult,
  parser: chrono.Chrono,
  reference: Date,
  clock: Clock,
  text: string,
): Candidate | null {
  const of = PART_OF_DAY_OF.exec(r.text);
  if (!of || r.start.isCertain('day')) return null;
  const tailStart = r.index + of[0].length;
  const [tail] = parser.parse(text.slice(tailStart, r.index + r.text.length), reference);
  const c = tail && toCandidate(tail, clock, text.slice(tailStart), 'en');
  if (!c || !c.date) return null;
  return { ...c, start: r.index, end: tailStart + c.end, time: partOfDay(of[0]) };
}

/** Runs chrono's English and/or Chinese parser on the text and converts what it finds. */
export function chronoCandidates(
  text: string,
  clock: Clock,
  en: boolean,
  zh: boolean,
): Candidate[] {
  const { today, time } = clock;
  const reference = new Date(today.y, today.m - 1, today.d, time.h, time.min);
  const out: Candidate[] = [];
  const run = (parser: chrono.Chrono, lang: 'en' | 'zh'): void => {
    for (const r of parser.parse(text, reference)) {
      const c = partOfDayOf(r, parser, reference, clock, text) ?? toCandidate(r, clock, text, lang);
      if (c) out.push(c);
    }
  };
  if (en) run(EN, 'en');
  if (zh) run(ZH, 'zh');
  return out;
}
