import { describe, expect, it } from 'vitest';
import { rulesFound } from '../rule-kit/table';

describe('overpromise-absolute-scope', () => {
  it.each([
    'We will deliver on time, every time.',
    'There is zero risk.',
    "I'll make sure it never happens again.",
    'Our product is 100% secure.',
    'I will make sure this will never happen again.',
    // Ruled out for the future even after an apology for the past.
    "I'm sorry you were kept waiting; it won't happen again.",
    'No problem at all, we will do whatever it takes.',
    '您不会有任何损失。',
    '这款屋顶永远不会漏水。',
    '以后再也不会发生这种情况。',
    '绝不让您多花一分钱。',
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
    "We can't promise it won't happen again.",
    'If the supplier is late, it will not happen again that we wait in silence.',
    '您可随时联系我们。',
    // 永远 in thanks and mission statements is not a promise.
    '感谢您一直以来的支持，我们永远是您坚实的后盾。',
    '我们永远把客户放在第一位。',
  ])('ignores %s', (text) => {
    expect(rulesFound(text)).not.toContain('overpromise-absolute-scope');
  });
});
