/**
 * How a clause after an English marker is read (ARCHITECTURE: the analysis): which plans deliver,
 * which progressives hand something over now, which promises represent the past, which absolutes
 * undertake nothing, and when a relative clause is still the writer's.
 */
import type { Subject } from './english-subject';
import type { Token } from './tokens';

/** "Let me know", "let me apologize", "let me say": speech acts, not undertakings. */
export const LET_ME_SAY =
  /^(know|me|us|apologi[sz]e|say|add|begin|start|thank|introduce|reiterate|remind|note|point|stress|emphasi[sz]e|congratulate|welcome|express|be clear|explain why)$/;

/**
 * A progressive that hands something over in this very message ("I am sending you, as promised, the
 * notes", "attached") or to someone else ("sending the schedule to the lawyer") undertakes nothing.
 */
export const DELIVERED_NOW =
  /\b(as promised|attached|herewith|enclosed|below|with this (e-?mail|message|note))\b|\bto (the|a|his|her|their|our) \w+/i;

/** "We promise that we have not shared…": a representation about the past or present. */
export const REPRESENTS =
  /^(that\s+)?(we|i|our \w+|they|it|this)\s+(have|has|had|did|didn't|haven't|hasn't|was|were|are not|is not|aren't|isn't)\b/i;

/**
 * Absolutes that undertake no deliverable ("we'll do whatever it takes", "this will never happen
 * again"): overpromises, but nothing to put a date on or to log.
 */
export const NO_DELIVERABLE =
  /^(do|try|give)\s+(whatever|anything|everything|all (we|i) can|our best|my best)\b|\bnever\s+(happen|occur|recur)|\b(happen|occur|recur)\s+again\b/i;

/** "Expect X from us" and "you can expect the quote" announce the writer's delivery. */
export const EXPECTED_FROM_US =
  /\bfrom (us|our|me|my)\b|\bexpect (a|an|the|our|my|your)?\s*(\w+\s)?(quote|report|invoice|draft|proposal|call|e-?mail|update|reply|answer|response|confirmation|shipment|delivery|package|parcel|refund|credit|contract|samples?|results?)\b/i;

/**
 * A plan ("we plan to", "I'd like to") undertakes something for the recipient only when its action
 * delivers or reaches them; "I plan to address the committee" is the writer's own agenda.
 */
export const PLAN_DELIVERS =
  /\b(you|your|u)\b|^(send|deliver|hand over|hand off|turn over|issue|ship|provide|share|forward|e-?mail|mail|fax|submit|finish|complete|resolve|fix|respond|reply|confirm|circulate|release|refund|return)\b|^get\b.*\b(out|back|over|across|to)\b|^have\b.*\b(ready|done|finished|complete|completed|over|back|out|live|\w+ed)\b/i;

/** Courtesies phrased as plans ("I'd like to thank you"): nothing is delivered. */
export const PLAN_COURTESY =
  /^(thank|apologi[sz]e|say|ask|know|see|meet|welcome|congratulate|introduce|remind|hear|discuss|chat|talk|express)\b/i;

const RELATIVE_SENDS =
  /^(\w+\s+)?(send|e-?mail|fax|forward|mail|ship|deliver|circulate|distribute|provide)\b|^[^.;!?]{0,30}\bto you\b/i;

/**
 * "(which I'll e-mail)", "the template, which we will fax to you": a relative clause in which the
 * writer sends something is still the writer's undertaking.
 */
export function relativeDelivery(
  sentence: string,
  tokens: Token[],
  subject: Subject,
  after: number,
): boolean {
  const j = tokens.findIndex((t) => t.start === subject.start);
  if (subject.actor !== 'writer' || !/^(which|that)$/.test(tokens[j - 1]?.word ?? '')) return false;
  return RELATIVE_SENDS.test(sentence.slice(tokens[after]?.start ?? sentence.length));
}
