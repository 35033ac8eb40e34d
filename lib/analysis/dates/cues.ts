/**
 * The cheap first pass: does a sentence possibly hold a date or time phrase? A superset of what the
 * recognisers find (false positives only cost a parse), so callers skip the work for most sentences.
 * chrono is the expensive part, so it has narrower cues of its own: only what it is used for.
 */
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const MONTH_NAMES =
  'january|february|march|april|may|june|july|august|september|october|november|december';
const WEEKDAY_ABBR = 'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';

const CHRONO_EN_SOURCES = [
  `\\b(?:today|tonight|tomorrow|tmrw|yesterday|morning|afternoon|evening|noon|midnight)\\b`,
  `\\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\\b`,
  `\\b(?:on|by|next|this|until|before|last)\\s+(?:${WEEKDAY_ABBR})\\b`,
  `\\b(?:${MONTHS})[a-z]*\\.?\\s*\\d`,
  `\\d(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTHS})`,
  `\\b(?:in|by|before|until|till|during|end\\s+of|early|mid|late|through)\\s*-?\\s*(?:${MONTH_NAMES})\\b`,
  `\\d\\s*(?:am|pm|a\\.m|p\\.m|:\\d\\d|o'clock)`,
  `\\b(?:at|by|around)\\s+\\d`,
  // 3/15, 2026-12-04, 4.12.2026; not the "1-0" of a score or the "2.1" of a version.
  `\\d{1,2}/\\d{1,2}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}`,
  `\\b(?:ago|from\\s+now)\\b`,
];
const OWN_EN_SOURCES = [
  `\\b(?:week|weekend|month|quarter|year)`,
  `\\b(?:eod|cob|eob|eow|eom|eoq|eoy|end\\s+of|close\\s+of|q[1-4]|(?:first|second|third|fourth|last)\\s+quarter)`,
  `\\bthe\\s+\\d{1,2}(?:st|nd|rd|th)\\b`,
  `\\b(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty|couple|few|several)\\s+(?:business\\s+|working\\s+)?(?:min|hour|hr|day|week|month)`,
  `\\b(?:christmas|xmas|thanksgiving|new\\s+year|spring\\s+festival|mid-?autumn|dragon\\s+boat)`,
  `\\b(?:wk\\.?|cw|kw)\\s*\\d|\\bthe\\s+(?:next\\s+|coming\\s+)?hour\\b|\\b(?:by|before|after)\\s+lunch`,
  `\\b(?:whenever|quickly|time\\s+permit|as\\s+time|if\\s+time|roughly|approximately|coming\\s+(?:days|weeks|months)|no\\s+time|the\\s+(?:moment|minute|second)\\s+(?:i|we|they|it|you))\\b|(?:day|tomorrow|tonight|noon|week|month|\\d|[ap]m)-?ish\\b`,
  `\\b(?:(?:once|when|as)\\s+(?:i|we)|upon\\s+receipt|from\\s+time|tomm?orr?ow|tmrw?|soon|asap|shortly|later|immediately|promptly|right\\s+away|straight\\s+away|due\\s+course|some\\s+(?:point|stage)|future|when\\s+(?:i|we)|earliest|a\\s+(?:bit|while|little\\s+while|moment)|these\\s+days|before\\s+long|down\\s+the\\s+(?:road|line))\\b`,
];

const CHRONO_EN = new RegExp(CHRONO_EN_SOURCES.join('|'), 'i');
const OWN_EN = new RegExp(OWN_EN_SOURCES.join('|'), 'i');
const CHRONO_ZH =
  /[今明后昨前][天日早晚]|今晚|[周期拜][一二三四五六日天]|[0-9０-９一二三四五六七八九十]\s*月|[0-9０-９一二三四五六七八九十]\s*[点時时]|[上中下]午|早上|晚上|凌晨|傍晚|[0-9一二两三四五六七八九十]\s*个?\s*(?:天|日|周|星期|月|年)前/;
const ZH_CUES =
  /[今明后昨前][天日早晚]|今晚|周|星期|礼拜|月|[号日天]|小时|钟头|分钟|[点时]|季度|工作日|尽|稍|近期|近日|马上|立即|立刻|立马|即刻|第一时间|随后|后续|日后|后期|回头|下班|当[天日]|次日|隔天|第二天|[上中下]午|早上|晚上|凌晨|傍晚|年[底末]|春节|过年|农历新年|除夕|大年三十|元旦|清明|五一|劳动节|端午|中秋|国庆|圣诞|平安夜|感恩节|午饭|午餐|午休|有空|有时间|得空|左右|前后|及时|一会|待会|等会|几天|两天|改天|不久|早日/;

/** True when the text may contain a date or time phrase, in English or Chinese. Cheap: a few regexes. */
export function hasDateCue(text: string): boolean {
  return CHRONO_EN.test(text) || OWN_EN.test(text) || ZH_CUES.test(text);
}

const LATIN = /[A-Za-z]/;
const CJK = /[\u4e00-\u9fff]/;
const SLASH_DATE = /\d\/\d|\d{4}-\d|\d\.\d{1,2}\.\d/;

/** What a piece needs: our English / Chinese recognisers, and chrono's English / Chinese parser. */
export interface Cues {
  en: boolean;
  zh: boolean;
  chronoEn: boolean;
  chronoZh: boolean;
}

/**
 * The cues of a piece, or null when it cannot hold a date. English runs for Latin letters or a
 * numeric date (3/15), Chinese for Han characters; each regex runs at most once.
 */
export function readCues(text: string): Cues | null {
  const chronoEn = CHRONO_EN.test(text);
  if (!chronoEn && !OWN_EN.test(text) && !ZH_CUES.test(text)) return null;
  const zh = CJK.test(text);
  const en = LATIN.test(text) || SLASH_DATE.test(text);
  return { en, zh, chronoEn: en && chronoEn, chronoZh: zh && CHRONO_ZH.test(text) };
}
