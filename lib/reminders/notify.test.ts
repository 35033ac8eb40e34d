import { describe, expect, it } from 'vitest';
import type { Commitment } from '../model/entities';
import { reminderText } from './notify';

const NOW = Date.parse('2026-11-29T09:00:00Z');
const commitment = (dueAt: number) =>
  ({
    dueAt,
    action: 'send the revised quote',
    text: 'I will send the revised quote.',
  }) as Commitment;

describe('reminder text', () => {
  it('writes the date as Kept’s screens do, in the UI language', () => {
    // Fri 4 Dec 2026, 15:00 in Shanghai.
    const due = Date.parse('2026-12-04T07:00:00Z');
    expect(reminderText('soon', commitment(due), 'Acme', 'en', 'Asia/Shanghai', NOW)).toEqual({
      title: 'Due Fri 4 Dec, 15:00 · Acme',
      message: 'send the revised quote',
    });
    expect(
      reminderText('soon', commitment(due), '华星科技', 'zh', 'Asia/Shanghai', NOW).title,
    ).toBe('12月4日 周五 15:00 到期 · 华星科技');
  });

  it('leaves out the default end of day and names another year', () => {
    const due = Date.parse('2027-01-05T09:00:00Z'); // 17:00 in Shanghai
    expect(reminderText('soon', commitment(due), 'Acme', 'zh', 'Asia/Shanghai', NOW).title).toBe(
      '2027年1月5日 周二 到期 · Acme',
    );
    expect(reminderText('overdue', commitment(due), 'Acme', 'en', 'Asia/Shanghai', NOW).title).toBe(
      'Overdue · Acme',
    );
  });
});
