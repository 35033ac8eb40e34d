import { Dexie } from 'dexie';
import type { KeptDatabase } from '../database';
import type { Client, Commitment, Goal } from '../../model/entities';

/** An open commitment with the names a calendar or CRM needs beside it. */
export interface OpenRow {
  commitment: Commitment;
  client: Client | undefined;
  goal: Goal | undefined;
}

/** Every open commitment, soonest due first (undated last), joined with its client and goal. */
export async function openRows(db: KeptDatabase): Promise<OpenRow[]> {
  return db.transaction('r', [db.commitments, db.clients, db.goals], async () => {
    const open = await db.commitments
      .where('[status+dueAt]')
      .between(['open', Dexie.minKey], ['open', Dexie.maxKey])
      .toArray();
    const clientIds = [...new Set(open.map((c) => c.clientId))];
    const goalIds = [...new Set(open.flatMap((c) => (c.goalId ? [c.goalId] : [])))];
    const clients = new Map(
      (await db.clients.bulkGet(clientIds)).flatMap((c) => (c ? [[c.id, c]] : [])),
    );
    const goals = new Map((await db.goals.bulkGet(goalIds)).flatMap((g) => (g ? [[g.id, g]] : [])));
    return open.map((commitment) => ({
      commitment,
      client: clients.get(commitment.clientId),
      goal: commitment.goalId ? goals.get(commitment.goalId) : undefined,
    }));
  });
}
