/** Email idioms the clause structure alone gets wrong. */
import type { Clause } from '../types';
import type { Subject } from './english-subject';
import type { Token } from './tokens';

/** "More to follow", "details to follow": the writer will send more. */
export const MORE_TO_FOLLOW =
  /\b(more|details|information|updates?|minutes|agenda)\b[^.;!?]{0,15}\bto follow\b/i;

/**
 * Email shorthand with the subject left out: "Sending the signed copy shortly.", "Getting the quote to
 * you by Friday." A delivery verb opening the sentence and a time ahead make the writer's commitment;
 * without a time ahead it reads as a caption ("Sending my best").
 */
export const GERUND_DELIVERY =
  /^\s*(sending|forwarding|sharing|circulating|e-?mailing|posting|shipping|dispatching|uploading|couriering|getting)\b(?=[^.!?]*\b(today|tonight|tomorrow|shortly|soon|later|asap|this (morning|afternoon|evening|week)|next (week|monday|tuesday|wednesday|thursday|friday)|by (monday|tuesday|wednesday|thursday|friday|the end|end|eod|cob|noon|tomorrow|\d)|before|within|on (monday|tuesday|wednesday|thursday|friday|the \d)|in a (bit|moment|minute|few))\b)/i;

/** A trailing "I guess" or "I suppose" turns a plan into a guess. */
export const SELF_GUESS =
  /\b(i guess|i suppose|(i'm|i am|we're|we are) not (sure|certain)( (that|if|whether))?|i doubt|(i|we) don't know (if|whether))\b/i;

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
  // Searched in the original text: a lower-cased copy can be longer ("İ") and shift offsets.
  return writerClause(sentence, start, end, start + sentence.slice(start).search(/follow/i));
}

/** The clause of a subjectless delivery ("Sending the signed copy shortly"): the whole sentence. */
export function gerundDelivery(sentence: string, match: RegExpExecArray): Clause {
  const at = match.index + match[0].length - match[1]!.length;
  const end = sentence.replace(/[\s.!]+$/, '').length;
  return writerClause(sentence, at, end, at);
}

/** A writer's deliverable clause over [start, end) whose action starts at `at`. */
function writerClause(sentence: string, start: number, end: number, at: number): Clause {
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

/**
 * Deliveries phrased with the thing as subject ("the replacement units will be dispatched from our
 * depot tomorrow", "your parts will ship today"): the writer's side delivers. A named subject (a
 * company, a person) stays a third party; this reads only common nouns.
 */
const THING_DELIVERY =
  /^(ship|go out|arrive|reach you|be (shipped|sent|dispatched|delivered|issued|configured|set up|activated|enabled|renewed|e-?mailed|mailed|couriered|posted|uploaded|released|credited|refunded|processed|reissued|installed|returned|forwarded|fixed|repaired|replaced|completed|finished|published|live|available to you|ready for you|ready to|with you|back with you|back to you|on (your|its way|site)|at (the|your)|in your)|be out (to|for) you|hit your (account|card|inbox)|land in your (account|inbox)|be (waiting|ready) for you)\b/i;

/** "You'll receive the certificates from us": the recipient receives what the writer's side sends. */
const RECEIVE =
  /^(receive|get|hear back|hear)\b|^have\s+(it|them|this|that|the|your|our|a|an|all|both)\b[^.;!?]{0,40}\b(by|before|within|no later than)\b/i;
const FROM_THIRD = /\bfrom\s+(?!us\b|our\b|me\b|my\b|[A-Z][a-z]+\s+[A-Z][a-z]+)/;

/** Whether a clause whose subject is a thing or the recipient is really the writer's delivery. */
export function deliveredToRecipient(
  sentence: string,
  tokens: Token[],
  subject: Subject,
  clause: Pick<Clause, 'action' | 'markerStart'>,
): boolean {
  // "You'll" is two tokens at one offset, so the subject's own offset is kept even at the marker's.
  const words = tokens.filter(
    (t) => t.start >= subject.start && (t.start < clause.markerStart || t.start === subject.start),
  );
  if (words.length === 0) return false;
  if (subject.actor === 'recipient')
    return RECEIVE.test(clause.action) && !FROM_THIRD.test(sentence.slice(clause.markerStart));
  // "DOE will ship…", "Dynegy will…": a capitalised phrase without a determiner names someone.
  const first = sentence.slice(words[0]!.start, words[0]!.end);
  const named =
    (/^[A-Z]/.test(first) && !/^(the|a|an|this|these|those|your|our|my)$/i.test(first)) ||
    words.some((t, n) => n > 0 && (t.tags.has('ProperNoun') || t.tags.has('Person')));
  return (
    !named &&
    (subject.actor === 'none' || subject.actor === 'third') &&
    THING_DELIVERY.test(clause.action)
  );
}

/** Company-like words: a named subject with one is another organisation, not a colleague. */
const ORGANISATION =
  /\b(inc|corp|corporation|llc|ltd|co|company|bank|group|partners|authority|department|agency|council|court|commission|university)\b/i;

/**
 * "Tammy Sheppherd will get you a copy", "John will be sending you the assignment": a person named by
 * the writer, acting toward the recipient, is the writer's colleague.
 */
export function namedColleague(
  sentence: string,
  tokens: Token[],
  subject: Subject,
  clause: Pick<Clause, 'action' | 'markerStart'>,
): boolean {
  if (subject.actor !== 'third') return false;
  const name = sentence.slice(subject.start, clause.markerStart).trim();
  const words = name.split(/\s+/);
  const person =
    words.length <= 3 &&
    words.every((w) => /^[A-Z][a-z]+$/.test(w)) &&
    !/^(he|she|they|it|this|that|there|someone|somebody|everyone)$/i.test(words[0]!);
  return (
    person &&
    !ORGANISATION.test(name) &&
    tokens.some((t) => t.start === subject.start) &&
    /^(be\s+)?\w+(ing)?\s+(you|your)\b|^\w+\s+[^.;!?]{0,30}\bto you\b/i.test(clause.action)
  );
}
