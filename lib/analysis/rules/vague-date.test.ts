import { describe, expect, it } from 'vitest';
import { rulesFound } from '../rule-kit/table';

describe('vague-date', () => {
  it.each([
    '客服会第一时间联系您。',
    '我们马上核实。',
    'I will get back to you soon.',
    'We will send it as soon as possible.',
    '我们会尽快联系您。',
    '稍后会有工作人员联系您。',
  ])('flags %s', (text) => {
    expect(rulesFound(text)).toContain('vague-date');
  });
  it.each([
    'Our engineers will call you within 2 business days.',
    '您可以随时联系我们。',
    'I will get back to you tomorrow.',
    'Please reply soon.',
    '我们会在两个工作日内联系您。',
    '请您稍后再试。',
  ])('ignores %s', (text) => {
    expect(rulesFound(text)).not.toContain('vague-date');
  });
});
