import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KeptDatabase } from '../db/database';
import { KeptDatabase as Database } from '../db/database';
import { DAY, NOW, freshIndexedDb } from '../db/test-support';
import { handlers } from './handlers';
import { createRouter, type Sender } from './router';

const ID = 'kept-extension-id';
const ORIGIN = `chrome-extension://${ID}/`;
const contentScript: Sender = { id: ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 7 } };
const sidePanel: Sender = { id: ID, url: `${ORIGIN}sidepanel.html` };
const iso = (ms: number) => new Date(ms).toISOString();

let db: KeptDatabase;
let log: ReturnType<typeof vi.fn<(reason: string, detail: Record<string, unknown>) => void>>;
let afterWrite: ReturnType<typeof vi.fn<() => void>>;
let route: ReturnType<typeof createRouter>;
const send = (verb: string, data: unknown, sender: Sender = contentScript) =>
  route({ kept: 1, verb, data }, sender);

beforeEach(() => {
  db = new Database('kept-router', freshIndexedDb());
  log = vi.fn<(reason: string, detail: Record<string, unknown>) => void>();
  afterWrite = vi.fn<() => void>();
  route = createRouter({
    db,
    handlers,
    extensionId: ID,
    extensionOrigin: ORIGIN,
    clock: () => NOW,
    afterWrite,
    log,
  });
});
afterEach(() => db.close());

describe('message router', () => {
  it('rejects and logs an unknown sender, then keeps serving', async () => {
    const reply = await send(
      'getSettings',
      {},
      { id: 'another-extension', url: 'https://evil.example/' },
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('getSettings', {}, { url: 'https://evil.example/' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(log).toHaveBeenCalledWith('unknown sender', expect.any(Object));
    expect(await send('getSettings', {})).toMatchObject({ ok: true });
  });

  it('rejects invalid shapes: no envelope, unknown verb, bad data, extra fields', async () => {
    expect(await route('hello', contentScript)).toMatchObject({ error: { code: 'bad-request' } });
    expect(await route({ verb: 'getSettings', data: {} }, contentScript)).toMatchObject({
      error: { code: 'bad-request' },
    });
    expect(await send('dropEverything', {})).toMatchObject({ error: { code: 'unknown-verb' } });
    expect(await send('toString', {})).toMatchObject({ error: { code: 'unknown-verb' } });
    const bad = await send('logCommitment', { clientId: 'c1', text: 42, dueKind: 'soon' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await send('getSettings', { extra: true })).toMatchObject({
      error: { code: 'bad-request' },
    });
    expect(log).toHaveBeenCalledTimes(6);
    expect(afterWrite).not.toHaveBeenCalled();
  });

  it('keeps bulk and destructive verbs to Kept pages', async () => {
    expect(await send('exportData', {})).toMatchObject({ error: { code: 'forbidden' } });
    expect(await send('deleteClient', { clientId: 'x', cascade: true })).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(await send('exportData', {}, sidePanel)).toMatchObject({ ok: true });
  });

  it('renames and moves a contact from Kept pages only', async () => {
    const create = async (name: string, contacts: { email: string; name?: string }[] = []) => {
      const reply = await send('createClient', { name, contacts }, sidePanel);
      return (reply as { data: { client: { id: string } } }).data.client.id;
    };
    const acme = await create('Acme', [{ email: 'pat@gmail.com', name: 'Pat' }]);
    const globex = await create('Globex');
    const contactId = (await db.contacts.toArray())[0]!.id;
    afterWrite.mockClear();
    const request = { contactId, name: 'Pat Rivera', clientId: globex };
    expect(await send('updateContact', request)).toMatchObject({ error: { code: 'forbidden' } });
    expect(await db.contacts.get(contactId)).toMatchObject({ name: 'Pat', clientId: acme });
    expect(
      await send('updateContact', { ...request, email: 'x@y.example' }, sidePanel),
    ).toMatchObject({ error: { code: 'bad-request' } });
    expect(await send('updateContact', request, sidePanel)).toEqual({
      ok: true,
      data: {
        contact: { id: contactId, email: 'pat@gmail.com', name: 'Pat Rivera', clientId: globex },
      },
    });
    expect(afterWrite).toHaveBeenCalledTimes(1);
    const found = await send('getClientsForAddresses', { addresses: ['pat@gmail.com'] });
    expect(found).toMatchObject({ data: { clients: [{ client: { id: globex } }] } });
    expect(
      await send('updateContact', { contactId, name: 'Pat', clientId: 'gone' }, sidePanel),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('round-trips a valid write and read with typed data', async () => {
    const created = await send('createClient', {
      name: 'Acme Logistics',
      domains: ['acme.example'],
      contacts: [{ email: 'Dana@Acme.example', name: 'Dana' }],
    });
    expect(created).toMatchObject({ ok: true, data: { client: { name: 'Acme Logistics' } } });
    expect(afterWrite).toHaveBeenCalledTimes(1);
    const clientId = (created as { data: { client: { id: string } } }).data.client.id;
    const logged = await send('logCommitment', {
      clientId,
      text: 'I will send the report by Friday.',
      due: iso(NOW - DAY),
      dueKind: 'explicit',
      source: { site: 'gmail', subject: 'Report' },
    });
    expect(logged).toMatchObject({ ok: true, data: { commitment: { status: 'open' } } });
    const found = await send('getClientsForAddresses', { addresses: ['dana@acme.example'] });
    expect(found).toEqual({
      ok: true,
      data: {
        clients: [
          {
            client: { id: clientId, name: 'Acme Logistics' },
            open: 1,
            overdue: 1,
          },
        ],
      },
    });
  });

  it('returns domain refusals as typed errors, not thrown strings', async () => {
    const reply = await send('logCommitment', { clientId: 'missing', text: 'x', dueKind: 'none' });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No client with id missing.' },
    });
    const drop = await send('dropCommitment', { commitmentId: 'missing', reason: 'r' }, sidePanel);
    expect(drop).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('reports a reply that fails its schema instead of sending it', async () => {
    const broken = createRouter({
      db,
      handlers: { ...handlers, getSettings: async () => ({ settings: { nope: 1 } }) as never },
      extensionId: ID,
      extensionOrigin: ORIGIN,
      clock: () => NOW,
      log,
    });
    expect(await broken({ kept: 1, verb: 'getSettings', data: {} }, sidePanel)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(log).toHaveBeenCalledWith('invalid reply', expect.any(Object));
  });
});
