import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import type { DraftAnalysis } from './draft-analysis';
import { deliverables, isDeliverable, reviewWarnings } from './review-items';

const NOW = { now: '2026-11-29T10:00:00Z', timeZone: 'UTC' };

/** A draft as the in-page app sees it, without live ranges (the review reads only offsets). */
function draftOf(text: string): DraftAnalysis {
  const result = analyze(text, NOW);
  return {
    text,
    findings: result.findings.map((finding) => ({ finding, range: null as unknown as Range })),
    commitments: result.commitments,
  };
}

const ticks = (text: string) =>
  Object.fromEntries(
    draftOf(text).commitments.map((c, i) => [c.text, deliverables(draftOf(text))[i]]),
  );

describe('review items', () => {
  it('ticks deliverables and leaves promised outcomes unticked', () => {
    expect(
      ticks("I'll send the contract tomorrow. I guarantee it will be perfect. I'll call you."),
    ).toEqual({
      "I'll send the contract tomorrow": true,
      'I guarantee it will be perfect': false,
      "I'll call you": true,
    });
    expect(ticks('We will make sure everything goes perfectly.')).toEqual({
      'We will make sure everything goes perfectly': false,
    });
    expect(ticks('I guarantee you’ll be happy with the result.')).toEqual({
      'I guarantee you’ll be happy with the result': false,
    });
  });

  it('keeps a deliverable ticked when the overpromise is only how it is said, or it has a date', () => {
    expect(ticks("I'll definitely send the report.")).toEqual({
      "I'll definitely send the report": true,
    });
    expect(ticks('We will fix this immediately, guaranteed.')).toEqual({
      'We will fix this immediately': true,
    });
    expect(ticks('我们会尽快处理。')).toEqual({ 我们会尽快处理: true });
  });

  it('decides from the findings it is given', () => {
    const c = {
      start: 0,
      end: 29,
      text: 'I guarantee it will be perfect',
      action: 'it will be perfect',
      due: null,
      dueKind: 'none' as const,
    };
    expect(isDeliverable(c, [])).toBe(true);
  });

  it("groups each warning with its sentence's other warnings", () => {
    const text = "Hi Dana. I promise this will never happen again. I'll send it soon.";
    const warnings = reviewWarnings(draftOf(text));
    expect(warnings.map((w) => [w.text, w.sentence])).toEqual([
      ['I promise', 'I promise this will never happen again.'],
      ['will never happen again', 'I promise this will never happen again.'],
      ['soon', "I'll send it soon."],
    ]);
    expect(warnings[0]!.group).toBe(warnings[1]!.group);
    expect(warnings[2]!.group).not.toBe(warnings[0]!.group);
  });
});
