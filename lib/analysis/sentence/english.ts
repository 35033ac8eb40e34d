/**
 * English clause structure: for each future marker (will, 'll, shall, going to, let me, promise,
 * expect to, "am sending"), who acts, whether it is negated, hedged, a guess, a question or waits on
 * the recipient, and what the action is. Works on compromise's tags or the cheap tokenizer's.
 */
import type { Clause } from '../types';
import {
  GERUND_DELIVERY,
  gerundDelivery,
  MORE_TO_FOLLOW,
  SELF_GUESS,
  moreToFollow,
  overridden,
  deliveredToRecipient,
  namedColleague,
  thingWillFollow,
} from './english-idioms';
import {
  ARRANGED,
  DELIVERING,
  INTENT,
  PLAN,
  PLAN_FORMS,
  PROMISING,
  afterAuxiliary,
  beBefore,
  markerEnd,
} from './english-markers';
import {
  DELIVERED_NOW,
  EXPECTED_FROM_US,
  LET_ME_SAY,
  NO_DELIVERABLE,
  PLAN_COURTESY,
  PLAN_DELIVERS,
  REPRESENTS,
  relativeDelivery,
} from './english-readings';
import { embedded, subjectBefore } from './english-subject';
import { buildClause } from './english-verb';
import { RECIPIENT_CONDITION } from './lexicon-en';
import type { Token } from './tokens';

/** What an arrangement may deliver: the thing or service the reader gets. */
const ARRANGED_DELIVERABLE =
  /\b(delivery|deliveries|shipment|order|parcel|package|invoice|installation|install|dispatch|handover|go-live|launch|migration|release|rollout|deployment|visit|inspection|pickup|collection|payment|refund|transfer|training|onboarding|cutover|upgrade|repair|service|fitting|survey|replacement|samples?|parts|quote|report|statement)\b/i;

/** The clauses of an English sentence that speak about a future action. */
export function englishClauses(sentence: string, tokens: Token[]): Clause[] {
  const clauses: Clause[] = [];
  const question = /\?\s*["')\]]*\s*$/.test(sentence);
  const conditional = RECIPIENT_CONDITION.test(sentence);
  const guess = SELF_GUESS.test(sentence);
  const more = MORE_TO_FOLLOW.exec(sentence);
  if (more) clauses.push(moreToFollow(sentence, more.index, more.index + more[0].length));
  const gerund = GERUND_DELIVERY.exec(sentence);
  if (gerund && !question) clauses.push(gerundDelivery(sentence, gerund));
  // Where the last "I promise" stands: the clause it promises is part of that commitment.
  let promiseAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const after = markerEnd(tokens, i);
    if (after < 0) continue;
    const w = tokens[i]!.word;
    if (w === 'let' && LET_ME_SAY.test(tokens[after]?.word ?? '')) continue;
    const arranged = ARRANGED.has(w) || w === 'ships' || w === 'goes';
    const markerIndex = afterAuxiliary(w) ? (w === 'going' ? beBefore(tokens, i) : i - 1) : i;
    const subject = subjectBefore(tokens, markerIndex);
    const intent =
      w === 'on' ||
      INTENT.has(w) ||
      PLAN_FORMS[w] !== undefined ||
      w === 'like' ||
      w === 'should' ||
      w === 'guarantee';
    const expectFromUs =
      (w === 'expect' && tokens[i + 1]?.word !== 'to') ||
      (i === 0 && /^(look|watch|keep)$/.test(w));
    if (expectFromUs && !EXPECTED_FROM_US.test(sentence)) continue;
    if ((intent || DELIVERING.has(w)) && subject.actor !== 'writer' && !expectFromUs) continue;
    if (embedded(tokens, subject) && !relativeDelivery(sentence, tokens, subject, after)) continue;
    const promised =
      promiseAt >= 0 && !/[;.!?]/.test(sentence.slice(promiseAt, tokens[markerIndex]!.start));
    if (promised && subject.actor !== 'writer') continue;
    if (PROMISING.has(w)) promiseAt = tokens[i]!.start;
    const clause = buildClause(sentence, tokens, markerIndex, after, subject);
    const plan =
      (PLAN.has(w) && !expectFromUs) ||
      PLAN_FORMS[w] !== undefined ||
      w === 'should' ||
      w === 'on' ||
      w === 'plan';
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
    // An arrangement counts for what the writer's side delivers: "Installation is booked for Tuesday",
    // "Your order ships Monday"; "The meeting is scheduled for Thursday" is a fact of the calendar.
    if (arranged) {
      const what = sentence.slice(clause.start, clause.markerStart);
      if (!ARRANGED_DELIVERABLE.test(what)) continue;
      Object.assign(clause, {
        actor: 'writer',
        deliverable: true,
        action: sentence.slice(clause.start, clause.end),
      });
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
