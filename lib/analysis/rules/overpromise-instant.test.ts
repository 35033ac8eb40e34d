import { describe, expect, it } from 'vitest';
import { rulesFound } from '../rule-kit/table';

describe('overpromise-instant', () => {
  it.each([
    'We will fix it immediately.',
    'I will get it resolved right away.',
    '我们马上为您解决。',
    '我们会立即为您修复。',
    '问题马上就能搞定。',
    "You'll be up and running in no time.",
    // 第一时间 is 'at once': a resolution promised at once.
    '故障我们会第一时间为您解决。',
  ])('flags %s', (text) => {
    expect(rulesFound(text)).toContain('overpromise-instant');
  });
  it.each([
    'I will look into it right away.',
    'Please fix it immediately.',
    '我们马上核实。',
    '我们会第一时间为您核实。',
    // Immediate handling is vague timing, not a promised result.
    '我们会立即处理。',
    '我们会马上处理并尽快回复您。',
    // A resolution in another clause is not promised at once.
    '我们马上核实，尽快给您一个解决方案。',
    '无法马上解决，请谅解。',
  ])('ignores %s', (text) => {
    expect(rulesFound(text)).not.toContain('overpromise-instant');
  });
});
