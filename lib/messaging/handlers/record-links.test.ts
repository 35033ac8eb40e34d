import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeptDatabase } from '../../db/database';
import { NOW, freshIndexedDb } from '../../db/test-support';
import { createRouter, type Sender } from '../router';
import { handlers } from './index';

const ID = 'kept-extension-id';
const ORIGIN = `chrome-extension://${ID}/`;
const hubspotTab: Sender = {
  id: ID,
  url: 'https://app.hubspot.com/contacts/1/record/0-2/77',
  tab: { id: 3 },
};
const popup: Sender = { id: ID, url: `${ORIGIN}popup.html` };
const KEY = 'hubspot:1/0-2/77';

let db: KeptDatabase;
let route: ReturnType<typeof createRouter>;
const send = (verb: string, data: unknown, sender: Sender) =>
  route({ kept: 1, verb, data }, sender);

beforeEach(() => {
  db = new KeptDatabase('kept-record-links', freshIndexedDb());
  route = createRouter({
    db,
    handlers,
    extensionId: ID,
    extensionOrigin: ORIGIN,
    clock: () => NOW,
  });
});
afterEach(() => db.close());

describe('record-link verbs', () => {
  it('links from Kept pages only; content scripts read the link as a client match', async () => {
    const created = (await send('createClient', { name: 'Acme' }, popup)) as {
      data: { client: { id: string } };
    };
    const clientId = created.data.client.id;
    expect(await send('linkRecord', { key: KEY, clientId }, hubspotTab)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await send('getClientsForAddresses', { addresses: [], recordKey: KEY }, hubspotTab),
    ).toMatchObject({
      ok: true,
      data: { clients: [] },
    });
    expect(await send('linkRecord', { key: KEY, clientId }, popup)).toMatchObject({ ok: true });
    expect(
      await send('getClientsForAddresses', { addresses: [], recordKey: KEY }, hubspotTab),
    ).toMatchObject({
      ok: true,
      data: { clients: [{ client: { name: 'Acme' }, open: 0, overdue: 0 }] },
    });
    expect(await send('unlinkRecord', { key: KEY }, hubspotTab)).toMatchObject({ ok: false });
    expect(await send('unlinkRecord', { key: KEY }, popup)).toMatchObject({ ok: true });
    expect(
      await send('getClientsForAddresses', { addresses: [], recordKey: KEY }, hubspotTab),
    ).toMatchObject({
      data: { clients: [] },
    });
  });

  it('refuses a link to an unknown client', async () => {
    expect(await send('linkRecord', { key: KEY, clientId: 'nobody' }, popup)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
