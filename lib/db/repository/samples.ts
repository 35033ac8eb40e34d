import { localParts, toIso, zonedToMs } from '../../analysis/dates/zone';
import type { KeptDatabase } from '../database';
import { createClient } from './clients';
import { completeCommitment, dropCommitment, rescheduleCommitment } from './commitment-changes';
import { logCommitment } from './commitments';
import { addContact } from './contacts';
import { createGoal } from './goals';
import { sampleClients } from './sample-records';
import { removeSampleData, type SampleRemoval } from './sample-removal';

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

/** What loading sample data added, and what it removed first. */
export interface SampleLoad extends SampleCounts {
  removed: SampleRemoval;
}

/**
 * Creates the sample clients (used by the playground and screenshots), every record marked
 * `sample: true`, with dates relative to `now`: open, overdue, done on time, done late, dropped and
 * rescheduled commitments. Loading again first removes the previous samples (only those nobody
 * touched, lib/db/sample-removal.ts), so it never doubles; a sample client whose name, domain or
 * contact is already stored is skipped, so a sample the user made their own is not loaded twice.
 */
export async function loadSampleData(
  db: KeptDatabase,
  now: number,
  timeZone = 'UTC',
): Promise<SampleLoad> {
  // One transaction around every write: a worker stopped half-way leaves no partial sample set.
  const tables = [db.clients, db.contacts, db.goals, db.commitments, db.recordLinks];
  return db.transaction('rw', tables, async () => {
    const removed = await removeSampleData(db);
    return { ...(await writeSamples(db, now, timeZone)), removed };
  });
}

async function writeSamples(
  db: KeptDatabase,
  now: number,
  timeZone: string,
): Promise<SampleCounts> {
  const counts: SampleCounts = { clients: 0, contacts: 0, goals: 0, commitments: 0 };
  const names = new Set((await db.clients.toArray()).map((c) => c.name.toLowerCase()));
  for (const spec of sampleClients) {
    const taken =
      names.has(spec.client.name.toLowerCase()) ||
      (await db.clients.where('domains').anyOf(spec.client.domains).count()) > 0 ||
      (await db.contacts
        .where('email')
        .anyOf(spec.contacts.map((c) => c.email))
        .count()) > 0;
    if (taken) continue;
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
      // The outcome is part of the sample, not the user's touch: keep the marker.
      if (c.outcome) await db.commitments.update(logged.id, { sample: true });
    }
  }
  return counts;
}
