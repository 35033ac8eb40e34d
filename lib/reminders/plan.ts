import { NO_DUE_AT, type Commitment } from '../model/entities';
import type { ReminderLead } from '../model/settings';
import { dayBeforeAt } from './zoned-time';

/** Prefix of every alarm Kept owns, so a rebuild clears only its own. */
export const ALARM_PREFIX = 'kept|';
/** Alarm that rebuilds the plan when more reminders are due than were scheduled at once. */
export const REFILL_ALARM = `${ALARM_PREFIX}refill`;
/** Chrome allows 500 active alarms per extension; stay well below and refill. */
export const MAX_ALARMS = 400;
/** An overdue notice missed (browser closed) is still shown within this window, not after. */
export const OVERDUE_GRACE_MS = 24 * 3_600_000;

export type ReminderKind = 'soon' | 'overdue';

/** One alarm to create: its name carries the commitment id, so each commitment has at most one of each. */
export interface PlannedAlarm {
  name: string;
  when: number;
}

/** The alarm name for a commitment's reminder. */
export const alarmName = (kind: ReminderKind, commitmentId: string): string =>
  `${ALARM_PREFIX}${kind}|${commitmentId}`;

/** The kind and commitment id in an alarm name, or undefined for an alarm that is not a reminder. */
export function parseAlarmName(
  name: string,
): { kind: ReminderKind; commitmentId: string } | undefined {
  const [prefix, kind, commitmentId] = name.split('|');
  if (`${prefix}|` !== ALARM_PREFIX || !commitmentId || (kind !== 'soon' && kind !== 'overdue'))
    return undefined;
  return { kind, commitmentId };
}

/** A shown reminder, remembered so a rebuild never shows it twice; tied to the due time it was for. */
export const firedKey = (name: string, dueAt: number): string => `${name}@${dueAt}`;

/** When the "falls due soon" reminder for `dueAt` fires. */
export function soonAt(dueAt: number, lead: ReminderLead, timeZone: string): number {
  return lead.kind === 'dayBeforeAt'
    ? dayBeforeAt(dueAt, lead.hour, timeZone)
    : dueAt - lead.minutes * 60_000;
}

export interface PlanInput {
  /** Open commitments (others are ignored). */
  commitments: readonly Commitment[];
  lead: ReminderLead;
  timeZone: string;
  now: number;
  /** firedKey()s of reminders already shown. */
  fired: ReadonlySet<string>;
  max?: number;
  /**
   * Set when the caller's query stopped at a limit: the due time of the last commitment it read.
   * Reminders of the unread ones cannot come before that one's "soon" time, so the refill goes there.
   */
  moreFrom?: number;
}

/**
 * The alarms Kept should have, derived from the database alone, so rebuilding is idempotent: a
 * "soon" reminder at the lead time and an "overdue" notice at the due time. A reminder whose time
 * passed while the browser was closed still fires once (now), unless it was already shown, is no
 * longer relevant, or its time came before the commitment was logged (no "due soon" for a promise
 * logged an hour before its deadline). At most `max` alarms, soonest first, then a refill alarm when more remain.
 */
export function planReminders(input: PlanInput): PlannedAlarm[] {
  const { now, fired } = input;
  const planned: PlannedAlarm[] = [];
  for (const c of input.commitments) {
    if (c.status !== 'open' || c.dueAt === NO_DUE_AT) continue;
    const soon = alarmName('soon', c.id);
    const soonTime = soonAt(c.dueAt, input.lead, input.timeZone);
    if (soonTime > now) planned.push({ name: soon, when: soonTime });
    else if (
      now < c.dueAt &&
      soonTime >= Date.parse(c.created) &&
      !fired.has(firedKey(soon, c.dueAt))
    )
      planned.push({ name: soon, when: now });
    const overdue = alarmName('overdue', c.id);
    if (c.dueAt > now) planned.push({ name: overdue, when: c.dueAt });
    else if (now - c.dueAt < OVERDUE_GRACE_MS && !fired.has(firedKey(overdue, c.dueAt)))
      planned.push({ name: overdue, when: now });
  }
  planned.sort((a, b) => a.when - b.when || a.name.localeCompare(b.name));
  const max = input.max ?? MAX_ALARMS;
  const kept = planned.slice(0, max);
  let refill = planned.length > max ? kept.at(-1)!.when : Infinity;
  if (input.moreFrom !== undefined)
    refill = Math.min(refill, soonAt(input.moreFrom, input.lead, input.timeZone));
  return refill === Infinity
    ? kept
    : [...kept, { name: REFILL_ALARM, when: Math.max(refill, now) }];
}
