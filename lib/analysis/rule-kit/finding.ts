/** Helpers the rules share to build findings. */
import type { Finding, Fix, Lang, Rule } from '../types';

/** Builds a finding of `rule` over [start, end) of the sentence, with the message in `lang`. */
export function makeFinding(
  rule: Pick<Rule, 'id' | 'kind' | 'severity'>,
  sentence: string,
  start: number,
  end: number,
  message: string,
  fixes: Fix[] = [],
): Finding {
  return {
    rule: rule.id,
    kind: rule.kind,
    severity: rule.severity,
    start,
    end,
    text: sentence.slice(start, end),
    message,
    fixes: fixes.filter((f) => f.replacement !== sentence.slice(start, end)),
  };
}

/** A message in the sentence's language. */
export const say = (lang: Lang, en: string, zh: string): string => (lang === 'zh' ? zh : en);

/** All matches of a global regex as [start, end, text]. */
export function matchesOf(
  re: RegExp,
  text: string,
): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(re))
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}
