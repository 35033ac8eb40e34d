import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadSampleData } from '../db/repository';
import { NOW, testDatabase } from '../db/test-support';
import { dataHandlers } from '../messaging/handlers/data';
import type { HandlerContext } from '../messaging/router';
import { contextHandlers } from './context-handlers';
import { readTabContext } from './tab-context';

const db = testDatabase();
const ctx = (tabId?: number): HandlerContext => ({
  db,
  now: NOW,
  sender: { id: 'kept', ...(tabId === undefined ? {} : { tab: { id: tabId } }) },
});

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('setTabContext', () => {
  it('stores the context under the sender’s own tab, and clears it', async () => {
    await contextHandlers.setTabContext({ context: { addresses: ['dana@acme.example'] } }, ctx(5));
    expect(await readTabContext(5)).toEqual({ addresses: ['dana@acme.example'] });
    await contextHandlers.setTabContext({}, ctx(5));
    expect(await readTabContext(5)).toBeUndefined();
  });

  it('ignores a sender without a tab (nothing to attach the context to)', async () => {
    await contextHandlers.setTabContext({ context: { addresses: ['x@y.example'] } }, ctx());
    expect(await fakeBrowser.storage.session.get()).toEqual({});
  });
});

describe('deleteAllData (the handler options calls)', () => {
  it('empties every table and says what it removed', async () => {
    await loadSampleData(db, NOW);
    const removed = await dataHandlers.deleteAllData({}, ctx());
    expect(removed).toMatchObject({ clients: 3, contacts: 5 });
    const left = await Promise.all(db.tables.map((t) => t.count()));
    expect(left.every((count) => count === 0)).toBe(true);
  });
});
