import { describe, expect, it } from 'vitest';
import { findDueDates, parseDue, type DateContext } from './index';

/** Sunday 29 November 2026, 10:00 in Shanghai. */
const NOV_29: DateContext = { now: new Date('2026-11-29T02:00:00Z'), timeZone: 'Asia/Shanghai' };

const kinds = (text: string): [string, string][] =>
  findDueDates(text, NOV_29).map((m) => [m.text, m.kind]);

describe('approximation makes a date vague', () => {
  it.each([
    ["I'll have it to you Friday-ish.", 'Friday-ish'],
    ["I'll have it to you Fridayish.", 'Fridayish'],
    ['We will deliver around Friday.', 'around Friday'],
    ['The invoice will go out roughly mid-month.', 'roughly mid-month'],
    ['We will have the new batch on site next week-ish.', 'next week-ish'],
    ['I will send the figures next week or so.', 'next week or so'],
    ['我们周五左右发货。', '周五左右'],
    ['月底前后给您报价。', '月底前后'],
    ['师傅下周左右进场。', '下周左右'],
    ['I will quickly check the logs.', 'quickly'],
  ])('%s', (text, phrase) => {
    expect(kinds(text)).toEqual([[phrase, 'vague']]);
  });

  it.each([
    ['I will call you around 3pm.', '3pm'],
    ['师傅明天下午两点左右到。', '明天下午两点'],
    ['We will deliver by Friday.', 'by Friday'],
    ['月底前给您报价。', '月底前'],
    ['I will send it sometime before Friday.', 'before Friday'],
  ])('a written hour, or no approximation, stays explicit: %s', (text, phrase) => {
    expect(kinds(text)).toEqual([[phrase, 'explicit']]);
  });
});

describe('a hedge beside a date outweighs it', () => {
  it.each([
    ["I'll look at it Friday, or whenever I can.", 'Friday, or whenever I can'],
    ['I will send it Friday if time permits.', 'Friday if time permits'],
    ['We will review it tomorrow, time permitting.', 'tomorrow, time permitting'],
    ['我周五或者有空的时候看一下。', '周五或者有空的时候'],
  ])('%s', (text, phrase) => {
    expect(kinds(text)).toEqual([[phrase, 'vague']]);
  });

  it('leaves a date in another clause alone', () => {
    expect(kinds("I'll send the report Friday and call you when I can.")).toEqual([
      ['Friday', 'explicit'],
      ['when I can', 'vague'],
    ]);
  });

  it.each(['as time permits', '有空的时候', 'Friday-ish', '周五左右'])(
    'the popup and side panel read %s as vague too',
    (text) => {
      expect(parseDue(text, NOV_29)).toMatchObject({ kind: 'vague', due: null });
    },
  );
});
