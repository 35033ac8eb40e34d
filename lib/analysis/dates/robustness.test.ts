import { describe, expect, it } from 'vitest';
import { findDueDates, hasDateCue, parseDue } from './index';
import { SHANGHAI } from './test-helpers';

describe('findDueDates never throws', () => {
  const inputs: [string, string][] = [
    ['empty', ''],
    ['emoji', '🎉🎉 by Friday 👍🏽'],
    ['RTL', 'سأرسله غدا by tomorrow שלום'],
    ['lone surrogates', '\uD800 by Friday \uDC00 明天\uD800'],
    [
      'HTML source',
      '<div class="x"><p>We will send it <b>by Friday</b></p><script>if(a<b){}</script></div>',
    ],
    ['control characters', '\u0000\u0001 tomorrow \u200b\u200e'],
  ];
  it.each(inputs)('%s', (_name, text) => {
    expect(() => findDueDates(text, SHANGHAI)).not.toThrow();
  });

  it('survives a bad time zone and an invalid now', () => {
    expect(() =>
      findDueDates('by Friday', { now: new Date('x'), timeZone: 'Not/AZone' }),
    ).not.toThrow();
    expect(() => parseDue('tomorrow', { now: new Date('x'), timeZone: 'Not/AZone' })).not.toThrow();
  });

  it('handles a 1 MB input in well under a second', () => {
    const unit = 'Thanks for the note. I will send the revised deck by Friday, 我们会尽快处理。 ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const start = performance.now();
    const found = findDueDates(text, SHANGHAI);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(found.length).toBeGreaterThan(1000);
  });
});

describe('offsets are UTF-16 indices into the input', () => {
  it('counts an emoji before the date as two code units', () => {
    const text = '👍 I will send it by Friday.';
    const [m] = findDueDates(text, SHANGHAI);
    expect(m?.start).toBe(text.indexOf('by Friday'));
    expect(text.slice(m!.start, m!.end)).toBe('by Friday');
  });

  it('keeps offsets across sentences and languages', () => {
    const text = 'Hi 😀.\n收到！我们会在两个工作日内回复。 Then 🎉 see you tomorrow EOD.';
    const found = findDueDates(text, SHANGHAI);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found.map((m) => m.text)).toEqual(['两个工作日内', 'tomorrow EOD']);
  });

  it('joins a date with a time of day but not two dates', () => {
    const found = findDueDates('Friday, 3pm works; or tomorrow, next week.', SHANGHAI);
    expect(found.map((m) => m.text)).toEqual(['Friday, 3pm', 'tomorrow', 'next week']);
    expect(found[0]?.due).toBe('2026-12-04T15:00:00+08:00');
  });

  it('returns matches sorted and non-overlapping', () => {
    const found = findDueDates(
      'by Friday or by end of Q2, 尽快, 下周五前, asap, tomorrow',
      SHANGHAI,
    );
    for (let i = 1; i < found.length; i++)
      expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});

describe('hasDateCue', () => {
  it.each([
    'by Friday',
    'tomorrow',
    'within 2 business days',
    'asap',
    'on 3/15',
    '明天',
    '尽快',
    '月底前',
    'Q2',
  ])('cue: %s', (text) => expect(hasDateCue(text)).toBe(true));
  it.each(['Thanks for your help with the contract.', '感谢您的支持', 'Please see attached.'])(
    'no cue: %s',
    (text) => expect(hasDateCue(text)).toBe(false),
  );
});
