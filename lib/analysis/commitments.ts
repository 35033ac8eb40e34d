/**
 * Commitment extraction: a writer-side clause undertaking a future action for the recipient — not a
 * request, question, third party, guess, negation, conditional offer, past fact or self plan — with its
 * due time taken from the date expressions around it.
 */
import { zhClauseBefore } from './rule-kit/overpromise-context';
import type { Clause, Commitment, DueKind, SentenceDate } from './types';

/** Events that make a time vague: "as soon as I hear", "once I get it", 后续, 有结果后. */
const EN_EVENT_TIME =
  /\b(nearer|closer to) the (time|date)\b|\bdown the (line|road)\b|\bin due time\b|\bbefore (the|our|your|their|his|her) (next )?[a-z-]+(?! \d)|\b(as soon as|soon as|once|when|whenever|upon|after|in a few days|in the coming days|from time to time|one of these days|in the future|as (it|they|things) develops?|as i (learn|hear|get|know))\b/i;
const ZH_EVENT_TIME =
  /这两天|这几天|过两天|近两天|一[\u4e00-\u9fff]{1,4}就|后续|后期|随后|以后|有.{0,6}(结果|进展|消息)|尽快|马上|立即|立刻|立马|稍后|第一时间|这就|随即|及时|回头|改天|有空|过几天|近期|[^\s，,。]{1,10}(?:之后|后)(?![天期])|待.{1,12}(?:后|再)/;

/**
 * "等仓库确认库存后，再跟您同步": the comma clause before says "after an event", and this one follows
 * it — the time is that event's, so vague.
 */
function afterEvent(sentence: string, from: number): boolean {
  const head = sentence.slice(0, from).replace(/[，,\s]+$/, '');
  const before = zhClauseBefore(head, head.length);
  return /^(等|待|收到|确认|核实|查到|审完|审核)/.test(before) && /(?:之后|后|完)$/.test(before);
}

/** Where a Chinese commitment's time may be said: its own comma clause, up to its end. */
function zhScope(sentence: string, c: Clause): [number, number] {
  const before = sentence.slice(0, c.markerStart);
  const from = Math.max(...[',', '，', ';', '；', ':', '：'].map((p) => before.lastIndexOf(p))) + 1;
  return [Math.min(from, c.start), c.end];
}

/** Verbs whose clause carries the promised clause after it ("I promise it will be live by the 3rd"). */
const EN_PROMISE = /^(promise|guarantee|commit)/i;

/**
 * Where an English commitment's time may be said: between its neighbour clauses; a promise reaches
 * over the clause it promises, up to the next commitment of its own.
 */
function enScope(sentence: string, clauses: Clause[], i: number): [number, number] {
  const c = clauses[i]!;
  const from = i > 0 ? clauses[i - 1]!.end : 0;
  let next = i + 1;
  if (EN_PROMISE.test(sentence.slice(c.markerStart)))
    while (next < clauses.length && !isCommitment(clauses[next]!)) next++;
  return [from, next < clauses.length ? clauses[next]!.start : sentence.length];
}

/**
 * Whether a date in a commitment's reach is its due date: not one inside an embedded question ("I'll
 * ask whether they can fit it into next week's run") nor an effective date ("effective Jan 1").
 */
function ownDate(sentence: string, c: Clause, d: SentenceDate): boolean {
  if (d.start > c.actionStart && /\b(whether|if)\b/i.test(sentence.slice(c.actionStart, d.start)))
    return false;
  return !/\b(effective|as of)\s*$/i.test(sentence.slice(Math.max(0, d.start - 12), d.start));
}

/** Whether a future clause is a commitment. */
export const isCommitment = (c: Clause): boolean =>
  c.actor === 'writer' &&
  c.deliverable &&
  !c.negated &&
  !c.question &&
  !c.conditional &&
  !c.pastOrPresentFact;

/** Commitments of one sentence (offsets relative to it). */
export function extractCommitments(
  sentence: string,
  clauses: Clause[],
  dates: SentenceDate[],
  lang: 'en' | 'zh',
): Commitment[] {
  const out: Commitment[] = [];
  clauses.forEach((c, i) => {
    if (!isCommitment(c)) return;
    const [from, to] = lang === 'zh' ? zhScope(sentence, c) : enScope(sentence, clauses, i);
    let near = dates.filter((d) => d.start >= from && d.end <= to && ownDate(sentence, c, d));
    // "I'll be in Denver on Monday and will stop by your plant": a clause whose subject is elided
    // shares the date of the clause it is coordinated with, when it has no time of its own.
    const prev = clauses[i - 1];
    const eventTime =
      (lang === 'zh' ? ZH_EVENT_TIME : EN_EVENT_TIME).test(sentence.slice(from, to)) ||
      (lang === 'zh' && afterEvent(sentence, from));
    if (lang === 'en' && near.length === 0 && !eventTime && prev && c.start === c.markerStart)
      if (/\band\s*$/i.test(sentence.slice(prev.start, c.start)))
        near = dates.filter((d) => d.start >= prev.start && d.end <= c.start);
    // A date said after the marker is the commitment's own; one before it may belong to a condition
    // ("If the parts arrive Monday, we'll finish by Wednesday").
    near = [
      ...near.filter((d) => d.start >= c.markerStart),
      ...near.filter((d) => d.start < c.markerStart),
    ];
    const explicit = near.find((d) => d.kind === 'explicit' && d.due);
    const vague = near.find((d) => d.kind === 'vague');
    const dueKind: DueKind = explicit ? 'explicit' : vague || eventTime ? 'vague' : 'none';
    out.push({
      start: c.start,
      end: c.end,
      text: c.text,
      action: c.action.trim(),
      due: explicit ? explicit.due : null,
      dueKind,
    });
  });
  return out;
}
