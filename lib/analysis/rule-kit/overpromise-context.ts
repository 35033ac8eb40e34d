/**
 * Whether an overpromise cue at [start, end) of a sentence is the writer's own, firm, future assurance:
 * not negated, hedged, a question, a conditional offer, a third party's, or a past or present fact.
 */
import { zhContextAt } from '../sentence/chinese';
import type { Clause, SentenceFacts } from '../types';

/** The Chinese comma clause up to `start`: where a hedge or disclaimer before a cue would stand. */
export function zhClauseBefore(text: string, start: number): string {
  const from =
    Math.max(...['，', ',', '。', '；', ';'].map((p) => text.lastIndexOf(p, start - 1))) + 1;
  return text.slice(from, start);
}

const EN_HEDGE =
  /(?<!\b(?:in|by|of|early|mid|late|until|before|since|end of) )\bmay\b|\b(should|might|hopefully|try|trying|aim|aiming|hope|expect|intend|do (my|our) best|as far as|subject to|if possible|where possible|probably|likely|i think|i believe)\b/i;
const EN_NEGATION_BEFORE =
  /\b(not|never|no|cannot|can't|won't|don't|doesn't|couldn't|wouldn't|unable to|impossible to)\b[\w\s']{0,20}$/i;

/** Outcomes the writer controls, so "it will definitely be done" is the writer's assurance. */
const OUTCOME =
  /\b(done|ready|fixed|resolved|delivered|shipped|completed|finished|sorted|solved|sent|taken care of|arrive|arrives|work|works|clear|cleared|released|approved|installed|live|on time|in time|there|back|release|approve|accept|pass|clear|arrive|sign|go through|be fine|be ok|be okay|deliver|collect|pick (?:it |them )?up|ship|impress|delight|wow|pay off|succeed|sell out)\b/i;

/** What the recipient will experience, assured by the writer ("you will absolutely love it"). */
const EXPERIENCE =
  /^(be up and running|be live|be back (up|online)|love|like|enjoy|be (happy|pleased|satisfied|delighted|thrilled|impressed)|see|notice|receive|get|have)\b/i;

function firmWriter(c: Clause, sentence: string): boolean {
  if (c.negated || c.hedged || c.question || c.conditional) return false;
  // "We will for sure be there at 9": being somewhere on time is a promise to the reader too.
  if (c.actor === 'writer')
    return c.deliverable || /^be (there|on site|on time|in time|ready)\b/i.test(c.action);
  if (c.actor === 'recipient') return EXPERIENCE.test(c.action);
  // "Your order will definitely arrive Friday": certainty about a thing in the writer's hands (a
  // determiner, not a named party or a person) is an assurance to the reader.
  // A party other than a person ("customs will definitely release it", "the bank will certainly
  // approve") is reassurance about what the writer cannot control; "he will certainly call" is not.
  const thing = !/^(he|she|they|you|we|i|someone|somebody)\b/i.test(c.text);
  const outcome = OUTCOME.test(sentence.slice(c.markerStart, c.end));
  return (c.actor === 'none' || c.actor === 'third') && thing && outcome;
}

/** The writer clause that the cue belongs to, if it is a firm future assurance. */
export function enFirmClause(facts: SentenceFacts, start: number, end: number): Clause | undefined {
  if (EN_HEDGE.test(facts.text) || facts.isQuestion) return undefined;
  if (EN_NEGATION_BEFORE.test(facts.text.slice(Math.max(0, start - 24), start))) return undefined;
  // An opener ("Without a doubt, you'll…") belongs to the clause right after its comma.
  const opens = (c: Clause) => /^[\s,:;—–-]*$/.test(facts.text.slice(end, c.start));
  return facts.clauses.find(
    (c) => (c.start <= end || opens(c)) && start <= c.end + 2 && firmWriter(c, facts.text),
  );
}

/**
 * Whether a Chinese cue at `start` is the writer side's firm assurance. With `outcomeMayBeNegative`,
 * a negation after the cue is part of the promise ("绝对不会泄露", "肯定不会再出现"): only one before
 * it ("不一定") counts.
 */
export function zhFirm(facts: SentenceFacts, start: number, outcomeMayBeNegative = false): boolean {
  const c = zhContextAt(facts.text, start);
  const negated = outcomeMayBeNegative
    ? /不|没|无法|未/.test(facts.text.slice(Math.max(0, start - 2), start))
    : c.negated;
  return (
    (c.actor === 'writer' || c.actor === 'none') &&
    !negated &&
    !c.hedged &&
    !c.question &&
    !c.conditional &&
    !c.pastOrPresentFact &&
    !/当时|曾经|曾/.test(facts.text.slice(Math.max(0, start - 8), start))
  );
}
