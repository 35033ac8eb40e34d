import { describe, expect, it } from 'vitest';
import { rulesFound } from '../rule-kit/table';

describe('overpromise-absolute-scope', () => {
  it.each([
    'We will deliver on time, every time.',
    'There is zero risk.',
    "I'll make sure it never happens again.",
    'Our product is 100% secure.',
    'I will make sure this will never happen again.',
    'No problem at all, we will do whatever it takes.',
    '您不会有任何损失。',
  ])('flags %s', (text) => {
    expect(rulesFound(text)).toContain('overpromise-absolute-scope');
  });
  it.each([
    'The risk-free rate is 5%.',
    'Every time I call, the line is busy.',
    'Our product is not 100% secure yet.',
    'You were always helpful.',
    'Let me know if you need anything.',
    'No problem at all!',
    'I never said that.',
    '您可随时联系我们。',
  ])('ignores %s', (text) => {
    expect(rulesFound(text)).not.toContain('overpromise-absolute-scope');
  });
});
