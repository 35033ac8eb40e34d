import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { KeptDatabase } from '../db/database';
import { completeCommitment, createClient, logCommitment } from '../db/repository';
import { DAY, HOUR, NOW, testDatabase } from '../db/test-support';
import { handleAlarm, keptAlarms, rebuildAlarms } from './alarms';
import { FOCUS_CLIENT_KEY, handleNotificationClick } from './open-client';

const env = { timeZone: 'UTC', lang: 'en' } as const;
const iso = (ms: number) => new Date(ms).toISOString();

let db: KeptDatabase;
let clientId: string;
const log = async (text: string, dueAt: number) =>
  logCommitment(db, { clientId, text, due: iso(dueAt), dueKind: 'explicit' }, NOW - 7 * DAY);
const names = async () => (await keptAlarms()).map((a) => a.name).sort();

beforeEach(async () => {
  fakeBrowser.reset();
  db = testDatabase();
  clientId = (await createClient(db, { name: 'Acme Logistics' }, NOW)).id;
});
afterEach(() => db.close());

describe('reminder alarms', () => {
  it('rebuilds idempotently: alarms named by commitment, never doubled, others untouched', async () => {
    const a = await log('A', NOW + 2 * DAY);
    const b = await log('B', NOW + 3 * DAY);
    await browser.alarms.create('kept|soon|deleted-commitment', { when: NOW + DAY });
    await browser.alarms.create('someone-else', { when: NOW + DAY });
    await rebuildAlarms(db, NOW, env);
    const first = await names();
    expect(first).toEqual(
      [
        `kept|overdue|${a.id}`,
        `kept|overdue|${b.id}`,
        `kept|soon|${a.id}`,
        `kept|soon|${b.id}`,
      ].sort(),
    );
    await rebuildAlarms(db, NOW, env);
    expect(await names()).toEqual(first);
    expect(await browser.alarms.get('someone-else')).toBeDefined();
    expect((await browser.alarms.get(`kept|soon|${a.id}`))?.scheduledTime).toBe(
      Date.UTC(2026, 10, 28, 9),
    );
  });

  it('notifies when a commitment falls due soon, with the client in the notification id', async () => {
    const c = await log('Send the lane report', NOW + 5 * HOUR);
    await handleAlarm(db, { name: `kept|soon|${c.id}` }, NOW, env);
    const shown = await browser.notifications.getAll();
    expect(Object.keys(shown)).toEqual([`kept|soon|${c.id}|${clientId}`]);
    expect(shown[`kept|soon|${c.id}|${clientId}`]).toMatchObject({
      title: expect.stringContaining('Acme Logistics'),
      message: 'Send the lane report',
    });
    // Shown once: a rebuild after a worker restart does not plan it again.
    await rebuildAlarms(db, NOW + 60_000, env);
    expect(await names()).toEqual([`kept|overdue|${c.id}`]);
  });

  it('stays quiet for a commitment done in the meantime, and updates the badge', async () => {
    const done = await log('Done already', NOW - HOUR);
    await log('Still late', NOW - 2 * HOUR);
    await completeCommitment(db, done.id, NOW - 2 * HOUR);
    await handleAlarm(db, { name: `kept|overdue|${done.id}` }, NOW, env);
    expect(await browser.notifications.getAll()).toEqual({});
    expect(await browser.action.getBadgeText({})).toBe('1');
  });

  it('opens the side panel on the client when a reminder is clicked', async () => {
    const open = vi.fn(async () => undefined);
    Object.assign(fakeBrowser, { sidePanel: { open } });
    await handleNotificationClick(`kept|overdue|k1|${clientId}`);
    expect(open).toHaveBeenCalledWith({ windowId: -2 });
    expect((await browser.storage.session.get(FOCUS_CLIENT_KEY))[FOCUS_CLIENT_KEY]).toBe(clientId);
    expect(handleNotificationClick('some-other-notification')).toBeUndefined();
  });
});

describe('reminders missed while the browser was closed', () => {
  it('shows each once even when they all fire together', async () => {
    const due = [NOW + 3 * HOUR, NOW + 4 * HOUR, NOW + 5 * HOUR];
    const items = await Promise.all(due.map((d, i) => log(`Late ${i}`, d)));
    await rebuildAlarms(db, NOW, env);
    const soon = (await keptAlarms()).filter((a) => a.name.startsWith('kept|soon|'));
    expect(soon.map((a) => a.scheduledTime)).toEqual([NOW, NOW, NOW]);
    await Promise.all(soon.map((a) => handleAlarm(db, a, NOW, env)));
    expect(Object.keys(await browser.notifications.getAll())).toHaveLength(3);
    await rebuildAlarms(db, NOW + 60_000, env);
    expect(await names()).toEqual(items.map((c) => `kept|overdue|${c.id}`).sort());
  });
});
