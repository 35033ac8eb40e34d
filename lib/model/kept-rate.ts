import { NO_DUE_AT, type Commitment } from './entities';

const DAY = 86_400_000;

/** How reliably promises to a client were kept. */
export interface KeptRate {
  /** Commitments that fell due in the window and were not dropped. */
  due: number;
  /** Of those, done by their due time. */
  keptOnTime: number;
  /** keptOnTime / due, or undefined when nothing fell due. */
  rate: number | undefined;
}

/**
 * The kept-on-time rate over the last `days` (default 90) before `now`: of the commitments that fell
 * due in that window (or were done early within it), the share marked done by their due time.
 * Still-open ones count as missed; dropped ones count neither way (dropping with a reason is an
 * honest outcome, not a broken promise).
 */
export function keptOnTimeRate(
  commitments: readonly Commitment[],
  now: number,
  days = 90,
): KeptRate {
  const from = now - days * DAY;
  let due = 0;
  let keptOnTime = 0;
  for (const c of commitments) {
    if (c.dueAt === NO_DUE_AT || c.status === 'dropped') continue;
    const onTime = c.status === 'done' && c.completedAt !== undefined && c.completedAt <= c.dueAt;
    const fellDue = c.dueAt > from && c.dueAt <= now;
    // Done early counts at once: a promise kept before its date is already a kept promise.
    const doneEarly = onTime && c.completedAt! > from && c.completedAt! <= now;
    if (!fellDue && !doneEarly) continue;
    due += 1;
    if (onTime) keptOnTime += 1;
  }
  return { due, keptOnTime, rate: due === 0 ? undefined : keptOnTime / due };
}
