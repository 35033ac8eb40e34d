import type { KeptDatabase } from './database';
import {
  addContact,
  completeCommitment,
  createClient,
  createGoal,
  dropCommitment,
  logCommitment,
  rescheduleCommitment,
} from './repository';
import { localParts, toIso, zonedToMs } from '../analysis/dates/zone';
import { sampleClients } from './sample-records';

const DAY = 86_400_000;

/** A due date `days` from now at 17:00 in the user's zone, as a person would promise it. */
function dueIn(now: number, days: number, timeZone: string): string {
  const { y, m, d } = localParts(now + days * DAY, timeZone);
  return toIso(zonedToMs({ y, m, d }, { h: 17, min: 0 }, timeZone), timeZone);
}

/** What loading or removing sample data touched. */
export interface SampleCounts {
  clients: number;
  contacts: number;
  goals: number;
  commitments: number;
}

/**
 * Creates the sample clients (used by the playground and screenshots), every record marked
 * `sample: true`, with dates relative to `now`: open, overdue, done on time, done late, dropped and
 * rescheduled commitments. Loading again first removes the previous samples, so it never doubles.
 */
export async function loadSampleData(
  db: KeptDatabase,
  now: number,
  timeZone = 'UTC',
): Promise<SampleCounts> {
  // One transaction around every write: a worker stopped half-way leaves no partial sample set.
  return db.transaction('rw', [db.clients, db.contacts, db.goals, db.commitments], () =>
    writeSamples(db, now, timeZone),
  );
}

async function writeSamples(
  db: KeptDatabase,
  now: number,
  timeZone: string,
): Promise<SampleCounts> {
  await removeSampleData(db);
  const counts: SampleCounts = { clients: 0, contacts: 0, goals: 0, commitments: 0 };
  for (const spec of sampleClients) {
    const client = await createClient(db, { ...spec.client, sample: true }, now - 60 * DAY);
    counts.clients += 1;
    for (const contact of spec.contacts) {
      await addContact(db, { ...contact, clientId: client.id, sample: true });
      counts.contacts += 1;
    }
    const goalIds: string[] = [];
    for (const goal of spec.goals) {
      const { dueInDays, ...parts } = goal;
      const due = dueIn(now, dueInDays, timeZone);
      const input = { ...parts, due, clientId: client.id, sample: true as const };
      goalIds.push((await createGoal(db, input, now - 50 * DAY)).id);
      counts.goals += 1;
    }
    for (const c of spec.commitments) {
      const due = c.dueInDays === undefined ? {} : { due: dueIn(now, c.dueInDays, timeZone) };
      const logged = await logCommitment(
        db,
        {
          clientId: client.id,
          goalId: c.goal === undefined ? undefined : goalIds[c.goal],
          text: c.text,
          action: c.action,
          dueKind: c.dueKind,
          ...due,
          source: c.source,
          sample: true,
        },
        now + c.loggedDaysAgo * -DAY,
      );
      counts.commitments += 1;
      if (c.outcome?.kind === 'done')
        await completeCommitment(
          db,
          logged.id,
          now + (c.dueInDays ?? 0) * DAY + c.outcome.offsetDays * DAY,
        );
      if (c.outcome?.kind === 'dropped')
        await dropCommitment(db, logged.id, c.outcome.reason, now - DAY);
      if (c.outcome?.kind === 'rescheduled')
        await rescheduleCommitment(
          db,
          logged.id,
          { due: dueIn(now, c.outcome.toDays, timeZone), dueKind: 'explicit' },
          c.outcome.reason,
          now - 2 * DAY,
        );
    }
  }
  return counts;
}

/**
 * Removes the sample clients with everything filed under them (including anything the user logged
 * against a sample client while trying Kept, so no record is left without its client), and any other
 * record marked as sample. Real clients are never touched.
 */
export async function removeSampleData(db: KeptDatabase): Promise<SampleCounts> {
  return db.transaction('rw', [db.clients, db.contacts, db.goals, db.commitments], async () => {
    const clientIds = await db.clients.filter((c) => c.sample === true).primaryKeys();
    const ofSample = (r: { clientId: string; sample?: true }) =>
      r.sample === true || clientIds.includes(r.clientId);
    const counts: SampleCounts = {
      clients: clientIds.length,
      contacts: await db.contacts.filter(ofSample).delete(),
      goals: await db.goals.filter(ofSample).delete(),
      commitments: await db.commitments.filter(ofSample).delete(),
    };
    await db.clients.bulkDelete(clientIds);
    return counts;
  });
}
