import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeptDatabase } from './database';
import {
  linkRecord,
  createClient,
  createGoal,
  deleteClient,
  logCommitment,
  mergeClients,
  loadSampleData,
  removeSampleData,
} from './repository';
import { NOW, testDatabase } from './test-support';
import { exportBackupJson } from './transfer/export-backup';
import { importBackup } from './transfer/import-backup';

let db: KeptDatabase;
let empty: KeptDatabase;
beforeEach(() => {
  db = testDatabase();
  empty = testDatabase();
});
afterEach(() => {
  db.close();
  empty.close();
});

/** Exports `db` and imports the file into an empty database: the report of that import. */
async function roundTrip() {
  return importBackup(empty, await exportBackupJson(db, NOW));
}

describe('a backup taken after an ordinary action imports', () => {
  it('after a client with record links is deleted with its records', async () => {
    const a = await createClient(db, { name: 'Acme' }, NOW);
    await logCommitment(db, { clientId: a.id, text: 'Call back', dueKind: 'none' }, NOW);
    await linkRecord(db, 'hubspot:1/0-2/7', a.id, NOW);
    expect(await deleteClient(db, a.id, { cascade: true })).toMatchObject({ recordLinks: 1 });
    expect(await db.recordLinks.count()).toBe(0);
    expect(await roundTrip()).toMatchObject({ valid: true, written: true, problemCount: 0 });
  });

  it('after an empty client with a record link is deleted without cascade', async () => {
    const a = await createClient(db, { name: 'Acme' }, NOW);
    await linkRecord(db, 'hubspot:1/0-2/7', a.id, NOW);
    await deleteClient(db, a.id, { cascade: false });
    expect(await roundTrip()).toMatchObject({ valid: true, problemCount: 0 });
  });

  it('after a merge: record links follow the merged client', async () => {
    const a = await createClient(db, { name: 'Acme' }, NOW);
    const b = await createClient(db, { name: 'ACME Corp' }, NOW);
    const goal = await createGoal(db, { clientId: b.id, title: 'Renewal' }, NOW);
    await logCommitment(
      db,
      { clientId: b.id, goalId: goal.id, text: 'Send terms', dueKind: 'none' },
      NOW,
    );
    await linkRecord(db, 'salesforce:Account/001', b.id, NOW);
    await mergeClients(db, a.id, b.id, NOW);
    expect((await db.recordLinks.get('salesforce:Account/001'))?.clientId).toBe(a.id);
    expect(await roundTrip()).toMatchObject({ valid: true, written: true, problemCount: 0 });
  });

  it('after sample data with a linked record and a real goal reference is removed', async () => {
    await loadSampleData(db, NOW);
    const clients = await db.clients.toArray();
    const acme = clients.find((c) => c.name === 'Acme Logistics')!;
    const northwind = clients.find((c) => c.name === 'Northwind Studio')!;
    const [goal] = await db.goals.where('clientId').equals(acme.id).toArray();
    await logCommitment(
      db,
      { clientId: acme.id, goalId: goal!.id, text: 'My own promise', dueKind: 'none' },
      NOW,
    );
    await linkRecord(db, 'hubspot:1/0-2/7', northwind.id, NOW);
    await removeSampleData(db);
    expect(await roundTrip()).toMatchObject({ valid: true, written: true, problemCount: 0 });
    expect((await empty.commitments.toArray()).map((c) => c.goalId)).toEqual([goal!.id]);
  });
});
