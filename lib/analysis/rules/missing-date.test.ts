import { describe, expect, it } from 'vitest';
import { rulesFound } from '../rule-kit/table';

describe('missing-date', () => {
  it.each([
    "We're going to send you a revised quote.",
    'I will send you the draft.',
    'We will review the contract and get back to you.',
    '我们会跟进处理。',
    '我会把这个情况反馈给工程师。',
  ])('flags %s', (text) => {
    expect(rulesFound(text)).toContain('missing-date');
  });
  it.each([
    "No problem at all, I'll have it to you by Friday.",
    'I will be out of office next week.',
    'The system will be down on Sunday.',
    '我们会不断优化服务。',
    'I will send you the draft tomorrow.',
    'Please send me the draft.',
    'I sent the draft yesterday.',
    '我们会在明天联系您。',
    '请您提供订单号。',
    '我们会不断完善服务。',
  ])('ignores %s', (text) => {
    expect(rulesFound(text)).not.toContain('missing-date');
  });
});
