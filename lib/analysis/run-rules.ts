/** Runs the enabled rules on one sentence's facts and keeps one finding per span. */
import { findPhrase } from './text/find-phrase';
import type { ErrorSite } from './analysis-errors';
import { onePerSpan } from './one-per-span';
import { rules } from './rules/index';
import type { Finding, ResolvedContext, SentenceFacts } from './types';

const ruleOrder = rules.map((r) => r.id);

/**
 * The findings of every rule the user left on, minus those over an allowed phrase, overlaps merged.
 * A rule that throws is reported to `report` (which logs, or rethrows in tests) and the others go on.
 */
export function runRules(
  facts: SentenceFacts,
  ctx: ResolvedContext,
  report: (error: unknown, site: ErrorSite) => void,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (ctx.settings.disabled.includes(rule.id)) continue;
    // A rule cannot fire without one of its declared cues (a language it declares none for is one it
    // does not cover); a rule driven by the user's settings alone declares none and always runs.
    const cues = rule.cues;
    if (Object.keys(cues).length > 0 && !cues[facts.lang]?.test(facts.text)) continue;
    try {
      for (const f of rule.check({ facts, ctx }))
        if (!allowed(f, facts.text, ctx)) findings.push(f);
    } catch (error) {
      report(error, { rule: rule.id });
    }
  }
  return onePerSpan(findings, ruleOrder);
}

/** Whether the user allowed a phrase that overlaps this finding. */
function allowed(f: Finding, sentence: string, ctx: ResolvedContext): boolean {
  return ctx.settings.allow.some((phrase) =>
    findPhrase(sentence, phrase, true).some((m) => m.start < f.end && m.end > f.start),
  );
}
