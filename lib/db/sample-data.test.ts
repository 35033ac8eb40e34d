import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localParts } from '../analysis/dates/zone';
import type { KeptDatabase } from './database';
import { overview } from './queries';
import { createClient, logCommitment } from './repository';
import { resolveClient } from './resolve-client';
import { loadSampleData, removeSampleData } from './sample-data';
import { DAY, NOW, testDatabase } from './test-support';

let db: KeptDatabase;
beforeEach(() => {
  db = testDatabase();
});
afterEach(() => db.close());

describe('sample data', () => {
  it('creates marked clients with goals and open, overdue and done commitments', async () => {
    expect(await loadSampleData(db, NOW)).toEqual({
      clients: 3,
      contacts: 5,
      goals: 2,
      commitments: 9,
    });
    const clients = await db.clients.toArray();
    expect(clients.map((c) => c.name).sort()).toEqual([
      'Acme Logistics',
      'Northwind Studio',
      '华星科技',
    ]);
    expect(clients.every((c) => c.sample)).toBe(true);
    const statuses = (await db.commitments.toArray()).map((c) => c.status);
    expect(statuses).toEqual(expect.arrayContaining(['open', 'done', 'dropped']));
    const counts = await overview(db, NOW, 2 * DAY);
    expect(counts.overdue).toBeGreaterThanOrEqual(2);
    expect(counts.dueSoon).toBeGreaterThanOrEqual(1);
    const [acme] = await resolveClient(db, ['dana@acme.example']);
    expect(acme?.client.name).toBe('Acme Logistics');
  });

  it('loads again without doubling, and removes only sample data', async () => {
    const real = await createClient(db, { name: 'Real client' }, NOW);
    await logCommitment(db, { clientId: real.id, text: 'Real promise', dueKind: 'none' }, NOW);
    await loadSampleData(db, NOW);
    await loadSampleData(db, NOW);
    expect(await db.clients.count()).toBe(4);
    const acme = (await db.clients.toArray()).find((c) => c.name === 'Acme Logistics')!;
    // Something the user logged against a sample client goes with it, so nothing is orphaned.
    await logCommitment(db, { clientId: acme.id, text: 'Tried it out', dueKind: 'none' }, NOW);
    expect(await removeSampleData(db)).toEqual({
      clients: 3,
      contacts: 5,
      goals: 2,
      commitments: 10,
    });
    expect((await db.clients.toArray()).map((c) => c.name)).toEqual(['Real client']);
    expect((await db.commitments.toArray()).map((c) => c.text)).toEqual(['Real promise']);
  });

  it("puts sample due dates at 17:00 in the user's zone", async () => {
    await loadSampleData(db, NOW, 'Asia/Shanghai');
    const dues = (await db.commitments.toArray()).flatMap((c) => (c.due ? [c.due] : []));
    expect(dues.length).toBeGreaterThan(0);
    for (const due of dues) {
      const { h, min } = localParts(Date.parse(due), 'Asia/Shanghai');
      expect([h, min]).toEqual([17, 0]);
    }
  });
});
