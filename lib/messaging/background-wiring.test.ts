import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { DAY, NOW } from '../db/test-support';
import { keptAlarms } from '../reminders/alarms';
import { SETTINGS_CHANGED_KEY } from './settings-changes';

/** The background entrypoint, started once against the fake browser, as a service worker starts. */
const id = fakeBrowser.runtime.id;
const page = { id, url: `chrome-extension://${id}/sidepanel.html` };
const send = (verb: string, data: unknown, sender: object = page) =>
  fakeBrowser.runtime.onMessage.trigger({ kept: 1, verb, data }, sender).then((r) => r[0]);

beforeAll(() => {
  // The background reads the real clock (Date.now); pin only Date so fake-indexeddb's timers still run.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  fakeBrowser.reset();
  Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'en-US' });
  // The worker forgets sites whose permission the user removed (lib/site-access).
  Object.assign(fakeBrowser.permissions.onRemoved, { addListener: () => undefined });
  // The fake browser throws on any API it does not implement, onMessageExternal included: starting
  // the worker here also proves it never listens to messages from web pages or other extensions.
  background.main();
});

afterAll(() => vi.useRealTimers());

describe('background wiring', () => {
  it('serves Kept pages and refuses senders that are not Kept', async () => {
    expect(await send('getSettings', {})).toMatchObject({ ok: true });
    expect(await send('getSettings', {}, { url: 'https://mail.google.com/' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('schedules reminders and updates the badge after a write', async () => {
    const created = (await send('createClient', { name: 'Acme' })) as {
      data: { client: { id: string } };
    };
    const clientId = created.data.client.id;
    const due = (offset: number) => new Date(NOW + offset).toISOString();
    await send('logCommitment', {
      clientId,
      text: 'Later',
      due: due(3 * DAY),
      dueKind: 'explicit',
    });
    await send('logCommitment', { clientId, text: 'Late', due: due(-DAY), dueKind: 'explicit' });
    await vi.waitFor(async () => {
      expect((await keptAlarms()).map((a) => a.name.split('|')[1]).sort()).toEqual([
        'overdue',
        'soon',
      ]);
      expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    });
  });

  it('tells open tabs when the settings changed, and only then', async () => {
    const stamp = async () =>
      (await fakeBrowser.storage.local.get(SETTINGS_CHANGED_KEY))[SETTINGS_CHANGED_KEY];
    const before = await stamp();
    await send('createClient', { name: 'Globex' });
    expect(await stamp()).toBe(before);
    await send('updateSettings', { patch: { rulesOff: ['vague-date'] } });
    await vi.waitFor(async () => expect(await stamp()).not.toBe(before));
    const after = await stamp();
    const gmail = { id, url: 'https://mail.google.com/mail/u/0/', tab: { id: 4 } };
    expect(await send('allowPhrase', { phrase: 'rest assured' }, gmail)).toMatchObject({
      ok: true,
    });
    await vi.waitFor(async () => expect(await stamp()).not.toBe(after));
  });
});
