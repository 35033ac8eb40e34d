import { describe, expect, it } from 'vitest';
import { findDueDates } from './index';
import { SHANGHAI } from './test-helpers';

const vague = (sentence: string): string[] =>
  findDueDates(sentence, SHANGHAI)
    .filter((m) => m.kind === 'vague')
    .map((m) => m.text);

const FLAGS: [string, string][] = [
  ["I'll get back to you soon.", 'soon'],
  ['Will send ASAP.', 'ASAP'],
  ['We will fix it as soon as possible.', 'as soon as possible'],
  ["I'll let you know as soon as I hear.", 'as soon as'],
  ['The form will follow shortly.', 'shortly'],
  ["I'll call you later.", 'later'],
  ['You will be notified in due course.', 'in due course'],
  ["We'll look at it at some point.", 'at some point'],
  ['We plan to add it in the near future.', 'in the near future'],
  ["I'll do it when I can.", 'when I can'],
  ["I'll send it right away.", 'right away'],
  ['We will fix it immediately.', 'immediately'],
  ["I'll touch base within the next few days.", 'within the next few days'],
  ["I'll let you know once I hear from him.", 'once I hear'],
  ['Upon receipt of same, I will send an original.', 'Upon receipt'],
  ['我们会尽快处理。', '尽快'],
  ['稍后给您回复。', '稍后'],
  ['近期会上线。', '近期'],
  ['马上帮您查看。', '马上'],
  ['立即处理。', '立即'],
  ['立刻安排。', '立刻'],
  ['有结果后会第一时间通知您。', '第一时间'],
  ['随后发给您。', '随后'],
  ['后续会修复。', '后续'],
  ['日后再说。', '日后'],
  ['我们会尽早安排。', '尽早'],
  ['Our lawyers will file it in the coming weeks.', 'in the coming weeks'],
  ["We'll ship the drives the moment they land.", 'the moment they'],
  ["We'll have it resolved in no time.", 'in no time'],
  ['I will schedule the reviews sometime after September 12.', 'sometime after September 12'],
  ["I'll do it whenever I can.", 'whenever I can'],
  ['I will review it as time permits.', 'as time permits'],
  ['点位图回头发您确认。', '回头'],
  ['我们有空的时候再帮您优化。', '有空的时候'],
];

const IGNORES = [
  'No later than Friday.',
  "I'll send it later today.",
  'I will send you the file.',
  'We received your message.',
  'As we know, the market moved.',
  '我们会跟进处理。',
  '我们的回头客很多。',
  'The moment of truth came.',
];

describe('vague times', () => {
  it.each(FLAGS)('%s', (sentence, text) => {
    expect(vague(sentence)).toEqual([text]);
  });

  it.each(IGNORES)('not vague: %s', (sentence) => {
    expect(vague(sentence)).toEqual([]);
  });

  it('reports vague phrases with a null due and their language', () => {
    const [m] = findDueDates('我们会尽快处理', SHANGHAI);
    expect(m).toMatchObject({
      kind: 'vague',
      due: null,
      deadline: false,
      lang: 'zh',
      start: 3,
      end: 5,
    });
  });
});
