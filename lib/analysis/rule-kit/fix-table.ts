/**
 * Harper's fix-result tests for Kept: a table of [input, text after the fix] per rule, each fix applied
 * as the editor applies it (the finding's span replaced by the fix's text), then a round trip: analysed
 * again, the fixed words must not carry the rule's warning, nor the text a warning the input did not
 * have (a date warning that the overpromise hid may come back: it was there, one card at a time), and
 * a date fix's commitment must be due on the day the fix's label names.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { formatDue } from '../due';
import type { AnalysisContext, Finding } from '../types';

const CONTEXT: AnalysisContext = { now: '2026-11-27T09:00:00Z', timeZone: 'UTC' };
const DATE_KINDS = new Set(['missing-date', 'vague-date']);

/** "Mon 30 Nov" / "11月30日 周一": a due day the way fix labels name it. */
const dayOf = (iso: string, text: string): string =>
  formatDue(
    iso,
    { now: new Date(CONTEXT.now), timeZone: 'UTC' },
    /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en',
  );

const findingsIn = (text: string, extra: Partial<AnalysisContext> = {}): Finding[] =>
  createAnalyzer().analyze(text, { ...CONTEXT, ...extra }).findings;

/** `text` with the first finding of `ruleId` replaced by its fix number `fix`, or undefined. */
export function textAfterFix(
  text: string,
  ruleId: string,
  fix = 0,
  extra: Partial<AnalysisContext> = {},
): string | undefined {
  const f = findingsIn(text, extra).find((x) => x.rule === ruleId && x.fixes[fix]);
  return f && text.slice(0, f.start) + f.fixes[fix]!.replacement + text.slice(f.end);
}

/** One row: input, the text after the rule's first fix, and optionally the fix index and context. */
export type FixRow =
  | [input: string, after: string]
  | [input: string, after: string, fix: number, extra?: Partial<AnalysisContext>];

/** Defines the fix-result tests of one rule. */
export function fixTable(ruleId: string, rows: FixRow[]): void {
  describe(`${ruleId} fixes`, () => {
    it.each(rows)('%s → %s', (input, after, fix = 0, extra = {}) => {
      expect(textAfterFix(input, ruleId, fix, extra)).toBe(after);
      const found = findingsIn(input, extra);
      const before = new Set(found.map((f) => f.kind));
      const fixed = found.find((f) => f.rule === ruleId && f.fixes[fix])!;
      // The fixed words, in the text after the fix.
      const [from, to] = [fixed.start, fixed.start + fixed.fixes[fix]!.replacement.length];
      // A date fix promises a date: the fixed commitment is due on the day its label names.
      if (fixed.kind !== 'overpromise') {
        const label = fixed.fixes[fix]!.label;
        const days = createAnalyzer()
          .analyze(after, { ...CONTEXT, ...extra })
          .commitments.map((c) => (c.due ? dayOf(c.due, input) : ''));
        expect(days.some((day) => day !== '' && label.includes(day))).toBe(true);
      }
      const overpromise = before.has('overpromise');
      const left = findingsIn(after, extra).filter(
        (f) =>
          (f.rule === ruleId && f.start <= to && from <= f.end) ||
          !(before.has(f.kind) || (overpromise && DATE_KINDS.has(f.kind))),
      );
      expect(left.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
    });
  });
}
