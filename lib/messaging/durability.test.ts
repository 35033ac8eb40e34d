import { describe, expect, it } from 'vitest';
import { KeptDatabase } from '../db/database';
import { DAY, NOW, freshIndexedDb } from '../db/test-support';
import { handlers } from './handlers';
import { createRouter, type Sender } from './router';

const ID = 'kept-id';
const page: Sender = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };

/** A "service worker": a database connection and a router, which MV3 may drop at any moment. */
function startWorker(idb: ReturnType<typeof freshIndexedDb>) {
  const db = new KeptDatabase('kept', idb);
  const route = createRouter({
    db,
    handlers,
    extensionId: ID,
    extensionOrigin: `chrome-extension://${ID}/`,
    clock: () => NOW,
    log: () => undefined,
  });
  return { db, send: (verb: string, data: unknown) => route({ kept: 1, verb, data }, page) };
}

describe('a worker stopped in the middle of a flow', () => {
  it('keeps every write it acknowledged', async () => {
    const idb = freshIndexedDb();
    const first = startWorker(idb);
    const created = (await first.send('createClient', { name: 'Acme' })) as {
      data: { client: { id: string } };
    };
    const logged = await first.send('logCommitment', {
      clientId: created.data.client.id,
      text: 'Send the deck',
      due: new Date(NOW + DAY).toISOString(),
      dueKind: 'explicit',
    });
    expect(logged).toMatchObject({ ok: true });
    first.db.close(); // the worker is killed right after replying

    const second = startWorker(idb);
    const open = await second.send('getOpenCommitments', { clientId: created.data.client.id });
    expect(open).toMatchObject({ ok: true, data: { commitments: [{ text: 'Send the deck' }] } });
    second.db.close();
  });

  it('leaves nothing half-written when a multi-record write fails part-way', async () => {
    const idb = freshIndexedDb();
    const worker = startWorker(idb);
    await worker.send('createClient', {
      name: 'Globex',
      contacts: [{ email: 'sam@globex.example' }],
    });
    const reply = await worker.send('createClient', {
      name: 'Acme',
      contacts: [{ email: 'dana@acme.example' }, { email: 'sam@globex.example' }],
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await worker.db.clients.toArray()).map((c) => c.name)).toEqual(['Globex']);
    expect(await worker.db.contacts.count()).toBe(1);
    worker.db.close();
  });
});
