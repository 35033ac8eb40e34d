import { NO_DUE_AT, type Commitment, type HistoryEntry } from './entities';
import { keptOnTimeRate } from './kept-rate';

/*
 * How the side panel reads a ledger as a to-do list and a week (pure: every instant is passed in).
 */

const DAY = 86_400_000;

/** The groups open commitments are shown in: overdue, due before the week ends, and later or undated. */
export type DueGroup = 'overdue' | 'thisWeek' | 'later';
export const DUE_GROUPS: readonly DueGroup[] = ['overdue', 'thisWeek', 'later'];

/** Which group an open commitment falls in at `now`, for a week ending (exclusive) at `weekEnd`. */
export function dueGroupOf(dueAt: number, now: number, weekEnd: number): DueGroup {
  if (dueAt < now) return 'overdue';
  if (dueAt < weekEnd) return 'thisWeek';
  return 'later';
}

/**
 * Open commitments in their groups, each soonest due first (undated last, then by when they were
 * made), so the order on screen is the order of the groups.
 */
export function groupByDue<C extends Pick<Commitment, 'dueAt' | 'created'>>(
  open: readonly C[],
  now: number,
  weekEnd: number,
): Record<DueGroup, C[]> {
  const groups: Record<DueGroup, C[]> = { overdue: [], thisWeek: [], later: [] };
  const sorted = [...open].sort(
    (a, b) => a.dueAt - b.dueAt || Date.parse(a.created) - Date.parse(b.created),
  );
  for (const c of sorted) groups[dueGroupOf(c.dueAt, now, weekEnd)].push(c);
  return groups;
}

/** A commitment's title: its action, first letter raised ("Send the revised lane report"), else its text. */
export function commitmentTitle(c: Pick<Commitment, 'action' | 'text'>): string {
  const action = c.action.trim();
  if (!action) return c.text;
  return action.charAt(0).toUpperCase() + action.slice(1);
}

/** Whether a commitment has a due date (NO_DUE_AT marks none). */
export const isDated = (c: Pick<Commitment, 'dueAt'>): boolean => c.dueAt !== NO_DUE_AT;

/** The health a kept-on-time rate stands for: 0 % is poor, never good; nothing due is "none". */
export type Health = 'good' | 'fair' | 'poor' | 'none';

/** Thresholds of `healthOf`: at least 90 % is good, at least 70 % fair, below that poor. */
export const HEALTH_GOOD = 0.9;
export const HEALTH_FAIR = 0.7;

/** The health of a rate (`undefined`: nothing fell due, so no data). */
export function healthOf(rate: number | undefined): Health {
  if (rate === undefined || Number.isNaN(rate)) return 'none';
  if (rate >= HEALTH_GOOD) return 'good';
  if (rate >= HEALTH_FAIR) return 'fair';
  return 'poor';
}

/**
 * The kept-on-time rate's trend over the last `days` before `now`: `points` readings, oldest first,
 * each the rate over the `window` days before its instant (undefined where nothing fell due).
 */
export function keptRateTrend(
  commitments: readonly Commitment[],
  now: number,
  { days = 90, points = 7, window = 30 } = {},
): (number | undefined)[] {
  const step = points > 1 ? days / (points - 1) : 0;
  return Array.from(
    { length: points },
    (_, i) => keptOnTimeRate(commitments, now - (points - 1 - i) * step * DAY, window).rate,
  );
}

/** What a client's timeline shows of a change: made, moved, kept (on time or late), dropped, reopened. */
export type TimelineKind = 'made' | 'moved' | 'kept' | 'keptLate' | 'dropped' | 'reopened';

export interface TimelineEvent {
  at: string;
  kind: TimelineKind;
  commitmentId: string;
  title: string;
  entry: HistoryEntry;
}

const KIND: Partial<Record<HistoryEntry['change'], TimelineKind>> = {
  created: 'made',
  rescheduled: 'moved',
  done: 'kept',
  dropped: 'dropped',
  reopened: 'reopened',
};

/**
 * A client's history as one timeline, newest first, at most `limit` events: each commitment's log
 * (made, moved, done, dropped, reopened); a "done" after its due time is kept late.
 */
export function clientTimeline(commitments: readonly Commitment[], limit = 30): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const c of commitments) {
    const title = commitmentTitle(c);
    for (const entry of c.history) {
      let kind = KIND[entry.change];
      if (!kind) continue;
      if (kind === 'kept' && Date.parse(entry.at) > c.dueAt) kind = 'keptLate';
      events.push({ at: entry.at, kind, commitmentId: c.id, title, entry });
    }
  }
  return events.sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, limit);
}
