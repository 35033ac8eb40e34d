/**
 * One warning per span: rules look at the same words from different angles ("100%" is certainty,
 * "100% risk-free" an unlimited claim; "I promise this will never happen again" is a promise and an
 * undated commitment), but the card and the pre-send review must name each problem once.
 */
import type { Finding, FindingKind } from './types';

/**
 * Which kind wins on shared words: an overpromise before any date finding (the date question comes
 * back once the promise is fixed, if the fixed text still lacks a date), a wrong date before a
 * missing or vague one.
 */
const KIND_RANK: Record<FindingKind, number> = {
  overpromise: 0,
  'past-date': 1,
  'ledger-conflict': 2,
  'vague-date': 3,
  'missing-date': 4,
};

const overlap = (a: Finding, b: Finding): boolean => a.start < b.end && b.start < a.end;
const same = (a: Finding, b: Finding): boolean =>
  a.kind === b.kind && a.start === b.start && a.end === b.end;

/**
 * Keeps, among overlapping findings, the one of the winning kind, then the longer span (the more
 * specific reading), then the rule listed first in `ruleOrder`. Exact duplicates of a kind go too.
 * The result is in text order.
 */
export function onePerSpan(findings: Finding[], ruleOrder: readonly string[]): Finding[] {
  const rank = (f: Finding) => KIND_RANK[f.kind] ?? Object.keys(KIND_RANK).length;
  const order = (f: Finding) => {
    const i = ruleOrder.indexOf(f.rule);
    return i < 0 ? ruleOrder.length : i;
  };
  const best = [...findings].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      b.end - b.start - (a.end - a.start) ||
      order(a) - order(b) ||
      a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const f of best) if (!kept.some((k) => overlap(k, f) || same(k, f))) kept.push(f);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
