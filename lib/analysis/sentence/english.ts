/**
 * English clause structure: for each future marker (will, 'll, shall, going to, let me, promise,
 * expect to, "am sending"), who acts, whether it is negated, hedged, a guess, a question or waits on
 * the recipient, and what the action is. Works on compromise's tags or the cheap tokenizer's.
 */
import type { Clause } from '../types';
import {
  MORE_TO_FOLLOW,
  SELF_GUESS,
  moreToFollow,
  overridden,
  deliveredToRecipient,
  namedColleague,
  thingWillFollow,
} from './english-idioms';
import { embedded, subjectBefore, type Subject } from './english-subject';
import { buildClause } from './english-verb';
import { RECIPIENT_CONDITION } from './lexicon-en';
import type { Token } from './tokens';

const BE = new Set(['am', 'are', 'is', "'m", "'re"]);
/** Intent verbs that, with the writer as subject, undertake something ("we expect to file by…"). */
/** "Let me know", "let me apologize", "let me say": speech acts, not undertakings. */
const LET_ME_SAY =
  /^(know|me|us|apologi[sz]e|say|add|begin|start|thank|introduce|reiterate|remind|note|point|stress|emphasi[sz]e|congratulate|welcome|express|be clear|explain why)$/;

/**
 * A progressive that hands something over in this very message ("I am sending you, as promised, the
 * notes", "attached") or to someone else ("sending the schedule to the lawyer") undertakes nothing.
 */
const DELIVERED_NOW =
  /\b(as promised|attached|herewith|enclosed|below|with this (e-?mail|message|note))\b|\bto (the|a|his|her|their|our) \w+/i;

