import { addDays, diffDays, isValidDate, monthOf } from './calendar';
import { durationFound, zhUnit } from './duration';
import { ZH_HOLIDAY_RECOGNISERS } from './holiday-words';
import { ZH_COUNT, zhNumber } from './numerals';
import { dayOfMonth, periodEnd, periodPart, quarterEnd } from './periods';
import { END_OF_DAY } from './resolve';
import { explicit, type Recogniser } from './scan';
import { ZH_RECURRENCE_RECOGNISERS } from './recurrence';
import { ZH_WEEK_RECOGNISERS } from './week-numbers';

/** Chinese phrases chrono's zh.hans lacks: 月底, 本周内, 第二季度末, 两个工作日内, 下班前, 十五号. */

/** 下/下个 → 1, 下下 → 2, otherwise 0 (本/这/当/none). */
const ahead = (prefix: string | undefined): number =>
  !prefix ? 0 : prefix.startsWith('下下') ? 2 : /^[下次]/.test(prefix) ? 1 : 0;
const MONTH_PREFIX = '(本|这个?|当|下下个?|下个?|次)';
const MONTH_PARTS: Record<string, 'early' | 'mid' | 'late'> = {
  初: 'early',
  上旬: 'early',
  中: 'mid',
  中旬: 'mid',
  下旬: 'late',
};

const QUARTER_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  1: 1,
  2: 2,
  3: 3,
  4: 4,
};

/** Our Chinese recognisers, run by scan(); chrono-run.ts covers the rest. */
export const ZH_RECOGNISERS: readonly Recogniser[] = [
  {
    re: /(本|这个?|当|下下个?|下个?)?月(底|末)|(今|本|明)?年(底|末)/g,
    handle: (m, clock) =>
      explicit({
        date: m[4]
          ? periodEnd(clock, 'year', m[3] === '明' ? 1 : 0)
          : periodEnd(clock, 'month', ahead(m[1])),
      }),
  },
  {
    // 下个月10号, 次月5日: a day of a month named relative to now.
    re: new RegExp(`${MONTH_PREFIX}月\\s*(${ZH_COUNT})\\s*[号日]`, 'g'),
    handle: (m, clock) => {
      const { y, m: month } = monthOf(clock.today.y, clock.today.m + ahead(m[1]));
      const date = { y, m: month, d: zhNumber(m[2]!) };
      return isValidDate(date) ? explicit({ date }) : null;
    },
  },
  {
    // 月初, 下月中旬, 本月下旬: early → the 10th, middle → the 20th, late → the month's end.
    re: new RegExp(`${MONTH_PREFIX}月(初|上旬|中旬|中|下旬)|月(初|上旬|中旬|下旬)`, 'g'),
    handle: (m, clock) => {
      const part = MONTH_PARTS[m[2] ?? m[3]!]!;
      const date = periodPart(clock, 'month', ahead(m[1]), part);
      // A bare 月初 already behind us means next month's.
      if (!m[1] && diffDays(date, clock.today) < 0)
        return explicit({ date: periodPart(clock, 'month', 1, part) });
      return explicit({ date });
    },
  },
  {
    // A week or month named without a day: 本周内, 下周, 下个月. "下周五" is left to chrono.
    re: /(本|这个?|下下个?|下个?)(周|星期|礼拜)(?![一二三四五六日天末1-7])|(本|这个|下下个?|下个?)月(?![底末初中份号日0-9０-９一二三四五六七八九十])/g,
    handle: (m, clock) =>
      explicit({
        date: m[2] ? periodEnd(clock, 'week', ahead(m[1])) : periodEnd(clock, 'month', ahead(m[3])),
      }),
  },
  {
    // 周末好 is a greeting. A weekend ends at night, as "next weekend" does in en.ts.
    re: /(本|这个?|下个?)?周末(?!好)/g,
    handle: (m, clock) =>
      explicit({ date: periodEnd(clock, 'weekend', ahead(m[1])), time: END_OF_DAY }),
  },
  {
    re: /(本|这个?|下个?)季度(末|底)?|第?([一二三四1-4])季度(末|底)?|Q([1-4])(末|底)/g,
    handle: (m, clock) => {
      if (m[0].startsWith('季度')) return null;
      if (m[1] !== undefined) return explicit({ date: periodEnd(clock, 'quarter', ahead(m[1])) });
      return explicit({ date: quarterEnd(clock, QUARTER_DIGITS[m[3] ?? m[5]!]!) });
    },
  },
  {
    // A window needs its 内/后 suffix: "三天前" means three days ago, and a bare "三天" is a length.
    re: new RegExp(
      `(${ZH_COUNT}|半)\\s*个?\\s*(工作日|自然日|天|日|小时|钟头|分钟|周|星期|礼拜|月)(之内|以内|内|之后|以后|后)`,
      'g',
    ),
    handle: (m, clock) => {
      const unit = zhUnit(m[2]!);
      const n = m[1] === '半' ? 0.5 : zhNumber(m[1]!);
      return unit ? durationFound(clock, n, unit, m[3]!.endsWith('内')) : null;
    },
  },
  {
    // 当天 / 当日: the same day; 次日 / 隔天 / 第二天 / 今明两天: by tomorrow.
    re: /当天|当日|次日|隔天|第二天|今明两天/g,
    handle: (m, clock) =>
      explicit({ date: /^当/.test(m[0]) ? clock.today : addDays(clock.today, 1) }),
  },
  {
    // 午饭前 (12:00), 午饭后 / 午休后 (14:00): like "before / after lunch" in en.ts.
    re: /(?:午饭|午餐|午休)(前|后)/g,
    handle: (m) =>
      m[1] === '后'
        ? explicit({ time: { h: 14, min: 0 }, dayPart: true })
        : explicit({ time: { h: 12, min: 0 }, dayPart: true, deadline: true }),
  },
  {
    // 下班前: the close of the working day (like EOD), a time that a date before it (明天下班前) can claim.
    re: /下班/g,
    handle: (_m, clock) => explicit({ date: clock.today, dayPart: true }),
  },
  {
    // 15号 / 十五日 without a month; "3月15日" is chrono's, and 1号楼 / 2号线 are places.
    re: new RegExp(`(${ZH_COUNT})(号|日)(?![楼线院房室机位码])`, 'g'),
    handle: (m, clock, text) => {
      if (/[月年\d０-９零〇一二两三四五六七八九十百]$/.test(text.slice(0, m.index))) return null;
      const date = dayOfMonth(clock, zhNumber(m[1]!));
      return date ? explicit({ date }) : null;
    },
  },
  ...ZH_HOLIDAY_RECOGNISERS,
  ...ZH_WEEK_RECOGNISERS,
  ...ZH_RECURRENCE_RECOGNISERS,
];
