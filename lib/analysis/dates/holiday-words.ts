import { holidayFound, type Holiday, type Relation } from './holidays';
import type { Recogniser } from './scan';

/**
 * Holiday names in English and Chinese, with the word that ties a promise to them ("before Christmas",
 * 国庆后). A bare name is not a date: "Merry Christmas", 中秋快乐 and "Christmas cards" name no deadline.
 */

const EN_NAMES: readonly [RegExp, Holiday][] = [
  [/^(?:chinese|lunar)\s+new\s+year['’]?s\s+eve$/i, 'lunar-eve'],
  [/^christmas\s+eve$/i, 'christmas-eve'],
  [/^(?:christmas|xmas)/i, 'christmas'],
  [/^thanksgiving/i, 'thanksgiving'],
  [/^new\s+year['’]?s\s+eve$/i, 'new-years-eve'],
  [/^(?:chinese|lunar)\s+new\s+year|^spring\s+festival/i, 'spring'],
  [/^mid-?autumn/i, 'midautumn'],
  [/^dragon\s+boat/i, 'duanwu'],
  [/^new\s+year/i, 'new-year'],
];

const EN_RELATIONS: readonly [RegExp, Relation][] = [
  [/on\s+or\s+before/i, 'by'],
  [/after|following/i, 'after'],
  [/before|ahead|prior/i, 'before'],
  [/by|until|till|later|time\s+for|for/i, 'by'],
  [/around|in/i, 'around'],
];

/** "until after" and "right after" are after; "in the new year" is vague; on/at/over/during are the day. */
const EN_HOLIDAY =
  /\b(until\s+after|(?:right\s+|just\s+|shortly\s+)?(?:after|before)|following|ahead\s+of|prior\s+to|by|until|till|no\s+later\s+than|in\s+time\s+for|on\s+or\s+before|on|at|over|during|around|for|in)\s+(?:the\s+)?(christmas\s+eve|(?:christmas|xmas)(?:\s+day)?|thanksgiving(?:\s+day)?|new\s+year['’]?s\s+eve|new\s+year['’]?s(?:\s+day)?|(?:chinese|lunar)\s+new\s+year(?:['’]?s\s+eve)?|new\s+year|spring\s+festival|mid-?autumn(?:\s+festival)?|dragon\s+boat\s+festival)(?:\s+(?:break|holidays?|vacation|weekend|period|shutdown|closure))?(?!\s+(?:party|parties|cards?|gifts?|presents?|trees?|bonus(?:es)?|sales?|shopping|lunch|dinner|market|menu|campaign|promotion|edition)\b)/gi;

const ZH_NAMES: readonly [RegExp, Holiday][] = [
  [/^(?:平安夜)/, 'christmas-eve'],
  [/^圣诞/, 'christmas'],
  [/^感恩节/, 'thanksgiving'],
  [/^(?:春节|过年|农历新年)/, 'spring'],
  [/^(?:除夕|大年三十)/, 'lunar-eve'],
  [/^元旦/, 'new-year'],
  [/^清明/, 'qingming'],
  [/^(?:五一|劳动节)/, 'labour-day'],
  [/^端午/, 'duanwu'],
  [/^中秋/, 'midautumn'],
  [/^国庆/, 'national-day'],
];

/** 前后 and 左右 are "around"; 前 but not 前往; 后 but not 后续 / 后期. */
const ZH_HOLIDAY =
  /(春节|过年|农历新年|除夕|大年三十|元旦|清明节?|五一|劳动节|端午节?|中秋节?|国庆节?|圣诞节?|平安夜|感恩节)(?:假期|长假|小长假|放假|黄金周)?(前后|左右|之前|以前|前(?![往来去])|之后|以后|过后|后(?![续期面])|期间|当天)/g;

const ZH_RELATIONS: Record<string, Relation> = {
  前后: 'around',
  左右: 'around',
  之前: 'before',
  以前: 'before',
  前: 'before',
  期间: 'on',
  当天: 'on',
};

const lookup = <T>(table: readonly [RegExp, T][], text: string): T | undefined =>
  table.find(([re]) => re.test(text))?.[1];

/** English holiday anchors; the preposition is part of the phrase, so merge.ts adds no second one. */
export const EN_HOLIDAY_RECOGNISERS: readonly Recogniser[] = [
  {
    re: EN_HOLIDAY,
    cue: /christmas|xmas|thanksgiving|new\s+year|festival|autumn/i,
    handle: (m, clock) => {
      const holiday = lookup(EN_NAMES, m[2]!);
      const relation = lookup(EN_RELATIONS, m[1]!) ?? 'on';
      if (!holiday) return null;
      // "in the new year" is some time next year; "in Christmas" is not English.
      if (relation === 'around' && /^in$/i.test(m[1]!) && holiday !== 'new-year') return null;
      return holidayFound(clock, holiday, relation);
    },
  },
];

/** Chinese holiday anchors, which need their 前 / 后 / 期间: 中秋快乐 is a greeting, not a date. */
export const ZH_HOLIDAY_RECOGNISERS: readonly Recogniser[] = [
  {
    re: ZH_HOLIDAY,
    cue: /春节|过年|新年|除夕|三十|元旦|清明|五一|劳动节|端午|中秋|国庆|圣诞|平安夜|感恩节/,
    handle: (m, clock) => {
      const holiday = lookup(ZH_NAMES, m[1]!);
      if (!holiday) return null;
      return holidayFound(clock, holiday, ZH_RELATIONS[m[2]!] ?? 'after');
    },
  },
];

const EN_BARE =
  /^(?:the\s+)?(?:christmas(?:\s+eve|\s+day)?|xmas|thanksgiving(?:\s+day)?|new\s+year['’]?s(?:\s+eve|\s+day)?|(?:chinese|lunar)\s+new\s+year|spring\s+festival|(?:chinese|lunar)\s+new\s+year['’]?s\s+eve|mid-?autumn(?:\s+festival)?|dragon\s+boat\s+festival)$/i;
const ZH_BARE =
  /^(?:春节|除夕|大年三十|元旦|清明节?|五一|劳动节|端午节?|中秋节?|国庆节?|圣诞节?|平安夜|感恩节)$/;

/**
 * A date field holding only a holiday's name ("Christmas", 国庆) means that day; in running text a bare
 * name is no date. Returns the input framed so the recognisers above read it ("on Christmas", 国庆当天),
 * or null when it is not a bare holiday name.
 */
export function framedHoliday(input: string): string | null {
  if (EN_BARE.test(input)) return `on ${input}`;
  if (ZH_BARE.test(input)) return `${input}当天`;
  return null;
}
