import { describe, expect, it } from 'vitest';
import { clientTimeline, commitmentTitle, groupByDue, healthOf, keptRateTrend } from './agenda';
import { NO_DUE_AT, type Commitment } from './entities';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-25T10:00:00Z'); // a Wednesday
const WEEK_END = Date.parse('2026-11-30T00:00:00Z');

function commitment(id: string, dueAt: number, extra: Partial<Commitment> = {}): Commitment {
  const created = new Date(NOW - 10 * DAY).toISOString();
  return {
    id,
    clientId: 'c1',
    text: `I will do ${id}.`,
    action: `do ${id}`,
    ...(dueAt === NO_DUE_AT ? {} : { due: new Date(dueAt).toISOString() }),
    dueAt,
    dueKind: dueAt === NO_DUE_AT ? 'none' : 'explicit',
    status: 'open',
    created,
    history: [{ at: created, change: 'created' }],
    ...extra,
  };
}

describe('groupByDue', () => {
  it('puts each open commitment in overdue, this week or later, soonest first, undated last', () => {
    const items = [
      commitment('undated', NO_DUE_AT),
      commitment('next-week', WEEK_END + DAY),
      commitment('friday', NOW + 2 * DAY),
      commitment('late-2', NOW - 2 * DAY),
      commitment('sunday-night', WEEK_END - 1),
      commitment('late-1', NOW - 1),
      commitment('thursday', NOW + DAY),
    ];
    const groups = groupByDue(items, NOW, WEEK_END);
    const ids = (list: Commitment[]) => list.map((c) => c.id);
    expect(ids(groups.overdue)).toEqual(['late-2', 'late-1']);
    expect(ids(groups.thisWeek)).toEqual(['thursday', 'friday', 'sunday-night']);
    expect(ids(groups.later)).toEqual(['next-week', 'undated']);
  });

  it('due exactly now is this week; due at the week’s end is later', () => {
    const groups = groupByDue([commitment('a', NOW), commitment('b', WEEK_END)], NOW, WEEK_END);
    expect(groups.thisWeek.map((c) => c.id)).toEqual(['a']);
    expect(groups.later.map((c) => c.id)).toEqual(['b']);
  });
});

describe('commitmentTitle', () => {
  it('is the action with its first letter raised, else the sentence', () => {
    expect(commitmentTitle({ action: 'send the revised lane report', text: 'x' })).toBe(
      'Send the revised lane report',
    );
    expect(commitmentTitle({ action: '提交试点方案', text: 'x' })).toBe('提交试点方案');
    expect(commitmentTitle({ action: '  ', text: '我们会尽快处理' })).toBe('我们会尽快处理');
  });
});

describe('healthOf', () => {
  it('is good from 90 %, fair from 70 %, poor below; 0 % is poor and nothing due is no data', () => {
    expect(healthOf(1)).toBe('good');
    expect(healthOf(0.9)).toBe('good');
    expect(healthOf(0.89)).toBe('fair');
    expect(healthOf(0.7)).toBe('fair');
    expect(healthOf(0.69)).toBe('poor');
    expect(healthOf(0)).toBe('poor');
    expect(healthOf(undefined)).toBe('none');
  });
});

describe('keptRateTrend', () => {
  it('reads the 30-day rate at seven points across 90 days, oldest first, undefined where nothing fell due', () => {
    const done = (id: string, dueAgo: number, late: boolean) =>
      commitment(id, NOW - dueAgo * DAY, {
        status: 'done',
        completed: new Date(NOW - dueAgo * DAY + (late ? DAY : -DAY)).toISOString(),
        completedAt: NOW - dueAgo * DAY + (late ? DAY : -DAY),
      });
    // 80 days ago: one late; 10 days ago: one on time.
    const trend = keptRateTrend([done('old', 80, true), done('new', 10, false)], NOW);
    expect(trend).toHaveLength(7);
    expect(trend[0]).toBeUndefined(); // 90 days ago: nothing yet
    expect(trend[1]).toBe(0); // 75 days ago: the late one
    expect(trend[6]).toBe(1); // now: the last 30 days hold the kept one only
  });
});

describe('clientTimeline', () => {
  it('lists made, moved, kept (or kept late), dropped and reopened, newest first', () => {
    const at = (days: number) => new Date(NOW - days * DAY).toISOString();
    const moved = commitment('moved', NOW + DAY, {
      history: [
        { at: at(9), change: 'created' },
        { at: at(5), change: 'rescheduled', from: at(2), to: at(-1), reason: 'late data' },
        { at: at(4), change: 'edited' },
      ],
    });
    const kept = commitment('kept', NOW - 3 * DAY, {
      status: 'done',
      history: [
        { at: at(8), change: 'created' },
        { at: at(2), change: 'done' },
      ],
    });
    const dropped = commitment('dropped', NOW - DAY, {
      status: 'dropped',
      history: [
        { at: at(7), change: 'created' },
        { at: at(1), change: 'dropped', reason: 'cancelled' },
      ],
    });
    const events = clientTimeline([moved, kept, dropped]);
    expect(events.map((e) => [e.kind, e.commitmentId])).toEqual([
      ['dropped', 'dropped'],
      ['keptLate', 'kept'],
      ['moved', 'moved'],
      ['made', 'dropped'],
      ['made', 'kept'],
      ['made', 'moved'],
    ]);
    expect(events[2]!.title).toBe('Do moved');
    expect(clientTimeline([moved, kept, dropped], 2)).toHaveLength(2);
  });
});
