import { KeptError } from './errors';
import { NO_DUE_AT, type Commitment, type DueKind } from './entities';

/*
 * What an entity's fields must agree on beyond its schema. The repository checks these on every
 * write and the import on every row of a backup, so the two cannot drift (docs/ARCHITECTURE.md,
 * "Data that must survive").
 */

/** A due date as the user gave it: an instant, or none. */
export interface DueInput {
  due?: string;
  dueKind: DueKind;
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
