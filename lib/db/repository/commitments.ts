import type { KeptDatabase } from '../database';
import { KeptError } from '../errors';
import {
  NO_DUE_AT,
  commitmentSchema,
  type Commitment,
  type CommitmentSource,
  type DueKind,
} from '../records';
import { checked, entry, found, isoAt, newId } from './shared';

/** A due date as the user gave it: an instant, or none. */
export interface DueInput {
  due?: string;
  dueKind: DueKind;
}

export interface CommitmentInput extends DueInput {
  clientId: string;
  goalId?: string;
  text: string;
  action?: string;
  source?: CommitmentSource;
  sample?: true;
}

/** `due` normalised to the stored ISO form plus its epoch, or NO_DUE_AT for an undated commitment. */
export function dueFields({
  due,
  dueKind,
}: DueInput): Pick<Commitment, 'due' | 'dueAt' | 'dueKind'> {
  if (dueKind === 'none' || due === undefined) return { dueAt: NO_DUE_AT, dueKind: 'none' };
  const dueAt = Date.parse(due);
  if (Number.isNaN(dueAt)) throw new KeptError('invalid', `Not a date: ${due}`);
  return { due: new Date(dueAt).toISOString(), dueAt, dueKind };
}

/** Logs a commitment. Its client must exist, and its goal, if any, must belong to that client. */
export async function logCommitment(
  db: KeptDatabase,
  input: CommitmentInput,
  now: number,
): Promise<Commitment> {
  return db.transaction('rw', db.clients, db.goals, db.commitments, async () => {
    found(await db.clients.get(input.clientId), 'client', input.clientId);
    if (input.goalId !== undefined) {
      const goal = found(await db.goals.get(input.goalId), 'goal', input.goalId);
      if (goal.clientId !== input.clientId)
        throw new KeptError('invalid', 'That goal belongs to another client.');
    }
    const commitment = checked(commitmentSchema, {
      id: newId(),
      clientId: input.clientId,
      ...(input.goalId !== undefined ? { goalId: input.goalId } : {}),
      text: input.text.trim(),
      action: input.action?.trim() ?? '',
      ...dueFields(input),
      status: 'open',
      created: isoAt(now),
      ...(input.source ? { source: input.source } : {}),
      history: [entry(now, 'created')],
      ...(input.sample ? { sample: true as const } : {}),
    });
    await db.commitments.add(commitment);
    return commitment;
  });
}

/** Reads, changes and writes one commitment in a transaction; `change` also appends its history entry. */
export async function updateCommitment(
  db: KeptDatabase,
  id: string,
  change: (c: Commitment) => Commitment,
): Promise<Commitment> {
  return db.transaction('rw', db.commitments, async () => {
    const next = checked(
      commitmentSchema,
      change(found(await db.commitments.get(id), 'commitment', id)),
    );
    await db.commitments.put(next);
    return next;
  });
}

/** Refuses a change that only makes sense from `status`. */
export function requireStatus(c: Commitment, status: Commitment['status'], action: string): void {
  if (c.status !== status)
    throw new KeptError('invalid-state', `Only a commitment that is ${status} can be ${action}.`);
}
