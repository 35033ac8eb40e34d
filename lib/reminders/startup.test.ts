import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { getDatabase } from '../db/database';
import { createClient, logCommitment } from '../db/repository';
import { DAY, NOW } from '../db/test-support';
import { keptAlarms } from './alarms';

const names = async () => (await keptAlarms()).map((a) => a.name);

beforeEach(() => {
  fakeBrowser.reset();
  // WXT's fake browser lacks these two; the background only listens to one and reads the other.
  vi.spyOn(browser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('background: reminders on start', () => {
  it('rebuilds alarms when the worker starts and again when the browser starts', async () => {
    const db = getDatabase();
    const client = await createClient(db, { name: 'Acme Logistics' }, NOW);
    const due = new Date(NOW + 2 * DAY).toISOString();
    const c = await logCommitment(
      db,
      { clientId: client.id, text: 'Send the plan', due, dueKind: 'explicit' },
      NOW,
    );
    const expected = [`kept|overdue|${c.id}`, `kept|soon|${c.id}`];

    await background.main();
    await vi.waitFor(async () => expect((await names()).sort()).toEqual(expected));

    // A browser restart that lost the alarms, without a fresh worker start.
    await browser.alarms.clearAll();
    expect(await names()).toEqual([]);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect((await names()).sort()).toEqual(expected));
  });
});
