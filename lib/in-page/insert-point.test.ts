import { describe, expect, it } from 'vitest';
import { endOfOwnText, insertionOffset } from './insert-point';

const at = (text: string, marker = '¦') => {
  const offset = text.indexOf(marker);
  return { text: text.replace(marker, ''), offset };
};

describe('endOfOwnText', () => {
  it.each([
    ['Hi Dana,\n\nThe dashboard is live.¦\n\nBest,\nSam'],
    ['Hi Dana,\n\nThe dashboard is live.¦\n\nKind regards,\nSam Lee\nAccount manager\nKept Ltd'],
    ['Hi Dana,\n\nThe dashboard is live.¦\n\nThanks!\n'],
    ['Hi Dana,\n\nThe dashboard is live.¦\n\n-- \nSam\nKept Ltd'],
    [
      'Hi Dana,\n\nThe dashboard is live.¦\n\nBest,\nSam\n\nOn Mon, 23 Nov 2026, Dana wrote:\n> Any news?',
    ],
    ['王总您好，\n\n仪表盘已上线。¦\n\n此致\n敬礼\n张三'],
    ['王总您好，\n\n仪表盘已上线。¦\n\n祝好，\n张三'],
    ['Hi Dana,\n\nThe dashboard is live.¦'],
    ['Hi Dana,\n\nThanks for the call.\nThe dashboard is live.¦\n\n'],
  ])('%j', (marked) => {
    const { text, offset } = at(marked);
    expect(endOfOwnText(text)).toBe(offset);
  });

  it('a "thanks" followed by a long paragraph is the writer’s text, not a sign-off', () => {
    const text =
      'Hi Dana,\n\nThanks,\nthe numbers you sent last week helped us settle the quarterly plan with finance.';
    expect(endOfOwnText(text)).toBe(text.length);
  });
});

describe('insertionOffset', () => {
  const draft = 'Hi Dana,\n\nThe dashboard is live.\n\nBest,\nSam';
  const end = draft.indexOf('\n\nBest');

  it('goes above the sign-off when the caret is not in the draft', () => {
    expect(insertionOffset(draft, null)).toBe(end);
  });

  it('ignores a caret at the start, in a line, or in the sign-off', () => {
    expect(insertionOffset(draft, 0)).toBe(end);
    expect(insertionOffset(draft, draft.indexOf('dashboard'))).toBe(end);
    expect(insertionOffset(draft, draft.length)).toBe(end);
  });

  it('takes a caret at the end of a line of the writer’s text', () => {
    expect(insertionOffset(draft, 'Hi Dana,'.length)).toBe('Hi Dana,'.length);
    expect(insertionOffset(draft, 'Hi Dana,\n'.length)).toBe('Hi Dana,\n'.length);
  });
});
