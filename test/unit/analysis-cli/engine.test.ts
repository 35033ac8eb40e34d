import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../../lib/analysis/index';

const now = '2026-11-27T09:00:00Z';

describe('analyze', () => {
  it.each([
    '',
    '\uD800 lone',
    '😀'.repeat(1000),
    'مرحبا سوف نرسل',
    '<div>I will <b>send</b> it</div>',
    'x'.repeat(200_000),
  ])('never throws on odd input (%#)', (text) => {
    expect(() => analyze(text, { now })).not.toThrow();
  });
  it('keeps offsets of the new text and skips quoted history', () => {
    const text =
      "Thanks!\nI'll send the draft.\n\nOn Mon, Nov 23, 2026 at 9:00 AM Bob wrote:\n> I will call you.";
    const { commitments } = analyze(text, { now, timeZone: 'UTC' });
    expect(commitments).toHaveLength(1);
    expect(text.slice(commitments[0]!.start, commitments[0]!.end)).toBe(commitments[0]!.text);
  });
  it('re-bases cached sentences after an edit elsewhere', () => {
    const analyzer = createAnalyzer();
    const a = analyzer.analyze('Hello there. We guarantee it.', { now });
    const b = analyzer.analyze('Hello there, friend. We guarantee it.', { now });
    expect(b.findings[0]!.start - a.findings[0]!.start).toBe(8);
  });
  it('honours disabled rules and allowed phrases', () => {
    expect(
      analyze('We guarantee it.', { now, settings: { disabled: ['overpromise-guarantee'] } })
        .findings,
    ).toEqual([]);
    expect(
      analyze('We guarantee it.', { now, settings: { allow: ['guarantee'] } }).findings,
    ).toEqual([]);
  });
});

describe('stage-two budget', () => {
  it('keeps the cheap pass findings beyond the budget and confirms them on a smaller call', () => {
    const analyzer = createAnalyzer();
    const many = Array.from(
      { length: 150 },
      (_, i) => `We will definitely deliver part ${i}.`,
    ).join(' ');
    const big = analyzer.analyze(many, { now });
    expect(big.findings.filter((f) => f.kind === 'overpromise')).toHaveLength(150);
    const last = analyzer.analyze('We will definitely deliver part 149.', { now });
    expect(last.findings.map((f) => f.rule)).toContain('overpromise-certainty');
  });
});
