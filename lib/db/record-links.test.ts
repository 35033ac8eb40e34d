import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeptDatabase } from './database';
import { linkedClient } from './queries';
import { createClient, deleteAllData, linkRecord, unlinkRecord } from './repository';
import { NOW } from './test-support';

let db: KeptDatabase;
beforeEach(() => {
  db = new KeptDatabase(`record-links-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('record links', () => {
  it('remembers a record as a client by its key, and a later link replaces it', async () => {
    const acme = await createClient(db, { name: 'Acme' }, NOW);
    const globex = await createClient(db, { name: 'Globex' }, NOW);
    await linkRecord(db, 'hubspot:2345678/0-2/77', acme.id, NOW);
    expect((await linkedClient(db, 'hubspot:2345678/0-2/77'))?.name).toBe('Acme');
    await linkRecord(db, 'hubspot:2345678/0-2/77', globex.id, NOW);
    expect((await linkedClient(db, 'hubspot:2345678/0-2/77'))?.name).toBe('Globex');
    expect(await linkedClient(db, 'hubspot:2345678/0-2/78')).toBeUndefined();
  });

  it('refuses a link to a client that does not exist', async () => {
    await expect(linkRecord(db, 'zoho:org1/Leads/1', 'nobody', NOW)).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('forgets on unlink, and with everything else on "delete all my data"', async () => {
    const acme = await createClient(db, { name: 'Acme' }, NOW);
    await linkRecord(db, 'a:1', acme.id, NOW);
    await linkRecord(db, 'a:2', acme.id, NOW);
    await unlinkRecord(db, 'a:1');
    expect(await linkedClient(db, 'a:1')).toBeUndefined();
    await deleteAllData(db);
    expect(await db.recordLinks.count()).toBe(0);
  });
});
