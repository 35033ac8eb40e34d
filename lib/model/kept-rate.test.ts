import { describe, expect, it } from 'vitest';
import { keptOnTimeRate } from './kept-rate';
import { NO_DUE_AT, type Commitment } from './entities';

/** Friday 27 Nov 2026, 10:00 UTC, as in the database tests. */
const NOW = Date.UTC(2026, 10, 27, 10, 0);
const DAY = 86_400_000;

const commitment = (dueAt: number, completedAt?: number): Commitment => ({
  id: `c${dueAt}-${completedAt}`,
  clientId: 'a',
  text: 'x',
  action: '',
  dueAt,
  dueKind: dueAt === NO_DUE_AT ? 'none' : 'explicit',
  ...(dueAt === NO_DUE_AT ? {} : { due: new Date(dueAt).toISOString() }),
  status: completedAt === undefined ? 'open' : 'done',
  ...(completedAt === undefined
    ? {}
    : { completed: new Date(completedAt).toISOString(), completedAt }),
  created: new Date(NOW - 30 * DAY).toISOString(),
  history: [],
});

describe('keptOnTimeRate and early completions', () => {
  it('counts a commitment done before its (future) date at once', () => {
    const before = keptOnTimeRate([commitment(NOW - DAY), commitment(NOW + 3 * DAY)], NOW);
    expect(before).toEqual({ due: 1, keptOnTime: 0, rate: 0 });
    const after = keptOnTimeRate([commitment(NOW - DAY), commitment(NOW + 3 * DAY, NOW)], NOW);
    expect(after).toEqual({ due: 2, keptOnTime: 1, rate: 0.5 });
  });

  it('never counts an undated commitment, done or not', () => {
    expect(keptOnTimeRate([commitment(NO_DUE_AT, NOW - DAY)], NOW).due).toBe(0);
  });

  it('leaves out early completions older than the window', () => {
    expect(keptOnTimeRate([commitment(NOW + DAY, NOW - 100 * DAY)], NOW).due).toBe(0);
  });
});
