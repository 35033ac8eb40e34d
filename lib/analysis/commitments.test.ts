// Commitment extraction, as the labeling guide defines it: the writer's side undertaking a future
// action for the recipient, with its due kind.
import { describe, expect, it } from 'vitest';
import { analyze } from './index';

const commitmentsOf = (text: string) =>
  analyze(text, { now: '2026-11-27T09:00:00Z', timeZone: 'UTC' }).commitments;

describe('commitments', () => {
  it.each([
    ["I'll send you the draft.", 'none'],
    ['We will have the contract ready by Friday.', 'explicit'],
    ['Let me check and get back to you.', 'none'],
    ['I will try to call you tomorrow.', 'explicit'],
    ['Will get back to you as soon as I hear from them.', 'vague'],
    ['More details to follow.', 'none'],
    ['我们会尽快为您处理。', 'vague'],
    ['稍后给您回复。', 'vague'],
    ['会有专人联系您。', 'none'],
    ['我们会在两个工作日内联系您。', 'explicit'],
    ['小编为您反馈核查。', 'none'],
    ['We will have the new dashboard live by the 3rd.', 'explicit'],
    ['I promise it will be live by the 3rd.', 'explicit'],
    ['I promise the report will be with you soon.', 'vague'],
  ])('finds %s (%s)', (text, dueKind) => {
    const found = commitmentsOf(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.dueKind).toBe(dueKind);
  });
  it.each([
    'Please send me the figures.',
    'Will you be there?',
    'DOE will make a decision next week.',
    'Prices will rise next year.',
    'I sent it yesterday.',
    'I will be out all week.',
    "I'm going to Houston on Monday.",
    'If you want, I can send it.',
    'Let me know if you need anything.',
    'We will probably keep the same rules.',
    'We will not accept their changes.',
    '我们会不断加强网络建设。',
    '请您提供订单号。',
    '商家将尽快为您处理。',
    '已催促工作人员尽快处理。',
    '如需协助，我们会尽快联系您。',
    '请问您什么时候方便？',
    '为了帮助您尽快解决问题，请提供订单号。',
  ])('ignores %s', (text) => {
    expect(commitmentsOf(text)).toEqual([]);
  });
  it('gives the action and an ISO due date for explicit times', () => {
    const [c] = commitmentsOf('I will send the revised quote tomorrow.');
    expect(c!.action).toBe('send the revised quote tomorrow');
    expect(c!.due).toMatch(/^2026-11-28T/);
  });
});
