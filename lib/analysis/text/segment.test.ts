import { describe, expect, it } from 'vitest';
import { excludedRanges } from './exclude';
import { splitSentences } from './segment';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits English at . ! ? and keeps abbreviations and decimals', () => {
    expect(texts('Hi Dr. Smith. I will send 2.5 MB today! Is that ok? Sure.')).toEqual([
      'Hi Dr. Smith.',
      'I will send 2.5 MB today!',
      'Is that ok?',
      'Sure.',
    ]);
  });
  it('splits Chinese at 。！？； and at a "." between Han characters', () => {
    expect(texts('您好！我们会尽快处理。请稍等.谢谢')).toEqual([
      '您好！',
      '我们会尽快处理。',
      '请稍等.',
      '谢谢',
    ]);
  });
  it('treats a line break as a sentence end and keeps offsets', () => {
    const text = 'Hello Anna\nI will call you tomorrow';
    const [first, second] = splitSentences(text);
    expect(first!.text).toBe('Hello Anna');
    expect(text.slice(second!.start, second!.end)).toBe('I will call you tomorrow');
  });
  it('handles mixed English and Chinese in one message', () => {
    expect(texts('Thanks! 我们明天发给您。I will confirm.')).toEqual([
      'Thanks!',
      '我们明天发给您。',
      'I will confirm.',
    ]);
  });
});

describe('excludedRanges', () => {
  const kept = (t: string): string =>
    splitSentences(t)
      .map((s) => s.text)
      .join(' | ');
  it.each([
    ['> quoted lines', 'I will send it.\n> We guarantee it.\n> Thanks', 'I will send it.'],
    [
      'On … wrote:',
      'I will send it.\n\nOn Mon, 3 Nov 2026 at 09:00, Bob <b@x.com> wrote:\nWe guarantee it.',
      'I will send it.',
    ],
    [
      'Original Message',
      'I will send it.\n-----Original Message-----\nFrom: Bob\nWe guarantee it.',
      'I will send it.',
    ],
    [
      '在…写道：',
      '我们明天发给您。\n在 2026年11月3日 09:00，张三 写道：\n保证完成',
      '我们明天发给您。',
    ],
    [
      'forwarded block',
      'See below.\n---------- Forwarded message ---------\nWe guarantee it.',
      'See below.',
    ],
    ['signature', 'I will send it.\n-- \nSam | We guarantee quality', 'I will send it.'],
    [
      'Outlook header',
      'I will send it.\nFrom: Bob\nSent: Monday\nTo: Sam\nWe guarantee it.',
      'I will send it.',
    ],
  ])('skips %s', (_name, text, expected) => {
    expect(kept(text)).toBe(expected);
  });
  it('keeps a sentence that only starts with "From:"', () => {
    expect(excludedRanges('From: the team, thanks!\nI will call.')).toEqual([]);
  });
});
