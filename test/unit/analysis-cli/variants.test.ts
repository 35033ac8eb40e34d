// Casing, extra whitespace and line breaks must not change what a rule finds (Harper's rule tests do
// the same), and offsets must still point at the flagged words.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis/index';

const now = '2026-11-27T09:00:00Z';
const rulesIn = (text: string): string[] =>
  analyze(text, { now, timeZone: 'UTC' })
    .findings.map((f) => f.rule)
    .sort();

describe('variants', () => {
  it.each([
    ['We guarantee delivery by Monday.', 'WE GUARANTEE DELIVERY BY MONDAY.'],
    ['We guarantee delivery by Monday.', 'we   guarantee  delivery by Monday.'],
    ['It will definitely be done tomorrow.', 'It   will definitely\tbe done tomorrow.'],
    ["I'll send you the draft.", 'I’ll send you the draft.'],
    ['我们一定会处理好您的问题。', '我们一定会处理好您的问题 。'],
  ])('%s ≈ %s', (a, b) => {
    expect(rulesIn(b)).toEqual(rulesIn(a));
  });
  it('finds one commitment per line and points at it', () => {
    const text = 'Hi Anna,\n\nI will send the draft tomorrow.\nWe will call you soon.\n';
    const { commitments } = analyze(text, { now, timeZone: 'UTC' });
    expect(commitments.map((c) => text.slice(c.start, c.end))).toEqual([
      'I will send the draft tomorrow',
      'We will call you soon',
    ]);
    expect(commitments.map((c) => c.dueKind)).toEqual(['explicit', 'vague']);
  });
});
