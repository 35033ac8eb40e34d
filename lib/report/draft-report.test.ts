import { describe, expect, it } from 'vitest';
import type { Commitment, Goal, HistoryEntry } from '../model/entities';
import { NO_DUE_AT } from '../model/entities';
import { draftReport } from './draft-report';
import { clientLanguage } from './last-report';

/** Friday 27 Nov 2026, 10:00 UTC. */
const NOW = Date.UTC(2026, 10, 27, 10, 0);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

function commitment(
  action: string,
  dueAt: number,
  extra: Partial<Commitment> = {},
  history: HistoryEntry[] = [],
): Commitment {
  return {
    id: action.replace(/\W/g, '') || 'x',
    clientId: 'acme',
    text: `I will ${action}.`,
    action,
    dueAt,
    dueKind: dueAt === NO_DUE_AT ? 'none' : 'explicit',
    ...(dueAt === NO_DUE_AT ? {} : { due: iso(dueAt) }),
    status: 'open',
    created: iso(NOW - 20 * DAY),
    history: [{ at: iso(NOW - 20 * DAY), change: 'created' }, ...history],
    ...extra,
  };
}

const goal: Goal = {
  id: 'g',
  clientId: 'acme',
  title: 'Cut late deliveries',
  specific: 'Late deliveries',
  measure: 'Share of late shipments',
  target: 'Below 2%',
  due: iso(NOW + 45 * DAY),
  why: '',
  status: 'active',
  progress: 40,
  created: iso(NOW - 50 * DAY),
  updated: iso(NOW - 50 * DAY),
  history: [],
};

const ledger = [
  commitment('send the lane report', NOW - 3 * DAY, {
    status: 'done',
    completed: iso(NOW - 4 * DAY),
    completedAt: NOW - 4 * DAY,
  }),
  commitment('send last month’s invoice', NOW - 30 * DAY, {
    status: 'done',
    completed: iso(NOW - 30 * DAY),
    completedAt: NOW - 30 * DAY,
  }),
  commitment('confirm the pickup windows', NOW + 2 * DAY),
  commitment('share the delay breakdown', NOW - DAY),
  commitment('book the quarterly review', NOW + 6 * DAY, {}, [
    {
      at: iso(NOW - 2 * DAY),
      change: 'rescheduled',
      from: iso(NOW + 3 * DAY),
      to: iso(NOW + 6 * DAY),
      reason: 'Dana is travelling',
    },
  ]),
  commitment('look into the font licence', NO_DUE_AT),
  commitment('send the mood board', NOW - 9 * DAY, { status: 'dropped' }),
];

const base = {
  now: NOW,
  timeZone: 'UTC',
  since: NOW - 14 * DAY,
  commitments: ledger,
  goals: [goal],
};

describe('draftReport', () => {
  it('reports done, in progress, late with new date and reason, and next steps, in English', () => {
    expect(draftReport({ ...base, lang: 'en' })).toBe(
      [
        'Progress update, Fri 27 Nov',
        'Done since Fri 13 Nov:\n• Send the lane report (done Mon 23 Nov)',
        'In progress:\n• Confirm the pickup windows, due Sun 29 Nov, 10:00',
        'Running late, with new dates:\n' +
          '• Share the delay breakdown: was due Thu 26 Nov, 10:00; I will confirm a new date shortly.\n' +
          '• Book the quarterly review: now due Thu 3 Dec, 10:00 (was Mon 30 Nov, 10:00). Reason: Dana is travelling',
        'Next steps:\n• Look into the font licence (date to be confirmed)\n' +
          '• Toward “Cut late deliveries”: Below 2% by Mon 11 Jan 2027, 10:00 (40% there)',
      ].join('\n\n'),
    );
  });

  it('writes the same report in Chinese', () => {
    const text = draftReport({ ...base, lang: 'zh' });
    expect(text).toContain('进展更新');
    expect(text).toContain('自 11月13日 周五 以来已完成：');
    expect(text).toContain(
      '新日期 12月3日 周四 10:00（原定 11月30日 周一 10:00），原因：Dana is travelling',
    );
    expect(text).toContain('（日期待定）');
  });

  it('never reports dropped work or work done before the last report', () => {
    const text = draftReport({ ...base, lang: 'en' });
    expect(text).not.toContain('mood board');
    expect(text).not.toContain('invoice');
  });

  it('says so when there is nothing to report', () => {
    expect(draftReport({ ...base, commitments: [], goals: [], lang: 'en' })).toBe(
      'Progress update, Fri 27 Nov\n\nNothing to report yet.',
    );
  });
});

describe('clientLanguage', () => {
  it.each([
    ['华星科技 深圳，智能仓储系统。', 'zh'],
    ['Acme Logistics', 'en'],
    ['Acme Logistics 中国', 'en'],
  ])('%s → %s', (sample, lang) => expect(clientLanguage(sample)).toBe(lang));
});
