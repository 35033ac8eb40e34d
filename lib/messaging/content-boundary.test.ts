import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeptDatabase } from '../db/database';
import { NOW, freshIndexedDb } from '../db/test-support';
import { handlers } from './handlers';
import { protocol, type VerbName } from './protocol';
import { createRouter, fromKeptPage, type Sender } from './router';

/**
 * The content-script boundary (docs/ARCHITECTURE.md, "The content-script boundary"): a content
 * script runs in a web page, so it gets only the verbs the in-page UI needs, and their replies say
 * of a client its id, name and counts — never a note, a domain or a contact.
 */
const ID = 'kept-extension-id';
const ORIGIN = `chrome-extension://${ID}/`;
const gmailTab: Sender = {
  id: ID,
  url: 'https://mail.google.com/mail/u/0/',
  origin: 'https://mail.google.com',
  tab: { id: 7 },
};
const options: Sender = { id: ID, url: `${ORIGIN}options.html`, origin: ORIGIN.slice(0, -1) };

const IN_PAGE: VerbName[] = [
  'getClientsForAddresses',
  'getLedger',
  'getSettings',
  'allowPhrase',
  'createClient',
  'logCommitment',
  'openClientView',
  'setTabContext',
];

let db: KeptDatabase;
let route: ReturnType<typeof createRouter>;
let afterSettingsWrite: ReturnType<typeof vi.fn<() => void>>;
const send = (verb: string, data: unknown, sender: Sender = gmailTab) =>
  route({ kept: 1, verb, data }, sender);
const ok = async (reply: Promise<unknown>) => {
  const r = (await reply) as { ok: boolean; data?: unknown; error?: unknown };
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
  return r.data;
};

beforeEach(() => {
  db = new KeptDatabase('kept-boundary', freshIndexedDb());
  afterSettingsWrite = vi.fn<() => void>();
  route = createRouter({
    db,
    handlers,
    extensionId: ID,
    extensionOrigin: ORIGIN,
    clock: () => NOW,
    afterSettingsWrite,
    log: () => undefined,
  });
});
afterEach(() => db.close());

