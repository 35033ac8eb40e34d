import type { KeptDatabase } from '../database';
import { goalSchema, type Goal, type GoalStatus } from '../../model/entities';
import { checked, entry, found, isoAt, newId, without } from './shared';

/** The SMART parts of a goal as the user states them. */
export interface GoalInput {
  clientId: string;
  title: string;
  specific?: string;
  measure?: string;
  target?: string;
  due?: string;
  why?: string;
  sample?: true;
}

/** Creates an active goal for an existing client. */
export async function createGoal(db: KeptDatabase, input: GoalInput, now: number): Promise<Goal> {
  return db.transaction('rw', db.clients, db.goals, async () => {
    found(await db.clients.get(input.clientId), 'client', input.clientId);
    const goal = checked(goalSchema, {
      id: newId(),
      clientId: input.clientId,
      title: input.title.trim(),
      specific: input.specific ?? '',
      measure: input.measure ?? '',
      target: input.target ?? '',
      ...(input.due ? { due: new Date(Date.parse(input.due)).toISOString() } : {}),
      why: input.why ?? '',
      status: 'active',
      progress: 0,
      created: isoAt(now),
      updated: isoAt(now),
      history: [entry(now, 'created')],
      ...(input.sample ? { sample: true as const } : {}),
    });
    await db.goals.add(goal);
    return goal;
  });
}

/** What a goal update may change; each changed part is one history entry. */
export interface GoalPatch {
  title?: string;
  specific?: string;
  measure?: string;
  target?: string;
  due?: string;
  why?: string;
  status?: GoalStatus;
  progress?: number;
}

/**
 * Updates a goal; status and progress changes are logged with from/to and the optional reason. A
 * changed sample goal is the user's from then on (docs/ARCHITECTURE.md, "Data that must survive").
 */
export async function updateGoal(
  db: KeptDatabase,
  id: string,
  patch: GoalPatch,
  reason: string | undefined,
  now: number,
): Promise<Goal> {
  return db.transaction('rw', db.goals, async () => {
    const current = found(await db.goals.get(id), 'goal', id);
    const history = [...current.history];
    if (patch.status !== undefined && patch.status !== current.status)
      history.push(entry(now, 'status', { from: current.status, to: patch.status, reason }));
    if (patch.progress !== undefined && patch.progress !== current.progress)
      history.push(
        entry(now, 'progress', { from: `${current.progress}`, to: `${patch.progress}`, reason }),
      );
    const wording = without(patch, 'status', 'progress');
    if (Object.entries(wording).some(([k, v]) => v !== current[k as keyof typeof wording]))
      history.push(entry(now, 'edited', { reason }));
    const mine = without(current, 'sample');
    const next = checked(goalSchema, { ...mine, ...patch, history, updated: isoAt(now) });
    await db.goals.put(next);
    return next;
  });
}
