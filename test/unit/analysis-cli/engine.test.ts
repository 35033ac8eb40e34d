import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../../lib/analysis/index';

const now = '2026-11-27T09:00:00Z';

describe('analyze', () => {
  // Odd input still gets its findings, at offsets that point at the flagged words. (Unit tests
  // rethrow a failing rule, so a throw here fails the test.)
  const filler = 'Thanks for the call this morning. ';
  it.each([
    ['empty', '', []],
    ['a lone surrogate', '\uD800 We guarantee it.', ['overpromise-guarantee: We guarantee']],
    [
      '1,000 emoji',
      `${'😀'.repeat(1000)} We guarantee it. 😀`,
      ['overpromise-guarantee: We guarantee'],
    ],
    ['an emoji between words', 'We 🚀 guarantee it.', ['overpromise-guarantee: We 🚀 guarantee']],
    ['right-to-left text', 'مرحبا سوف نرسل', []],
    [
      'right-to-left beside English',
      'مرحبا. We guarantee it.',
      ['overpromise-guarantee: We guarantee'],
    ],
    ['direction marks', '\u200fWe guarantee it.\u200f', ['overpromise-guarantee: We guarantee']],
    [
      'control characters',
      'We\u0000 guarantee\u0007 it.\u001b I will send the draft.',
      ['overpromise-guarantee: We\u0000 guarantee', 'missing-date: I will send the draft'],
    ],
    ['a control character in Chinese', '我们\u0000保证明天完成。', ['overpromise-guarantee: 保证']],
    // Kept reads an editor's text, never its markup: tags typed as text are not words it parses.
    ['markup as text', '<div>I will <b>send</b> it</div>', []],
    ['one 200,000-letter word', 'x'.repeat(200_000), []],
    [
      '1 MB in one sentence',
      `${'x'.repeat(1_000_000)} We guarantee it.`,
      ['overpromise-guarantee: We guarantee'],
    ],
    [
      '1 MB of sentences',
      `${filler.repeat(31_000)}We guarantee delivery by Monday.`,
      ['overpromise-guarantee: We guarantee'],
    ],
  ])('finds what odd input holds: %s', (_name, text, expected) => {
    const { findings } = analyze(text, { now, timeZone: 'UTC' });
    expect(findings.map((f) => `${f.rule}: ${f.text}`)).toEqual(expected);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
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
    // Dated, so no missing-date warning comes forward once the guarantee's is gone.
    const text = 'We guarantee delivery by Monday.';
    expect(
      analyze(text, { now, settings: { disabled: ['overpromise-guarantee'] } }).findings,
    ).toEqual([]);
    expect(analyze(text, { now, settings: { allow: ['guarantee'] } }).findings).toEqual([]);
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
