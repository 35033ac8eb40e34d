import { describe, expect, it } from 'vitest';
import { findDueDates } from './index';
import { NEW_YORK, only, SHANGHAI } from './test-helpers';

// now = 2026年11月27日 周五 10:00 (Shanghai). Date-only phrases resolve to 17:00 local.
const FLAGS: [string, string, string, boolean][] = [
  ['我们明天给您回复。', '明天', '2026-11-28T17:00:00+08:00', false],
  ['后天安排师傅上门。', '后天', '2026-11-29T17:00:00+08:00', false],
  ['今天会处理好。', '今天', '2026-11-27T17:00:00+08:00', false],
  ['今晚发给您。', '今晚', '2026-11-27T23:59:00+08:00', false],
  ['下周五给您答复。', '下周五', '2026-12-04T17:00:00+08:00', false],
  ['本周五发货。', '本周五', '2026-11-27T17:00:00+08:00', false],
  ['周五前完成。', '周五前', '2026-12-04T17:00:00+08:00', true],
  ['我们会在3月15日前交付。', '3月15日前', '2027-03-15T17:00:00+08:00', true],
  ['两个工作日内回复您。', '两个工作日内', '2026-12-01T17:00:00+08:00', true],
  ['24小时内处理。', '24小时内', '2026-11-28T10:00:00+08:00', true],
  ['三天内寄出。', '三天内', '2026-11-30T17:00:00+08:00', true],
  ['本周内完成。', '本周内', '2026-11-27T17:00:00+08:00', true],
  ['月底前结算。', '月底前', '2026-11-30T17:00:00+08:00', true],
  ['下个月上线。', '下个月', '2026-12-31T17:00:00+08:00', false],
  ['第二季度末交付。', '第二季度末', '2027-06-30T17:00:00+08:00', false],
  ['下班前发给您。', '下班前', '2026-11-27T17:00:00+08:00', true],
  ['明天下班前发给您。', '明天下班前', '2026-11-28T17:00:00+08:00', true],
  ['中午前回复。', '中午前', '2026-11-27T12:00:00+08:00', true],
  ['十五号前到账。', '十五号前', '2026-12-15T17:00:00+08:00', true],
  ['十五个工作日内退款。', '十五个工作日内', '2026-12-18T17:00:00+08:00', true],
  ['半小时内联系您。', '半小时内', '2026-11-27T10:30:00+08:00', true],
  ['明天下午三点给您电话。', '明天下午三点', '2026-11-28T15:00:00+08:00', false],
  ['我们会在2026年12月4日之前回复。', '2026年12月4日之前', '2026-12-04T17:00:00+08:00', true],
  ['请10号前往营业厅。', '10号', '2026-12-10T17:00:00+08:00', false],
  ['三天前已经寄出。', '三天前', '2026-11-24T17:00:00+08:00', false],
];

const IGNORES = [
  '请到1号楼办理。',
  '乘坐2号线到达。',
  '版本2.1已经发布。',
  '请拨打13812345678。',
  '我们会跟进处理。',
  '感谢您的支持。',
  '三天的时间不够。',
  '我们现在就处理。',
  '下午好！',
  '周末好，请提供订单号。',
  '同一时间领取人数过多。',
];

describe('Chinese explicit dates (Shanghai, 2026-11-27 10:00)', () => {
  it.each(FLAGS)('%s', (sentence, text, due, deadline) => {
    expect(only(sentence, SHANGHAI)).toEqual([text, due, deadline]);
  });
});

describe('Chinese near-misses are not dates', () => {
  it.each(IGNORES)('%s', (sentence) => {
    expect(findDueDates(sentence, SHANGHAI)).toEqual([]);
  });
});

describe('Chinese dates resolved in another zone', () => {
  it('resolves 明天 and 月底前 in New York wall time', () => {
    expect(only('明天', NEW_YORK)).toEqual(['明天', '2026-11-28T17:00:00-05:00', false]);
    expect(only('月底前', NEW_YORK)).toEqual(['月底前', '2026-11-30T17:00:00-05:00', true]);
  });

  it('reads a date and a clock time in mixed English and Chinese', () => {
    const found = findDueDates('OK, 我们 tomorrow 发给您, 最晚下周五前。', SHANGHAI);
    expect(found.map((m) => [m.text, m.lang])).toEqual([
      ['tomorrow', 'en'],
      ['下周五前', 'zh'],
    ]);
  });
});
