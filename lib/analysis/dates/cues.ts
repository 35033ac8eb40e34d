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
  `\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b`,
  `\\b(?:on|by|next|this|until|before|last)\\s+(?:${WEEKDAY_ABBR})\\b`,
  `\\b(?:${MONTHS})[a-z]*\\.?\\s*\\d`,
  `\\d(?:st|nd|rd|th)?\\s*(?:of\\s+)?(?:${MONTHS})`,
  `\\b(?:in|by|before|until|till|during|end\\s+of|early|mid|late|through)\\s*-?\\s*(?:${MONTH_NAMES})\\b`,
  `\\d\\s*(?:am|pm|a\\.m|p\\.m|:\\d\\d|o'clock)`,
  `\\b(?:at|by|around)\\s+\\d`,
  `\\d{1,2}[/.-]\\d{1,2}`,
  `\\b(?:ago|from\\s+now)\\b`,
];
const OWN_EN_SOURCES = [
  `\\b(?:week|weekend|month|quarter|year)\\b`,
  `\\b(?:eod|cob|eob|end\\s+of|close\\s+of|q[1-4]|(?:first|second|third|fourth|last)\\s+quarter)`,
  `\\bthe\\s+\\d{1,2}(?:st|nd|rd|th)\\b`,
  `\\b(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty|couple|few|several)\\s+(?:business\\s+|working\\s+)?(?:min|hour|hr|day|week|month)`,
  `\\b(?:(?:once|when|as)\\s+(?:i|we)|upon\\s+receipt|from\\s+time|tomm?orr?ow|tmrw?|soon|asap|shortly|later|immediately|promptly|right\\s+away|straight\\s+away|due\\s+course|some\\s+(?:point|stage)|future|when\\s+(?:i|we)|earliest|a\\s+(?:bit|while|little\\s+while|moment)|these\\s+days|before\\s+long|down\\s+the\\s+(?:road|line))\\b`,
];

const CHRONO_EN = new RegExp(CHRONO_EN_SOURCES.join('|'), 'i');
const EN_CUES = new RegExp([...CHRONO_EN_SOURCES, ...OWN_EN_SOURCES].join('|'), 'i');
const CHRONO_ZH =
  /[今明后昨前][天日早晚]|今晚|[周期拜][一二三四五六日天]|[0-9０-９一二三四五六七八九十]\s*月|[0-9０-９一二三四五六七八九十]\s*[点時时]|[上中下]午|早上|晚上|凌晨|傍晚|[0-9一二两三四五六七八九十]\s*个?\s*(?:天|日|周|星期|月|年)前/;
const ZH_CUES =
  /[今明后昨前][天日早晚]|今晚|周|星期|礼拜|月|[号日天]|小时|钟头|分钟|[点时]|季度|工作日|尽|稍|近期|近日|马上|立即|立刻|立马|即刻|第一时间|随后|后续|日后|后期|下班|[上中下]午|早上|晚上|凌晨|傍晚|年[底末]|及时|一会|待会|等会|几天|两天|改天|不久|早日/;

/** True when the text may contain a date or time phrase, in English or Chinese. Cheap: one regex each. */
export function hasDateCue(text: string): boolean {
  return EN_CUES.test(text) || ZH_CUES.test(text);
}

const LATIN = /[A-Za-z]/;
const CJK = /[\u4e00-\u9fff]/;
const SLASH_DATE = /\d[/.-]\d/;

/** Which recognisers a piece needs: English for Latin letters or 3/15, Chinese for Han characters. */
export function scripts(text: string): { en: boolean; zh: boolean } {
  return { en: LATIN.test(text) || SLASH_DATE.test(text), zh: CJK.test(text) };
}

/** Whether chrono's English or Chinese parser could find anything that we use. */
export function chronoCues(text: string): { en: boolean; zh: boolean } {
  return { en: CHRONO_EN.test(text), zh: CHRONO_ZH.test(text) };
}
