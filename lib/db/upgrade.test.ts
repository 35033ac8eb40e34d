import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { KeptDatabase, STORES_V1 } from './database';
import { openCommitmentsOfClient } from './queries';
import { DAY, NOW, freshIndexedDb } from './test-support';

const iso = (ms: number) => new Date(ms).toISOString();

/** Records exactly as schema version 1 stored them (no `completedAt`). */
const v1 = {
  client: {
    id: 'c1',
    name: 'Acme Logistics',
    domains: ['acme.example'],
    notes: 'Key account',
    created: iso(NOW - 30 * DAY),
    updated: iso(NOW - 30 * DAY),
  },
  contact: { id: 'p1', email: 'dana@acme.example', name: 'Dana', clientId: 'c1' },
  goal: {
    id: 'g1',
    clientId: 'c1',
    title: 'Cut late deliveries',
    specific: 'Late deliveries in the Rotterdam lane',
    measure: 'share of late deliveries',
    target: 'below 2%',
    why: 'renewal depends on it',
    status: 'active',
    progress: 40,
    created: iso(NOW - 30 * DAY),
    updated: iso(NOW - 30 * DAY),
    history: [{ at: iso(NOW - 30 * DAY), change: 'created' }],
  },
  open: {
    id: 'k1',
    clientId: 'c1',
    goalId: 'g1',
    text: 'I will send the lane report by Friday.',
    action: 'send the lane report',
    due: iso(NOW + DAY),
    dueAt: NOW + DAY,
    dueKind: 'explicit',
    status: 'open',
    created: iso(NOW - 2 * DAY),
    history: [{ at: iso(NOW - 2 * DAY), change: 'created' }],
  },
  done: {
    id: 'k2',
    clientId: 'c1',
    text: 'I will call Dana tomorrow.',
    action: 'call Dana',
    due: iso(NOW - 3 * DAY),
    dueAt: NOW - 3 * DAY,
    dueKind: 'vague',
    status: 'done',
    created: iso(NOW - 4 * DAY),
    completed: iso(NOW - 3 * DAY - 3600_000),
    history: [{ at: iso(NOW - 4 * DAY), change: 'created' }],
  },
};

describe('schema upgrade', () => {
  it('opens a version-1 database with the current class and loses nothing', async () => {
    const idb = freshIndexedDb();
    const old = new Dexie('kept-upgrade', idb);
    old.version(1).stores(STORES_V1);
    await old.table('clients').add(v1.client);
    await old.table('contacts').add(v1.contact);
    await old.table('goals').add(v1.goal);
    await old.table('commitments').bulkAdd([v1.open, v1.done]);
    old.close();

    const db = new KeptDatabase('kept-upgrade', idb);
    await db.open();
    // Version 3 appended the record-links store (lib/db/repository/record-links.ts); it starts empty.
    expect(db.verno).toBe(3);
    expect(await db.recordLinks.count()).toBe(0);
    expect(await db.clients.toArray()).toEqual([v1.client]);
    expect(await db.contacts.where('email').equals('dana@acme.example').toArray()).toEqual([
      v1.contact,
    ]);
    expect(await db.goals.toArray()).toEqual([v1.goal]);
    expect(await db.clients.where('domains').equals('acme.example').count()).toBe(1);
    expect(await openCommitmentsOfClient(db, 'c1')).toEqual([v1.open]);
    // The upgrade derived completedAt, and the new index finds the done commitment by it.
    const done = await db.commitments
      .where('[clientId+completedAt]')
      .between(['c1', NOW - 7 * DAY], ['c1', Dexie.maxKey])
      .toArray();
    expect(done).toEqual([{ ...v1.done, completedAt: Date.parse(v1.done.completed) }]);
    db.close();
  });
});
