import { describe, expect, it } from 'vitest';
import { rulesFound } from '../rule-kit/table';

describe('overpromise-certainty', () => {
  it.each([
    'You will absolutely love it.',
    'It will be 100% ready by Monday.',
    '我们绝对不会泄露您的信息。',
    '这种问题肯定不会再出现。',
    "I'm absolutely sure you'll love the new design.",
    'Our team will definitely deliver the report by Friday.',
    'It will definitely be done tomorrow.',
    'We will certainly deliver the report.',
    'I am certain that the broker will accept the terms.',
    '我们一定会处理好您的问题。',
    '放心，明天一定到。',
    '我们肯定会给您答复。',
    'We will definitely have it live by the 3rd.',
    'Your order will definitely arrive by Friday.',
    'Customs will definitely release the container on Monday.',
    'We will deliver the fixtures by Friday, without question.',
    'The container will certainly clear customs before Christmas.',
    // An opener belongs to the clause after its comma.
    "Without a doubt, you'll see the savings within a week.",
    // Certainty about the writer's own outcome, also with "can".
    "I'm certain we can close the deal by Friday.",
    // 一定/肯定 with timing words: on time, as scheduled, a visit.
    '请您放心，我们一定准时发货。',
    '安装师傅明天肯定上门。',
    '您的问题我们一定负责到底。',
    // A certainty word makes an ability firm, and may stand between the auxiliary and "going to".
    "We'll definitely be able to get it done by Friday.",
    'We are absolutely going to hit the deadline.',
    // Outcomes of things and parties the writer does not control; being there on time.
    'Your new site will certainly impress your clients.',
    'The courier will definitely collect it today.',
    'We will for sure be there at 9.',
  ])('flags %s', (text) => {
    expect(rulesFound(text)).toContain('overpromise-certainty');
  });
  it.each([
    'You will definitely need more time.',
    'The meeting will definitely be interesting.',
    // Certainty under a condition that is not the reader's.
    "If the parts arrive Monday, we'll for sure finish by Wednesday.",
    '我们不保证一定能修好。',
    '不一定能在明天完成。',
    'I will certainly look into it.',
    "I'm sure it will be fine.",
    "I'm sure I'll hear from you soon.",
    "I'm certain we can try another route if this one fails.",
    'Without a doubt, he was the best candidate.',
    "We'll be able to send it Friday.",
    'We will for sure be in the office on Monday.',
    'He will certainly call you back.',
    'You were absolutely right about the valuation.',
    'That is definitely interesting.',
    'We will definitely try to make it.',
    'Will you definitely send it?',
    '感谢您的肯定！',
    '我们一定会继续努力。',
    // Certainty about effort promises no outcome.
    '我们一定会认真对待您的建议。',
    '给您带来不便，我们深表歉意，一定会加强管理。',
    '需要一定时间。',
  ])('ignores %s', (text) => {
    expect(rulesFound(text)).not.toContain('overpromise-certainty');
  });
});
