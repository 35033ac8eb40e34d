import type { Candidate } from './types';

/**
 * Vague times: a promise with one of these has a time but no date the client can hold anyone to.
 * Phrases that name a bounded window ("later today", "no later than Friday") are excluded here and
 * left to the explicit recognisers.
 */
const EN_VAGUE = new RegExp(
  [
    'as\\s+soon\\s+as\\s+(?:possible|practicable|feasible|(?:I|we)\\s+(?:can|could|am\\s+able|are\\s+able))',
    'as\\s+soon\\s+as',
    // A time bound to an event the client cannot see: "once I hear from him", "when we receive it".
    '(?:once|when)\\s+(?:I|we)\\s+(?:hear|get|receive|know|find\\s+out|learn|have\\s+(?:heard|received))',
    // "as I learn them", but not "as we know".
    'as\\s+(?:I|we)\\s+(?:hear|get|receive|learn)',
    'upon\\s+receipt',
    'from\\s+time\\s+to\\s+time',
    'asap',
    'sooner\\s+rather\\s+than\\s+later',
    'soon',
    'shortly',
    '(?<!\\bno\\s|\\bnot\\s|\\bany\\s)later(?!\\s+(?:today|tonight|this|that|than|on\\b|in\\s+the\\s+(?:day|week|month)))',
    'in\\s+due\\s+course',
    'at\\s+some\\s+(?:point|stage)',
    'in\\s+the\\s+(?:near\\s+|not\\s+too\\s+distant\\s+)?future',
    'right\\s+away',
    'straight\\s+away',
    'immediately',
    'promptly',
    'quickly',
    'at\\s+(?:your|the)\\s+earliest\\s+(?:convenience|opportunity)',
    '(?:in|within|over)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+)?(?:a\\s+)?(?:few|several|couple\\s+of)\\s+(?:days|weeks|hours|minutes)',
    'in\\s+a\\s+(?:bit|while|little\\s+while|moment)',
    '(?:in|within|over)\\s+the\\s+(?:next|coming)\\s+(?:days|weeks|months)',
    'in\\s+no\\s+time',
    // "the moment they land", "the minute we hear": as soon as an event the client cannot see.
    'the\\s+(?:moment|minute|second)\\s+(?:I|we|they|it|you)',
    'one\\s+of\\s+these\\s+days',
    'before\\s+long',
    'down\\s+the\\s+(?:road|line)',
  ]
    .map((p) => `\\b${p}\\b`)
    .join('|'),
  'gi',
);

/**
 * "Fridayish", "next weekish": chrono reads no date in them ("Friday-ish" is approximate.ts's). Run
 * only when the text has "ish", since this alternation at every word costs more than the check.
 */
const EN_ISH =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|noon|week|month|\d{1,2}(?:[ap]m)?)ish\b/gi;

/**
 * Vague times that outweigh a date beside them: "I'll look at it Friday, or whenever I can" promises
 * nothing for Friday. Alone they are plain vague times.
 */
const EN_HEDGE =
  /\b(?:when(?:ever)?\s+(?:I|we)\s+(?:can|get\s+(?:a\s+|the\s+)?(?:chance|time|a\s+moment)|have\s+(?:a\s+|the\s+)?(?:chance|time|a\s+moment|a\s+minute))|when(?:ever)?\s+(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+free|as\s+time\s+(?:permits|allows)|time\s+permitting|if\s+time\s+(?:permits|allows))\b/gi;
const ZH_HEDGE = /(?:等我|等)?(?:有空|有时间|得空)(?:的时候|的话|时|再)/g;

/** 稍候 is mostly "please wait" (a request), but in a promise it reads as 稍后; both are vague. */
const ZH_VAGUE =
  /尽快|尽早|尽速|稍后|稍候|晚些时候|晚点|近期|近日|过几天|过两天|改天|马上|立即|立刻|立马|即刻|第一时间|随后|后续|日后|后期|回头(?![客率看])|及时|一会儿?|待会儿?|等会儿?|不久|早日/g;

/** All vague time phrases in the text, in both languages. */
export function findVague(text: string, hasLatin: boolean, hasCjk: boolean): Candidate[] {
  const out: Candidate[] = [];
  const run = (re: RegExp, lang: 'en' | 'zh', hedge: boolean): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      out.push({
        start,
        end: start + m[0].length,
        lang,
        kind: 'vague',
        deadline: false,
        own: true,
        ...(hedge ? { hedge } : {}),
      });
    }
  };
  if (hasLatin) {
    run(EN_VAGUE, 'en', false);
    if (/ish/i.test(text)) run(EN_ISH, 'en', false);
    run(EN_HEDGE, 'en', true);
  }
  if (hasCjk) {
    run(ZH_VAGUE, 'zh', false);
    run(ZH_HEDGE, 'zh', true);
  }
  return out;
}
