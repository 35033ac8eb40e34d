import type { KeptDatabase } from './database';
import { KeptError } from '../model/errors';
import { linkRecord, unlinkRecord, loadSampleData, removeSampleData } from './repository';
import * as repo from './repository';
import { DAY, HOUR } from './test-support';
import type { Operation } from './test-operations';

/** The `i`-th of `rows` (modulo their number), or undefined when there are none. */
const nth = <T>(rows: readonly T[], i: number): T | undefined =>
  rows.length === 0 ? undefined : rows[i % rows.length];

/**
 * The id of the `i`-th row of a table (primary-key order). With none, an id that exists nowhere:
 * the repository then refuses with `not-found`, which is one of its outcomes too.
 */
async function idOf(table: { toCollection(): { primaryKeys(): Promise<string[]> } }, i: number) {
  return nth(await table.toCollection().primaryKeys(), i) ?? 'missing';
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Applies one operation at `now`. A refusal of the repository (a `KeptError`: duplicate email,
 * free-mail domain, nothing to pick, a commitment in the wrong state) is a normal outcome and is
 * swallowed; anything else is a bug and is thrown.
 */
export async function apply(db: KeptDatabase, o: Operation, now: number): Promise<void> {
  try {
    await run(db, o, now);
  } catch (error) {
    if (!(error instanceof KeptError)) throw error;
  }
}

async function run(db: KeptDatabase, o: Operation, now: number): Promise<void> {
  const client = (i: number) => idOf(db.clients, i);
  const commitment = (i: number) => idOf(db.commitments, i);
  switch (o.op) {
    case 'createClient':
      return void (await repo.createClient(db, { name: o.name, domains: o.domains }, now));
    case 'updateClient': {
      const { name, domains, notes } = o;
      const patch = {
        ...(name !== undefined && { name }),
        ...(domains && { domains }),
        ...(notes !== undefined && { notes }),
      };
      return void (await repo.updateClient(db, await client(o.pick), patch, now));
    }
    case 'mergeClients':
      return void (await repo.mergeClients(db, await client(o.pick), await client(o.other), now));
    case 'deleteClient':
      return void (await repo.deleteClient(db, await client(o.pick), { cascade: o.cascade }));
    case 'addContact':
      return void (await repo.addContact(db, { clientId: await client(o.pick), email: o.email }));
    case 'updateContact': {
      const patch = {
        ...(o.client !== undefined && { clientId: await client(o.client) }),
        ...(o.name !== undefined && { name: o.name }),
      };
      return void (await repo.updateContact(db, await idOf(db.contacts, o.pick), patch));
    }
    case 'removeContact':
      return repo.removeContact(db, await idOf(db.contacts, o.pick));
    case 'linkRecord':
      return void (await linkRecord(db, o.key, await client(o.pick), now));
    case 'unlinkRecord':
      return unlinkRecord(db, o.key);
    case 'createGoal': {
      const due = o.dueInDays === undefined ? {} : { due: iso(now + o.dueInDays * DAY) };
      return void (await repo.createGoal(
        db,
        { clientId: await client(o.pick), title: o.title, ...due },
        now,
      ));
    }
    case 'updateGoal': {
      const patch = {
        ...(o.status && { status: o.status }),
        ...(o.progress !== undefined && { progress: o.progress }),
      };
      return void (await repo.updateGoal(db, await idOf(db.goals, o.pick), patch, 'because', now));
    }
    case 'logCommitment': {
      const due =
        o.dueInHours === undefined
          ? { dueKind: 'none' as const }
          : { due: iso(now + o.dueInHours * HOUR), dueKind: 'explicit' as const };
      // Mostly a goal of the commitment's own client; one in five any goal, which may be refused.
      const clientId = await client(o.pick);
      const goals =
        o.goal !== undefined && o.goal % 5 === 0
          ? db.goals.toCollection()
          : db.goals.where('clientId').equals(clientId);
      const goalId = o.goal === undefined ? undefined : nth(await goals.primaryKeys(), o.goal);
      const goal = goalId === undefined ? {} : { goalId };
      return void (await repo.logCommitment(db, { clientId, text: o.text, ...goal, ...due }, now));
    }
    case 'complete':
      return void (await repo.completeCommitment(db, await commitment(o.pick), now));
    case 'drop':
      return void (await repo.dropCommitment(
        db,
        await commitment(o.pick),
        'no longer needed',
        now,
      ));
    case 'reopen':
      return void (await repo.reopenCommitment(db, await commitment(o.pick), 'came back', now));
    case 'reschedule': {
      const due =
        o.dueInHours === undefined
          ? { dueKind: 'none' as const }
          : { due: iso(now + o.dueInHours * HOUR), dueKind: 'explicit' as const };
      return void (await repo.rescheduleCommitment(
        db,
        await commitment(o.pick),
        due,
        'moved',
        now,
      ));
    }
    case 'loadSamples':
      return void (await loadSampleData(db, now));
    case 'removeSamples':
      return void (await removeSampleData(db));
  }
}
