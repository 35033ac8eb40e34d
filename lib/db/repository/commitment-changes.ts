import type { KeptDatabase } from '../database';
import { KeptError } from '../../model/errors';
import type { Commitment } from '../../model/entities';
import { dueFields, type DueInput } from '../../model/invariants';
import { requireStatus, updateCommitment } from './commitments';
import { entry, isoAt, requiredReason, without } from './shared';

/** Marks an open commitment done, now. */
export async function completeCommitment(
  db: KeptDatabase,
  id: string,
  now: number,
): Promise<Commitment> {
  return updateCommitment(db, id, (c) => {
    requireStatus(c, 'open', 'marked done');
    const done = { ...c, status: 'done' as const, completed: isoAt(now), completedAt: now };
    return { ...done, history: [...c.history, entry(now, 'done')] };
  });
}

/** Moves an open commitment's due date; the reason is required and kept ("from X to Y because …"). */
export async function rescheduleCommitment(
  db: KeptDatabase,
  id: string,
  due: DueInput,
  reason: string,
  now: number,
): Promise<Commitment> {
  const why = requiredReason(reason, 'moved the date');
  const fields = dueFields(due);
  return updateCommitment(db, id, (c) => {
    requireStatus(c, 'open', 'rescheduled');
    const moved = entry(now, 'rescheduled', {
      from: c.due ?? 'none',
      to: fields.due ?? 'none',
      reason: why,
    });
    return { ...without(c, 'due'), ...fields, history: [...c.history, moved] };
  });
}

/** Drops an open commitment (it will not be done); the reason is required. */
export async function dropCommitment(
  db: KeptDatabase,
  id: string,
  reason: string,
  now: number,
): Promise<Commitment> {
  const why = requiredReason(reason, 'dropped it');
  return updateCommitment(db, id, (c) => {
    requireStatus(c, 'open', 'dropped');
    return {
      ...c,
      status: 'dropped',
      history: [...c.history, entry(now, 'dropped', { reason: why })],
    };
  });
}

/** Reopens a done or dropped commitment (an undo, or work that came back). */
export async function reopenCommitment(
  db: KeptDatabase,
  id: string,
  reason: string,
  now: number,
): Promise<Commitment> {
  return updateCommitment(db, id, (c) => {
    if (c.status === 'open')
      throw new KeptError('invalid-state', 'That commitment is already open.');
    const reopened = entry(now, 'reopened', { from: c.status, reason });
    const rest = without(c, 'completed', 'completedAt');
    return { ...rest, status: 'open', history: [...c.history, reopened] };
  });
}
