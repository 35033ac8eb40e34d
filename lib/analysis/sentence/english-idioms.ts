/** Email idioms the clause structure alone gets wrong. */
import type { Clause } from '../types';
import type { Subject } from './english-subject';
import type { Token } from './tokens';

/** "More to follow", "details to follow": the writer will send more. */
export const MORE_TO_FOLLOW =
  /\b(more|details|information|updates?|minutes|agenda)\b[^.;!?]{0,15}\bto follow\b/i;

/** A trailing "I guess" or "I suppose" turns a plan into a guess. */
export const SELF_GUESS = /\b(i guess|i suppose)\b/i;

/** Things that "will follow" from the writer ("the form will follow shortly"). */
const FOLLOWING_THINGS =
  /^(more|information|info|details?|forms?|cop(y|ies)|drafts?|it|this|that|updates?|documents?|invitations?|confirmations?|agenda|minutes|materials?|reports?|schedules?|lists?|originals?)$/;
const FOLLOWS =
  /^follows?\b\W*(shortly|soon|later|between|in|by|within|next|tomorrow|today|under|$)/i;

/** "The form will follow shortly": a thing the writer sends, so the writer's commitment. */
export function thingWillFollow(tokens: Token[], subject: Subject, action: string): boolean {
  const word = tokens.find((t) => t.start === subject.start)?.word ?? '';
  return FOLLOWING_THINGS.test(word) && FOLLOWS.test(action);
}

/** The clause for a "more to follow" match at [start, end). */
export function moreToFollow(sentence: string, start: number, end: number): Clause {
  const at = sentence.toLowerCase().indexOf('follow', start);
  return {
    start,
    end,
    text: sentence.slice(start, end),
    actor: 'writer',
    negated: false,
    hedged: false,
    conditional: false,
    question: false,
    pastOrPresentFact: false,
    deliverable: true,
    action: sentence.slice(at, end),
    actionStart: at,
    markerStart: at,
  };
}

/**
 * "If you hear anything let me know, otherwise I'll…": an "otherwise" between the recipient's condition
 * and the marker lifts the condition ("Otherwise let me know and we'll…" keeps it).
 */
export function overridden(sentence: string, condition: RegExp, markerStart: number): boolean {
  const cond = condition.exec(sentence);
  if (!cond) return false;
  const other = sentence.slice(0, markerStart).search(/\botherwise\b/i);
  return other > cond.index;
}
