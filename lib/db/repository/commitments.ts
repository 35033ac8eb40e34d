import type { KeptDatabase } from '../database';
import { KeptError } from '../../model/errors';
import { commitmentSchema, type Commitment, type CommitmentSource } from '../../model/entities';
import { commitmentProblems, dueFields, type DueInput } from '../../model/invariants';
import { checked, entry, found, isoAt, newId, without } from './shared';

export interface CommitmentInput extends DueInput {
  clientId: string;
  goalId?: string;
  text: string;
  action?: string;
  source?: CommitmentSource;
  sample?: true;
}

/** `checked` for commitments: the schema, then the rules of `commitmentProblems`. */
function checkedCommitment(record: Commitment): Commitment {
  const c = checked(commitmentSchema, record);
  const [problem] = commitmentProblems(c);
  if (problem) throw new KeptError('invalid', `${problem.field}: ${problem.reason}`);
  return c;
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
    const commitment = checkedCommitment({
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

/**
 * Reads, changes and writes one commitment in a transaction; `change` also appends its history
 * entry. A changed sample commitment is the user's from then on (docs/ARCHITECTURE.md, "Data that
 * must survive").
 */
export async function updateCommitment(
  db: KeptDatabase,
  id: string,
  change: (c: Commitment) => Commitment,
): Promise<Commitment> {
  return db.transaction('rw', db.commitments, async () => {
    const next = checkedCommitment(
      without(change(found(await db.commitments.get(id), 'commitment', id)), 'sample'),
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