describe('the content-script boundary', () => {
  it('tells Kept pages from content scripts by URL and origin', () => {
    expect(fromKeptPage(options, ORIGIN)).toBe(true);
    expect(fromKeptPage({ id: ID, url: `${ORIGIN}popup.html` }, ORIGIN)).toBe(true);
    expect(fromKeptPage(gmailTab, ORIGIN)).toBe(false);
    expect(fromKeptPage({ id: ID }, ORIGIN)).toBe(false);
    expect(fromKeptPage({ id: ID, url: `${ORIGIN}x.html`, origin: 'https://evil' }, ORIGIN)).toBe(
      false,
    );
  });

  it('gives content scripts exactly the in-page verbs', () => {
    const inPage = Object.entries(protocol)
      .filter(([, spec]) => 'inPage' in spec)
      .map(([verb]) => verb);
    expect(inPage.sort()).toEqual([...IN_PAGE].sort());
  });

  it.each(Object.keys(protocol).filter((v) => !IN_PAGE.includes(v as VerbName)))(
    'refuses %s from a content script',
    async (verb) => {
      expect(await send(verb, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    },
  );

  it('refuses what the in-page UI never sends: notes on a new client, a goal on a commitment', async () => {
    expect(await send('createClient', { name: 'Acme', notes: 'x' })).toMatchObject({
      error: { code: 'bad-request' },
    });
    expect(await send('createClient', { name: 'Acme', notes: 'x' }, options)).toMatchObject({
      ok: true,
    });
    const { client } = (await ok(send('createClient', { name: 'Globex' }))) as {
      client: { id: string };
    };
    const goal = { clientId: client.id, goalId: 'g1', text: 'x', dueKind: 'none' };
    expect(await send('logCommitment', goal)).toMatchObject({ error: { code: 'bad-request' } });
  });

  it('replies to content scripts with id, name and counts: no note, domain, contact or history', async () => {
    const { client } = (await ok(
      send(
        'createClient',
        {
          name: 'Acme Logistics',
          domains: ['acme.example'],
          notes: 'SECRET-NOTE renewal at risk',
          contacts: [
            { email: 'dana@acme.example', name: 'Dana' },
            { email: 'hidden-contact@acme.example', name: 'HIDDEN-NAME' },
          ],
        },
        options,
      ),
    )) as { client: { id: string } };
    await ok(
      send(
        'logCommitment',
        {
          clientId: client.id,
          text: 'Refund the March invoice',
          action: 'refund',
          dueKind: 'none',
          source: { site: 'gmail', subject: 'SECRET-SUBJECT', url: 'https://mail.google.com/#x' },
        },
        options,
      ),
    );
    await ok(send('linkRecord', { key: 'hubspot:1/0-2/77', clientId: client.id }, options));

    const replies = [
      await ok(send('getClientsForAddresses', { addresses: ['dana@acme.example'] })),
      await ok(send('getClientsForAddresses', { addresses: [], recordKey: 'hubspot:1/0-2/77' })),
      await ok(send('getLedger', { clientId: client.id })),
      await ok(send('createClient', { name: 'Globex', domains: ['globex.example'] })),
      await ok(
        send('logCommitment', { clientId: client.id, text: 'Call back Monday', dueKind: 'none' }),
      ),
    ];
    expect(replies[0]).toEqual({
      clients: [{ client: { id: client.id, name: 'Acme Logistics' }, open: 1, overdue: 0 }],
    });
    expect(replies[1]).toEqual(replies[0]);
    // The ledger-conflict rule runs in the content script's isolated world: text and due only.
    expect(replies[2]).toEqual({ ledger: [{ text: 'Refund the March invoice', due: null }] });
    expect(replies[3]).toEqual({ client: { id: expect.any(String), name: 'Globex' } });
    expect(replies[4]).toEqual({ commitment: { id: expect.any(String), status: 'open' } });
    const text = JSON.stringify(replies);
    for (const secret of ['SECRET-NOTE', 'hidden-contact', 'HIDDEN-NAME', 'SECRET-SUBJECT'])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/"(notes|contacts|domains|history|source|createdAt)"/);
  });

  it('"Always allow" adds one phrase in the background, keeping phrases saved since', async () => {
    await ok(
      send(
        'updateSettings',
        { patch: { customPhrases: [{ phrase: 'asap', mode: 'flag' }] } },
        options,
      ),
    );
    // The tab read its settings here; then Options adds a phrase.
    await ok(
      send(
        'updateSettings',
        {
          patch: {
            customPhrases: [
              { phrase: 'asap', mode: 'flag' },
              { phrase: 'rest assured', mode: 'allow' },
            ],
          },
        },
        options,
      ),
    );
    afterSettingsWrite.mockClear();
    const after = (await ok(send('allowPhrase', { phrase: 'guaranteed' }))) as {
      settings: { customPhrases: unknown[] };
    };
    expect(after.settings.customPhrases).toEqual([
      { phrase: 'asap', mode: 'flag' },
      { phrase: 'rest assured', mode: 'allow' },
      { phrase: 'guaranteed', mode: 'allow' },
    ]);
    expect(afterSettingsWrite).toHaveBeenCalledTimes(1);
    // Allowing again changes nothing; allowing a flagged phrase stops flagging it.
    await ok(send('allowPhrase', { phrase: 'Guaranteed' }));
    const last = (await ok(send('allowPhrase', { phrase: 'ASAP' }))) as {
      settings: { customPhrases: unknown[] };
    };
    expect(last.settings.customPhrases).toEqual([
      { phrase: 'rest assured', mode: 'allow' },
      { phrase: 'guaranteed', mode: 'allow' },
      { phrase: 'ASAP', mode: 'allow' },
    ]);
    expect(await send('allowPhrase', { phrase: '  ' })).toMatchObject({
      error: { code: 'bad-request' },
    });
    expect(await send('updateSettings', { patch: { customPhrases: [] } })).toMatchObject({
      error: { code: 'forbidden' },
    });
  });

  it('announces a settings change only after verbs that may change them', async () => {
    await ok(send('createClient', { name: 'Acme' }));
    await ok(send('getSettings', {}));
    expect(afterSettingsWrite).not.toHaveBeenCalled();
    await ok(send('updateSettings', { patch: { rulesOff: ['vague-date'] } }, options));
    await ok(send('deleteAllData', {}, options));
    expect(afterSettingsWrite).toHaveBeenCalledTimes(2);
  });
});
