import type { KeptDatabase } from '../database';
import { KeptError } from '../errors';
import {
  NO_DUE_AT,
  commitmentSchema,
  type Commitment,
  type CommitmentSource,
  type DueKind,
} from '../records';
import { checked, entry, found, isoAt, newId, without } from './shared';

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

/** A field of a record and why it breaks a repository rule (the import reports these by path). */
export interface FieldProblem {
  field: string;
  reason: string;
}

/**
 * What a commitment's fields must agree on beyond its schema: `dueAt` is the epoch of `due` (or
 * NO_DUE_AT with no date, and then `dueKind` is "none"); a done commitment has `completed` and its
 * epoch `completedAt`, an open or dropped one has neither. Every write and every import checks it.
 */
export function commitmentProblems(c: Commitment): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const expected = dueFields(c);
  if (c.due !== undefined && expected.due === undefined)
    problems.push({ field: 'due', reason: `a due date with dueKind ${c.dueKind}` });
  else if (c.dueAt !== expected.dueAt)
    problems.push({ field: 'dueAt', reason: `${c.dueAt} disagrees with due ${c.due ?? '(none)'}` });
  else if (c.dueKind !== expected.dueKind)
    problems.push({ field: 'dueKind', reason: `${c.dueKind} without a due date` });
  if (c.status === 'done') {
    if (c.completed === undefined || c.completedAt === undefined)
      problems.push({ field: 'completedAt', reason: 'done without completed and completedAt' });
    else if (c.completedAt !== Date.parse(c.completed))
      problems.push({ field: 'completedAt', reason: `disagrees with completed ${c.completed}` });
  } else if (c.completed !== undefined || c.completedAt !== undefined)
    problems.push({ field: 'completed', reason: `${c.status} but completed` });
  return problems;
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
 * Reads, changes and writes one commitment in a transaction; `change` also appends its history entry.
 * A changed sample commitment is the user's from then on (ARCHITECTURE: data that must survive).
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
