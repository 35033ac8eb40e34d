import { describe, expect, it } from 'vitest';
import { fixLabel } from './fix-label';

describe('fixLabel: a fix says the text it puts in', () => {
  it.each([
    ['soon', 'by tomorrow', 'by tomorrow'],
    ["I'll call you", "I'll call you by Tuesday, 1 Dec", '… by Tuesday, 1 Dec'],
    ['I promise', 'I will do my best to make sure', 'I will do my best to make sure'],
    [
      'will never happen again',
      'is much less likely to happen again',
      'is much less likely to happen again',
    ],
    ['尽快', '明天（11月30日）前', '明天（11月30日）前'],
    ['我们会跟进处理', '我们会明天（11月30日）前跟进处理', '…明天（11月30日）前…'],
    ['definitely ', '', ''],
  ])('%s → %s: “%s”', (flagged, replacement, label) => {
    expect(fixLabel(flagged, replacement)).toBe(label);
  });

  it('shortens a long replacement at a word', () => {
    const label = fixLabel(
      'every document you could possibly need',
      'the documents you need by the end of next week at the latest',
    );
    expect(label).toBe('the documents you need by the end…');
    expect(label.length).toBeLessThanOrEqual(36);
  });
});
