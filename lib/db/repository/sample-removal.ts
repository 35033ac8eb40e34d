import type { KeptDatabase } from '../database';
import type { Client, Commitment, Contact, Goal } from '../../model/entities';

/** What removing sample data removes, and how many sample clients it keeps as the user's. */
export interface SampleRemoval {
  clients: number;
  contacts: number;
  goals: number;
  commitments: number;
  /** Sample clients that hold the user's own records: they stay, and are samples no more. */
  keptClients: number;
}

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

/**
 * Removes the sample records nobody touched (docs/ARCHITECTURE.md, "Data that must survive"). A
 * commitment, goal, contact or client the user created or changed carries no `sample` marker and is
 * never removed; a sample goal one of them refers to stays, and a sample client that anything stays
 * under (including a record link) becomes the user's with its contacts. So nothing left refers to a
 * removed record, and every record left is the user's (no `sample` marker remains). With `dryRun`
 * it only counts.
 */
export async function removeSampleData(
  db: KeptDatabase,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<SampleRemoval> {
  const tables = [db.clients, db.contacts, db.goals, db.commitments, db.recordLinks];
  return db.transaction(dryRun ? 'r' : 'rw', tables, async () => {
    const [clients, contacts, goals, commitments, links] = await Promise.all(
      tables.map((t) => t.toArray()),
    );
    const plan = planRemoval(
      clients as Client[],
      contacts as Contact[],
      goals as Goal[],
      commitments as Commitment[],
      links as { clientId: string }[],
    );
    const removal: SampleRemoval = {
      clients: plan.clients.length,
      contacts: plan.contacts.length,
      goals: plan.goals.length,
      commitments: plan.commitments.length,
      keptClients: plan.keptClients,
    };
    if (dryRun) return removal;
    await db.commitments.bulkDelete(plan.commitments);
    await db.goals.bulkDelete(plan.goals);
    await db.contacts.bulkDelete(plan.contacts);
    await db.clients.bulkDelete(plan.clients);
    const unmark = (r: { sample?: true }) => {
      delete r.sample;
    };
    await db.clients.filter((r) => r.sample === true).modify(unmark);
    await db.contacts.filter((r) => r.sample === true).modify(unmark);
    await db.goals.filter((r) => r.sample === true).modify(unmark);
    return removal;
  });
}

/** The ids to delete, table by table, and the number of sample clients that stay. */
function planRemoval(
  clients: Client[],
  contacts: Contact[],
  goals: Goal[],
  commitments: Commitment[],
  links: { clientId: string }[],
) {
  const keptCommitments = commitments.filter((c) => !c.sample);
  const usedGoals = new Set(keptCommitments.flatMap((c) => (c.goalId ? [c.goalId] : [])));
  const removedGoals = goals.filter((g) => g.sample && !usedGoals.has(g.id));
  const keptGoals = goals.filter((g) => !removedGoals.includes(g));
  const holders = new Set(
    [...keptCommitments, ...keptGoals, ...contacts.filter((c) => !c.sample), ...links].map(
      (r) => r.clientId,
    ),
  );
  const samples = clients.filter((c) => c.sample);
  const removedClients = new Set(ids(samples.filter((c) => !holders.has(c.id))));
  return {
    commitments: ids(commitments.filter((c) => c.sample)),
    goals: ids(removedGoals),
    contacts: ids(contacts.filter((c) => removedClients.has(c.clientId))),
    clients: [...removedClients],
    keptClients: samples.length - removedClients.size,
  };
}
