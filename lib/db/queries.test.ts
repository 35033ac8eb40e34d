import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeptDatabase } from './database';
import { NO_DUE_AT, type Commitment } from '../model/entities';
import { clientsHealth, clientsOfThread, searchClients, weekAgenda } from './queries';
import { addContact, createClient, linkRecord } from './repository';
import { DAY, HOUR, NOW, testDatabase } from './test-support';

let db: KeptDatabase;
beforeEach(() => {
  db = testDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('searchClients', () => {
  it('returns the first clients by name, not the first by key sorted', async () => {
    // Created in reverse order, so their random ids do not follow the names either way.
    for (const name of ['Zeta', 'Yank', 'Xeno', 'Beta', 'Alpha'])
      await createClient(db, { name }, NOW);
    expect((await searchClients(db, '', 2)).map((c) => c.name)).toEqual(['Alpha', 'Beta']);
  });

  it('sorts the matches by name before cutting them at the limit', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `Acme ${String(29 - i).padStart(2, '0')}`);
    for (const name of names) await createClient(db, { name }, NOW);
    await createClient(db, { name: 'Globex' }, NOW);
    const found = await searchClients(db, 'acme', 3);
    expect(found.map((c) => c.name)).toEqual(['Acme 00', 'Acme 01', 'Acme 02']);
  });

  it('matches a domain as well as a name', async () => {
    await createClient(db, { name: 'Initech', domains: ['initech.example'] }, NOW);
    await createClient(db, { name: 'Globex' }, NOW);
    expect((await searchClients(db, 'INITECH.ex', 20)).map((c) => c.name)).toEqual(['Initech']);
  });
});

describe('clientsOfThread', () => {
  it('puts the client a record is linked to first, once', async () => {
    const acme = await createClient(db, { name: 'Acme', domains: ['acme.example'] }, NOW);
    const globex = await createClient(db, { name: 'Globex' }, NOW);
    await addContact(db, { clientId: globex.id, email: 'dana@globex.example' });
    await linkRecord(db, 'hubspot:1/0-2/7', acme.id, NOW);
    const addresses = ['dana@globex.example', 'li@acme.example'];
    expect((await clientsOfThread(db, addresses)).map((r) => r.client.name)).toEqual([
      'Acme',
      'Globex',
    ]);
    const linked = await clientsOfThread(db, addresses, 'hubspot:1/0-2/7');
    expect(linked.map((r) => [r.client.name, r.addresses])).toEqual([
      ['Acme', []],
      ['Globex', ['dana@globex.example']],
    ]);
  });
});

/** A commitment written straight into the table (the reads, not the repository, are under test). */
function raw(
  id: string,
  clientId: string,
  dueAt: number,
  extra: Partial<Commitment> = {},
): Commitment {
  const created = new Date(NOW - 30 * DAY).toISOString();
  return {
    id,
    clientId,
    text: `I will do ${id}.`,
    action: `do ${id}`,
    ...(dueAt === NO_DUE_AT ? {} : { due: new Date(dueAt).toISOString() }),
    dueAt,
    dueKind: dueAt === NO_DUE_AT ? 'none' : 'explicit',
    status: 'open',
    created,
    history: [{ at: created, change: 'created' }],
    ...extra,
  };
}

const doneAt = (at: number) => ({
  status: 'done' as const,
  completed: new Date(at).toISOString(),
  completedAt: at,
});

describe('weekAgenda', () => {
  // NOW is Friday 27 Nov 2026, 10:00 UTC; the week runs Monday 23 to Sunday 29 (UTC here).
  const monday = Date.UTC(2026, 10, 23);
  const starts = Array.from({ length: 7 }, (_, i) => monday + i * DAY);
  const end = monday + 7 * DAY;

  it('counts open commitments per day from the index, and lists those still ahead this week', async () => {
    const acme = await createClient(db, { name: 'Acme' }, NOW);
    await db.commitments.bulkPut([
      raw('mon', acme.id, monday + 17 * HOUR),
      raw('fri-late', acme.id, NOW - HOUR),
      raw('fri', acme.id, NOW + 7 * HOUR),
      raw('sat', acme.id, starts[5]! + 17 * HOUR),
      raw('sun', acme.id, end - 1),
      raw('sun-done', acme.id, end - 1, doneAt(NOW)),
      raw('next-week', acme.id, end),
      raw('last-week', acme.id, monday - 1),
      raw('undated', acme.id, NO_DUE_AT),
    ]);
    const agenda = await weekAgenda(db, starts, end, NOW, 2);
    expect(agenda.perDay).toEqual([1, 0, 0, 0, 2, 1, 1]);
    expect(agenda.aheadCount).toBe(3);
    expect(agenda.ahead.map((a) => [a.commitment.id, a.clientName])).toEqual([
      ['fri', 'Acme'],
      ['sat', 'Acme'],
    ]);
  });
});

describe('clientsHealth', () => {
  it('gives each client its open and overdue counts, kept-on-time rate and trend', async () => {
    const acme = await createClient(db, { name: 'Acme' }, NOW);
    const quiet = await createClient(db, { name: 'Quiet' }, NOW);
    await db.commitments.bulkPut([
      raw('late', acme.id, NOW - DAY),
      raw('soon', acme.id, NOW + DAY),
      raw('kept', acme.id, NOW - 5 * DAY, doneAt(NOW - 6 * DAY)),
      raw('dropped', quiet.id, NOW - 5 * DAY, { status: 'dropped' }),
    ]);
    const health = await clientsHealth(db, [acme.id, quiet.id], NOW);
    expect(health[acme.id]).toMatchObject({
      open: 2,
      overdue: 1,
      keptRate: { due: 2, keptOnTime: 1, rate: 0.5 },
    });
    expect(health[acme.id]!.trend).toHaveLength(7);
    expect(health[acme.id]!.trend[6]).toBe(0.5);
    expect(health[quiet.id]).toMatchObject({ open: 0, overdue: 0, keptRate: { rate: undefined } });
  });
});
