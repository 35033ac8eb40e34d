import { describe, expect, it } from 'vitest';
import { NO_DUE_AT, type Commitment } from '../model/entities';
import { DAY, HOUR, NOW } from '../db/test-support';
import {
  MAX_ALARMS,
  REFILL_ALARM,
  alarmName,
  firedKey,
  parseAlarmName,
  planReminders,
  soonAt,
} from './plan';
import { dayBeforeAt } from './zoned-time';

const lead = { kind: 'dayBeforeAt', hour: 9 } as const;
const tz = 'Asia/Shanghai';

function commitment(id: string, dueAt: number, extra: Partial<Commitment> = {}): Commitment {
  return {
    id,
    clientId: 'c1',
    text: 'Send the report',
    action: 'send the report',
    due: dueAt === NO_DUE_AT ? undefined : new Date(dueAt).toISOString(),
    dueAt,
    dueKind: dueAt === NO_DUE_AT ? 'none' : 'explicit',
    status: 'open',
    created: new Date(NOW - 7 * DAY).toISOString(),
    history: [],
    ...extra,
  };
}

const plan = (commitments: Commitment[], fired: string[] = [], now = NOW) =>
  planReminders({ commitments, lead, timeZone: tz, now, fired: new Set(fired) });

describe('dayBeforeAt', () => {
  it('is 09:00 local on the day before, in the given zone', () => {
    // Due Sat 28 Nov 2026 17:00 in Shanghai (09:00Z) → Fri 27 Nov 09:00 Shanghai = 01:00Z.
    expect(dayBeforeAt(Date.UTC(2026, 10, 28, 9), 9, tz)).toBe(Date.UTC(2026, 10, 27, 1));
    // A due time just after midnight local still counts the local calendar day (Shanghai is +8).
    expect(dayBeforeAt(Date.UTC(2026, 10, 27, 16, 30), 9, tz)).toBe(Date.UTC(2026, 10, 27, 1));
  });

  it('follows daylight saving time', () => {
    // New York moved to EDT on Sun 8 Mar 2026: 09:00 that day is 13:00Z, the day before 14:00Z.
    const ny = 'America/New_York';
    expect(dayBeforeAt(Date.UTC(2026, 2, 9, 15), 9, ny)).toBe(Date.UTC(2026, 2, 8, 13));
    expect(dayBeforeAt(Date.UTC(2026, 2, 8, 15), 9, ny)).toBe(Date.UTC(2026, 2, 7, 14));
  });

  it('supports a lead in minutes', () => {
    expect(soonAt(NOW + DAY, { kind: 'minutesBefore', minutes: 90 }, tz)).toBe(
      NOW + DAY - 90 * 60_000,
    );
  });
});

describe('planReminders', () => {
  it('plans a soon reminder and an overdue notice per open dated commitment, soonest first', () => {
    const due = Date.UTC(2026, 10, 30, 9);
    expect(plan([commitment('a', due)])).toEqual([
      { name: 'kept|soon|a', when: Date.UTC(2026, 10, 29, 1) },
      { name: 'kept|overdue|a', when: due },
    ]);
  });

  it('ignores done, dropped and undated commitments', () => {
    const due = NOW + 3 * DAY;
    expect(
      plan([
        commitment('d', due, { status: 'done' }),
        commitment('x', due, { status: 'dropped' }),
        commitment('n', NO_DUE_AT),
      ]),
    ).toEqual([]);
  });

  it('fires a missed reminder once, now, and never again after it was shown', () => {
    const due = NOW + 5 * HOUR; // its 09:00-the-day-before passed while the browser was closed
    const missed = plan([commitment('m', due)]);
    expect(missed).toEqual([
      { name: 'kept|soon|m', when: NOW },
      { name: 'kept|overdue|m', when: due },
    ]);
    expect(plan([commitment('m', due)], [firedKey('kept|soon|m', due)])).toEqual([
      { name: 'kept|overdue|m', when: due },
    ]);
  });

  it('gives no "due soon" for a commitment logged inside its own lead time', () => {
    const due = NOW + 5 * HOUR;
    const fresh = commitment('f', due, { created: new Date(NOW - HOUR).toISOString() });
    expect(plan([fresh])).toEqual([{ name: 'kept|overdue|f', when: due }]);
  });

  it('shows a missed overdue notice within a day, not after', () => {
    expect(plan([commitment('o', NOW - 2 * HOUR)])).toEqual([
      { name: 'kept|overdue|o', when: NOW },
    ]);
    expect(plan([commitment('o', NOW - 2 * DAY)])).toEqual([]);
  });

  it('caps the alarms and adds a refill alarm at the last one', () => {
    const many = Array.from({ length: MAX_ALARMS }, (_, i) =>
      commitment(`c${i}`, NOW + (i + 2) * DAY),
    );
    const planned = plan(many);
    expect(planned).toHaveLength(MAX_ALARMS + 1);
    expect(planned.at(-1)).toEqual({ name: REFILL_ALARM, when: planned.at(-2)!.when });
    expect(new Set(planned.map((a) => a.name)).size).toBe(planned.length);
  });

  it('round-trips alarm names', () => {
    expect(parseAlarmName(alarmName('overdue', 'abc-1'))).toEqual({
      kind: 'overdue',
      commitmentId: 'abc-1',
    });
    expect(parseAlarmName('other-extension-alarm')).toBeUndefined();
    expect(parseAlarmName(REFILL_ALARM)).toBeUndefined();
  });
});
