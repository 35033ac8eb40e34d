import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { KeptDatabase } from '../db/database';
import { NOW, testDatabase } from '../db/test-support';
import { sendMessage } from './client';
import { handlers } from './handlers';
import { createRouter } from './router';

let db: KeptDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = testDatabase();
});
afterEach(() => db.close());

/** Connects the fake runtime to a router, as the background does, with a Kept page as sender. */
function serve() {
  const id = fakeBrowser.runtime.id;
  const route = createRouter({
    db,
    handlers,
    extensionId: id,
    extensionOrigin: `chrome-extension://${id}/`,
    clock: () => NOW,
    log: () => undefined,
  });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    route(message, { id, url: `chrome-extension://${id}/popup.html` }),
  );
}

describe('sendMessage', () => {
  it('sends a typed request and returns the checked reply', async () => {
    serve();
    const created = await sendMessage('createClient', { name: 'Acme', domains: ['acme.example'] });
    expect(created.ok && created.data.client.name).toBe('Acme');
    const settings = await sendMessage('getSettings', {});
    expect(settings.ok && settings.data.settings.reminderLead).toEqual({
      kind: 'dayBeforeAt',
      hour: 9,
    });
  });

  it('returns typed errors, never throws', async () => {
    serve();
    const reply = await sendMessage('completeCommitment', { commitmentId: 'nope' });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No commitment with id nope.' },
    });
  });

  it('reports an unreachable background as unavailable', async () => {
    expect(await sendMessage('getSettings', {})).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });

  it('refuses a reply that does not match the verb schema', async () => {
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: true, data: { settings: 'x' } }));
    expect(await sendMessage('getSettings', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
