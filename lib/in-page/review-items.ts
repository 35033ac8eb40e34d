import type { Commitment, Finding } from '../analysis';
import { splitSentences } from '../analysis/text/segment';
import type { DraftAnalysis } from './draft-analysis';

/** A promised outcome with its own subject ("it will be perfect", "you'll be happy"), not an act. */
const OUTCOME = /\bwill\b|'ll\b|’ll\b|\bshall\b|\bwon[’']t\b/i;

/** Where a commitment's action lies in the analysed text (the whole commitment if not found). */
function actionSpan(c: Commitment): [number, number] {
  const at = c.text.indexOf(c.action);
  return at < 0 ? [c.start, c.end] : [c.start + at, c.start + at + c.action.length];
}

const overlaps = (f: { start: number; end: number }, from: number, to: number) =>
  f.start < to && f.end > from;

/**
 * Whether a commitment is something to deliver, as far as the review needs to know (decided here from
 * what the analysis gives, which does not say it). Not a deliverable: a commitment with no due-able
 * action — no date, not even a vague one — whose words are an overpromise: the overpromise is in its
 * action ("make sure everything goes perfectly", "ensure there are zero errors"), or it guarantees an
 * outcome rather than an act ("I guarantee it will be perfect"). "I'll definitely send the report" is
 * one: its overpromise is the adverb, its action a deliverable.
 */
export function isDeliverable(c: Commitment, findings: readonly Finding[]): boolean {
  if (c.dueKind !== 'none') return true;
  const over = findings.filter((f) => f.kind === 'overpromise' && overlaps(f, c.start, c.end));
  if (over.length === 0) return true;
  const [from, to] = actionSpan(c);
  if (over.some((f) => overlaps(f, from, to))) return false;
  return !OUTCOME.test(c.action);
}

/** A warning as the review lists it: grouped with the other warnings of its sentence. */
export interface ReviewWarning {
  text: string;
  message: string;
  severity: Finding['severity'];
  kind: Finding['kind'];
  /** The sentence it is in (the group's key and heading); '' when none was found. */
  sentence: string;
  /** The sentence's index in the draft, so two equal sentences stay two groups. */
  group: number;
}

/** The draft's warnings, each with its sentence, in the order of the findings. */
export function reviewWarnings(draft: DraftAnalysis): ReviewWarning[] {
  const sentences = splitSentences(draft.text);
  return draft.findings.map(({ finding }, i) => {
    const at = sentences.findIndex((s) => finding.start >= s.start && finding.start < s.end);
    return {
      text: finding.text,
      message: finding.message,
      severity: finding.severity,
      kind: finding.kind,
      sentence: at < 0 ? '' : sentences[at]!.text,
      group: at < 0 ? -1 - i : at,
    };
  });
}

/** Whether each commitment of the draft starts ticked in the review (deliverables only). */
export function deliverables(draft: DraftAnalysis): boolean[] {
  const findings = draft.findings.map((f) => f.finding);
  return draft.commitments.map((c) => isDeliverable(c, findings));
}
