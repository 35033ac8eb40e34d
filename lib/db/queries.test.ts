import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeptDatabase } from './database';
import { clientsOfThread, searchClients } from './queries';
import { addContact, createClient, linkRecord } from './repository';
import { NOW, testDatabase } from './test-support';

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
