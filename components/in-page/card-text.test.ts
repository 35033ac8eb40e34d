import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/analysis';
import { translator } from '@/lib/i18n';
import { cardMessage, fixTitle } from './card-text';

const finding = (message: string, kind: Finding['kind'] = 'overpromise'): Finding => ({
  rule: 'overpromise-guarantee',
  kind,
  severity: 'warning',
  start: 0,
  end: 4,
  text: 'x',
  message,
  fixes: [],
});

describe('the card message in the UI language', () => {
  const en = 'A guarantee sets an expectation you may not be able to meet.';
  const zh = '“保证”会设定一个你未必能达到的硬性期望。';

  it('keeps the rule message when it is written in the UI language', () => {
    expect(cardMessage(finding(en), translator('en'))).toBe(en);
    expect(cardMessage(finding(zh), translator('zh'))).toBe(zh);
    // An English message quoting a Chinese phrase is still English.
    const quoting = 'You asked Kept to flag "保证".';
    expect(cardMessage(finding(quoting), translator('en'))).toBe(quoting);
  });

  it('explains the finding kind in the UI language when the message is in the other one', () => {
    expect(cardMessage(finding(en), translator('zh'))).toBe('这句话承诺得过满，未必能兑现。');
    expect(cardMessage(finding(zh, 'missing-date'), translator('en'))).toBe(
      'This promise has no date.',
    );
  });

  it('keeps a message of unknown kind (nothing to explain it with)', () => {
    expect(cardMessage({ message: en }, translator('zh'))).toBe(en);
  });

  it('keeps the message when the text function’s language is unknown (a test’s stand-in)', () => {
    expect(cardMessage(finding(en), (key) => key)).toBe(en);
  });

  it('names a fix in its tooltip only when the rule named it in the UI language', () => {
    const fix = { label: 'Remove the certainty', replacement: 'Most likely' };
    expect(fixTitle(fix, 'Most likely', translator('en'))).toBe(
      'Replace with “Most likely” (Remove the certainty)',
    );
    expect(fixTitle(fix, 'Most likely', translator('zh'))).toBe('替换为“Most likely”');
    expect(fixTitle(fix, '', translator('zh'))).toBeUndefined();
  });
});
