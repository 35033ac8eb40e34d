import { describe, expect, it } from 'vitest';
import type { Commitment, HistoryEntry } from '../model/entities';
import { NO_DUE_AT } from '../model/entities';
import { firstDueAt, isLate, normaliseAction, reportItems } from './items';

const NOW = Date.UTC(2026, 10, 27, 10, 0);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const move = (from: string, to: string): HistoryEntry => ({
  at: iso(NOW - DAY),
  change: 'rescheduled',
  from,
  to,
});
const c = (
  id: string,
  action: string,
  dueAt: number,
  extra: Partial<Commitment> = {},
): Commitment => ({
  id,
  clientId: 'acme',
  text: `I will ${action}.`,
  action,
  dueAt,
  dueKind: dueAt === NO_DUE_AT ? 'none' : 'explicit',
  ...(dueAt === NO_DUE_AT ? {} : { due: iso(dueAt) }),
  status: 'open',
  created: iso(NOW - 9 * DAY),
  history: [],
  ...extra,
});

describe('normaliseAction', () => {
  it('ignores case, punctuation, quotes and spacing', () => {
    expect(normaliseAction('Send the “Q4” report.')).toBe(normaliseAction('send the q4  report'));
    expect(normaliseAction('发送报价。')).toBe(normaliseAction('发送报价'));
  });
});

describe('firstDueAt', () => {
  it('is the first dated value along the reschedules, else the due', () => {
    expect(firstDueAt(c('a', 'x', NOW))).toBe(NOW);
    const moved = c('b', 'x', NOW + 9 * DAY, {
      history: [
        move(iso(NOW + DAY), iso(NOW + 5 * DAY)),
        move(iso(NOW + 5 * DAY), iso(NOW + 9 * DAY)),
      ],
    });
    expect(firstDueAt(moved)).toBe(NOW + DAY);
    const dated = c('c', 'x', NOW + 9 * DAY, { history: [move('none', iso(NOW + 4 * DAY))] });
    expect(firstDueAt(dated)).toBe(NOW + 4 * DAY);
  });
});

describe('reportItems', () => {
  it('merges by the due day in the user’s zone, not by the instant', () => {
    // 23:30 and 01:30 UTC are one day in Shanghai (07:30, 09:30) and two in UTC.
    const late = Date.UTC(2026, 11, 1, 23, 30);
    const early = Date.UTC(2026, 11, 2, 1, 30);
    const pair = [c('a', 'send the file', late), c('b', 'Send the file', early)];
    expect(reportItems(pair, 'Asia/Shanghai')).toHaveLength(1);
    expect(reportItems(pair, 'UTC')).toHaveLength(2);
  });

  it('keeps the earliest first due and the most moves of the merged records', () => {
    const a = c('a', 'send the file', NOW + 6 * DAY, {
      history: [move(iso(NOW + 2 * DAY), iso(NOW + 6 * DAY))],
    });
    const b = c('b', 'send the file', NOW + 6 * DAY);
    const [item] = reportItems([b, a], 'UTC');
    expect(item!.firstDueAt).toBe(NOW + 2 * DAY);
    expect(item!.moves).toBe(1);
    expect(isLate(item!, NOW)).toBe(true);
  });

  it('leaves dropped records out', () => {
    expect(reportItems([c('a', 'x', NOW, { status: 'dropped' })], 'UTC')).toEqual([]);
  });
});
