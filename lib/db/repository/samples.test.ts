import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localParts } from '../../analysis/dates/zone';
import type { KeptDatabase } from '../database';
import { overview } from '../queries';
import { resolveClient } from '../resolve-client';
import { DAY, NOW, testDatabase } from '../test-support';
import {
  completeCommitment,
  createClient,
  loadSampleData,
  logCommitment,
  mergeClients,
  removeSampleData,
} from '.';

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
      removed: { clients: 0, contacts: 0, goals: 0, commitments: 0, keptClients: 0 },
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
    expect((await loadSampleData(db, NOW)).removed).toEqual({
      clients: 3,
      contacts: 5,
      goals: 2,
      commitments: 9,
      keptClients: 0,
    });
    expect(await db.clients.count()).toBe(4);
    expect(await removeSampleData(db, { dryRun: true })).toEqual({
      clients: 3,
      contacts: 5,
      goals: 2,
      commitments: 9,
      keptClients: 0,
    });
    expect(await db.clients.count()).toBe(4);
    expect(await removeSampleData(db)).toEqual({
      clients: 3,
      contacts: 5,
      goals: 2,
      commitments: 9,
      keptClients: 0,
    });
    expect((await db.clients.toArray()).map((c) => c.name)).toEqual(['Real client']);
    expect((await db.commitments.toArray()).map((c) => c.text)).toEqual(['Real promise']);
  });

  it('never removes what the user logged against a sample client: the client becomes theirs', async () => {
    await loadSampleData(db, NOW);
    const acme = (await db.clients.toArray()).find((c) => c.name === 'Acme Logistics')!;
    for (let i = 0; i < 9; i += 1)
      await logCommitment(db, { clientId: acme.id, text: `Mine ${i}`, dueKind: 'none' }, NOW);
    const removal = await removeSampleData(db);
    expect(removal).toEqual({ clients: 2, contacts: 3, goals: 2, commitments: 9, keptClients: 1 });
    const left = await db.clients.toArray();
    expect(left.map((c) => [c.name, c.sample])).toEqual([['Acme Logistics', undefined]]);
    expect(await db.commitments.where('clientId').equals(acme.id).count()).toBe(9);
    // Its contacts stay with it, so the user's mail still reaches it; no sample marker is left.
    expect((await db.contacts.toArray()).map((c) => [c.email, c.sample]).sort()).toEqual([
      ['dana@acme.example', undefined],
      ['raj.patel@acme.example', undefined],
    ]);
    // Reloading does not create a second Acme beside the user's.
    await loadSampleData(db, NOW);
    expect((await db.clients.toArray()).filter((c) => c.name === 'Acme Logistics')).toHaveLength(1);
    expect(await db.commitments.where('clientId').equals(acme.id).count()).toBe(9);
  });

  it('keeps a real client merged into a sample client, and sample records the user changed', async () => {
    const real = await createClient(db, { name: 'Real', domains: ['real.example'] }, NOW);
    await logCommitment(db, { clientId: real.id, text: 'Real promise', dueKind: 'none' }, NOW);
    await loadSampleData(db, NOW);
    const samples = await db.clients.toArray();
    const acme = samples.find((c) => c.name === 'Acme Logistics')!;
    const huaxing = samples.find((c) => c.name === '华星科技')!;
    await mergeClients(db, acme.id, real.id, NOW);
    expect((await db.clients.get(acme.id))?.sample).toBeUndefined();
    const [sampleOpen] = await db.commitments
      .where('clientId')
      .equals(huaxing.id)
      .filter((c) => c.status === 'open')
      .toArray();
    await completeCommitment(db, sampleOpen!.id, NOW);
    const removal = await removeSampleData(db);
    // Acme stopped being a sample at the merge; 华星科技 holds a commitment the user completed.
    expect(removal).toMatchObject({ clients: 1, keptClients: 1 });
    expect((await db.clients.toArray()).map((c) => c.name).sort()).toEqual([
      'Acme Logistics',
      '华星科技',
    ]);
    expect((await db.commitments.toArray()).map((c) => c.text).sort()).toEqual(
      ['Real promise', sampleOpen!.text].sort(),
    );
    expect((await db.clients.get(acme.id))?.domains).toContain('real.example');
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