/** "We promise that we have not shared…": a representation about the past or present. */
const REPRESENTS =
  /^(that\s+)?(we|i|our \w+|they|it|this)\s+(have|has|had|did|didn't|haven't|hasn't|was|were|are not|is not|aren't|isn't)\b/i;

/**
 * "(which I'll e-mail)", "the template, which we will fax to you": a relative clause in which the
 * writer sends something is still the writer's undertaking.
 */
function relativeDelivery(
  sentence: string,
  tokens: Token[],
  subject: Subject,
  after: number,
): boolean {
  const j = tokens.findIndex((t) => t.start === subject.start);
  if (subject.actor !== 'writer' || !/^(which|that)$/.test(tokens[j - 1]?.word ?? '')) return false;
  return RELATIVE_SENDS.test(sentence.slice(tokens[after]?.start ?? sentence.length));
}
const RELATIVE_SENDS =
  /^(\w+\s+)?(send|e-?mail|fax|forward|mail|ship|deliver|circulate|distribute|provide)\b|^[^.;!?]{0,30}\bto you\b/i;

/** Performative promises: the clause they introduce is the writer's undertaking. */
const PROMISING = new Set(['promise', 'guarantee']);
/**
 * Absolutes that undertake no deliverable ("we'll do whatever it takes", "this will never happen
 * again"): overpromises, but nothing to put a date on or to log.
 */
const NO_DELIVERABLE =
  /^(do|try|give)\s+(whatever|anything|everything|all (we|i) can|our best|my best)\b|\bnever\s+(happen|occur|recur)|\b(happen|occur|recur)\s+again\b/i;
/** "Expect X from us" and "you can expect the quote" announce the writer's delivery. */
const EXPECTED_FROM_US =
  /\bfrom (us|our|me|my)\b|\bexpect (a|an|the|our|my|your)?\s*(\w+\s)?(quote|report|invoice|draft|proposal|call|e-?mail|update|reply|answer|response|confirmation|shipment|delivery|package|parcel|refund|credit|contract|samples?|results?)\b/i;
const INTENT = new Set(['expect', 'promise', 'commit', ...'plan intend aim hope want'.split(' ')]);
/** Intent verbs that hedge what they introduce: a plan is still a commitment, never an overpromise. */
const PLAN = new Set('expect plan intend aim hope want like'.split(' '));
/**
 * A plan ("we plan to", "I'd like to") undertakes something for the recipient only when its action
 * delivers or reaches them; "I plan to address the committee" is the writer's own agenda.
 */
const PLAN_DELIVERS =
  /\b(you|your|u)\b|^(send|deliver|hand over|hand off|turn over|issue|ship|provide|share|forward|e-?mail|mail|fax|submit|finish|complete|resolve|fix|respond|reply|confirm|circulate|release|refund|return)\b|^get\b.*\b(out|back|over|across|to)\b|^have\b.*\b(ready|done|finished|complete|completed|over|back|out|live|\w+ed)\b/i;

/** Courtesies phrased as plans ("I'd like to thank you"): nothing is delivered. */
const PLAN_COURTESY =
  /^(thank|apologi[sz]e|say|ask|know|see|meet|welcome|congratulate|introduce|remind|hear|discuss|chat|talk|express)\b/i;

/** Progressive intents ("we're aiming to", "I am hoping to") and "would like to". */
const PLAN_FORMS: Record<string, string> = {
  aiming: 'aim',
  planning: 'plan',
  hoping: 'hope',
  intending: 'intend',
  expecting: 'expect',
};
/** Present progressives that announce a delivery under way ("I am forwarding to you today"). */
const DELIVERING = new Set(
  'sending forwarding having emailing faxing mailing preparing drafting shipping couriering issuing processing refunding booking scheduling arranging dispatching delivering releasing posting uploading'.split(
    ' ',
  ),
);

/** Index of the token after a future marker starting at i, or -1 when i is not a marker. */
function markerEnd(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const prev = tokens[i - 1]?.word ?? '';
  if ((t.word === 'will' || t.word === 'shall') && !t.tags.has('Noun')) return i + 1;
  if (t.word === 'gonna') return i + 1;
  if (t.word === 'going' && next?.word === 'to' && BE.has(prev))
    return tokens[i + 2]?.tags.has('Verb') ? i + 2 : -1;
  if (DELIVERING.has(t.word) && BE.has(prev)) return i;
  if (PROMISING.has(t.word) && !t.tags.has('Noun') && next && next.word !== 'to') return i + 1;
  // "Expect the survey from our surveyor by noon", "You can expect the quote tomorrow".
  if (
    t.word === 'expect' &&
    next?.word !== 'to' &&
    (i === 0 || (prev === 'can' && tokens[i - 2]?.word === 'you'))
  )
    return i + 1;
  if (t.word === 'let' && (next?.word === 'me' || next?.word === 'us')) return i + 2;
  if (INTENT.has(t.word) && next?.word === 'to' && !t.tags.has('PastTense')) return i + 2;
  if (PLAN_FORMS[t.word] && next?.word === 'to' && BE.has(prev)) return i + 2;
  if (t.word === 'like' && prev === 'would' && next?.word === 'to') return i + 2;
  // "We're on track to hand over the keys by the 14th": an arranged plan.
  if (t.word === 'on' && next?.word === 'track' && tokens[i + 2]?.word === 'to' && BE.has(prev))
    return i + 3;
  // "We should be able to get it to you by Thursday", "I should have it updated by tomorrow".
  if (t.word === 'should' && next?.word === 'be' && tokens[i + 2]?.word === 'able') return i + 1;
  if (t.word === 'should' && next?.word === 'have' && !tokens[i + 2]?.tags.has('PastTense'))
    return i + 1;
  return -1;
}

/** The clauses of an English sentence that speak about a future action. */
export function englishClauses(sentence: string, tokens: Token[]): Clause[] {
  const clauses: Clause[] = [];
  const question = /\?\s*["')\]]*\s*$/.test(sentence);
  const conditional = RECIPIENT_CONDITION.test(sentence);
  const guess = SELF_GUESS.test(sentence);
  const more = MORE_TO_FOLLOW.exec(sentence);
  if (more) clauses.push(moreToFollow(sentence, more.index, more.index + more[0].length));
  // Where the last "I promise" stands: the clause it promises is part of that commitment.
  let promiseAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const after = markerEnd(tokens, i);
    if (after < 0) continue;
    const w = tokens[i]!.word;
    if (w === 'let' && LET_ME_SAY.test(tokens[after]?.word ?? '')) continue;
    const markerIndex =
      w === 'going' || DELIVERING.has(w) || PLAN_FORMS[w] || w === 'like' || w === 'on' ? i - 1 : i;
    const subject = subjectBefore(tokens, markerIndex);
    const intent =
      w === 'on' ||
      INTENT.has(w) ||
      PLAN_FORMS[w] !== undefined ||
      w === 'like' ||
      w === 'should' ||
      w === 'guarantee';
    const expectFromUs = w === 'expect' && tokens[i + 1]?.word !== 'to';
    if (expectFromUs && !EXPECTED_FROM_US.test(sentence)) continue;
    if ((intent || DELIVERING.has(w)) && subject.actor !== 'writer' && !expectFromUs) continue;
    if (embedded(tokens, subject) && !relativeDelivery(sentence, tokens, subject, after)) continue;
    const promised =
      promiseAt >= 0 && !/[;.!?]/.test(sentence.slice(promiseAt, tokens[markerIndex]!.start));
    if (promised && subject.actor !== 'writer') continue;
    if (PROMISING.has(w)) promiseAt = tokens[i]!.start;
    const clause = buildClause(sentence, tokens, markerIndex, after, subject);
    const plan =
      (PLAN.has(w) && !expectFromUs) || PLAN_FORMS[w] !== undefined || w === 'should' || w === 'on';
    clause.hedged ||= plan;
    if (plan && (!PLAN_DELIVERS.test(clause.action) || PLAN_COURTESY.test(clause.action)))
      clause.deliverable = false;
    // "I promise I won't…" is a commitment, whatever the promised clause says.
    if (PROMISING.has(w)) Object.assign(clause, { deliverable: true, negated: false });
    if (expectFromUs) Object.assign(clause, { actor: 'writer', hedged: false });
    if (NO_DELIVERABLE.test(clause.action)) clause.deliverable = false;
    if (DELIVERING.has(w))
      clause.deliverable = !DELIVERED_NOW.test(sentence.slice(clause.actionStart));
    // "…, I promise you that": the promise points back at a clause that stands on its own.
    if (
      PROMISING.has(w) &&
      (/^(you\s+)?(that|this|it)\W*$/i.test(clause.action) || REPRESENTS.test(clause.action))
    )
      clause.deliverable = false;
    if (guess) clause.deliverable = false;
    if (thingWillFollow(tokens, subject, clause.action)) clause.actor = 'writer';
    else if (
      deliveredToRecipient(sentence, tokens, subject, clause) ||
      namedColleague(sentence, tokens, subject, clause)
    ) {
      clause.actor = 'writer';
      clause.deliverable = true;
    }
    // "Not a single unit will…", "No order will…": the subject carries the negation.
    if (
      /^(not|no|none|nothing|nobody|never)\b/i.test(clause.text) ||
      /\b(not|no|never)\s*$/i.test(sentence.slice(0, clause.start))
    )
      clause.negated = true;
    clause.question = question;
    clause.conditional =
      conditional && !overridden(sentence, RECIPIENT_CONDITION, clause.markerStart);
    clauses.push(clause);
    i = Math.max(i, after - 1);
  }
  return clipOverlaps(sentence, clauses);
}

/** A clause ends where the next begins ("call you on Monday | and will send the draft"). */
function clipOverlaps(sentence: string, clauses: Clause[]): Clause[] {
  clauses.sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < clauses.length; k++) {
    const c = clauses[k]!;
    const next = clauses[k + 1]!.start;
    if (c.end <= next || next <= c.actionStart) continue;
    const end =
      c.start + sentence.slice(c.start, next).replace(/[\s,;]*(\band\b)?[\s,;]*$/i, '').length;
    Object.assign(c, {
      end,
      text: sentence.slice(c.start, end),
      action: sentence.slice(c.actionStart, end),
    });
  }
  return clauses;
}
