/**
 * Where a date fix goes in an English commitment. The extractor's span can stop inside a clause ("let
 * you" of "let you know", "once the" of "once the landlord's counsel responds"), and a date appended
 * there splits the words; so the fix rewrites up to the end of the clause, never past the next
 * commitment, and a commitment that waits on an event gets the date in the event's place.
 */
import type { Commitment } from '../types';

/**
 * What ends a clause after a commitment: punctuation, a dash or bracket, a comma before a new clause,
 * a conjunction that opens one ("but", "unless", "so that"), or "and"/"so" before a new subject.
 */
const CLAUSE_END =
  /[.;!?—–()（）]|,\s*(and|but|so|then|or|once|when|as|because|if|which|while|unless|until|though|although|since)\b|\s+(and|but|so|then|or)\s*,|\s+(but|unless|until|because|although|though|(only )?if|so that)\b|\s+(and|so)\s+(i|we|you|they|he|she|it)\b/i;

/**
 * The end of the clause `c` stands in, looked for from its verb at `actionStart` (the span itself may
 * run on: "confirm as below unless I hear from you"), never past the next commitment, without a
 * dangling "and" or trailing space.
 */
export function clauseEnd(
  sentence: string,
  c: Commitment,
  commitments: Commitment[],
  actionStart = c.start,
): number {
  const next = Math.min(
    sentence.length,
    ...commitments.filter((o) => o.start > c.start).map((o) => o.start),
  );
  const from = Math.min(Math.max(actionStart, c.start), next);
  const stop = CLAUSE_END.exec(sentence.slice(from, next));
  const head = sentence
    .slice(c.start, stop ? from + stop.index : next)
    .replace(/(\s+(and|or|but))?[\s,]*$/i, '');
  return c.start + head.length;
}

/** The words of an English commitment with the event it waits on left out ("once I hear back"). */
export const withoutEvent = (words: string): string =>
  words.replace(/\s+(once|when|whenever|as soon as|after|upon)\b.*$/i, '') || words;

/**
 * Chinese puts the time before what leads up to the verb: a recipient phrase (帮您, 给您, 跟您), 把/将
 * with its object marker, adverbs (再, 先, 也, 尽量). "我下周一前帮您再核一遍", not "我帮您再下周一前核一遍".
 */
const ZH_BEFORE_VERB =
  /(帮您|给您|为您|替您|帮你|给你|为你|与您|跟您|向您|和您|将|把|再|先|也|还|都|一起|亲自|尽量|尽)$/;

/** Where a date goes in a Chinese commitment whose verb starts at `actionStart`. */
export function zhDateSlot(sentence: string, start: number, actionStart: number): number {
  let at = actionStart;
  for (let m = ZH_BEFORE_VERB.exec(sentence.slice(start, at)); m && at > start;) {
    at -= m[0].length;
    m = ZH_BEFORE_VERB.exec(sentence.slice(start, at));
  }
  return at;
}
