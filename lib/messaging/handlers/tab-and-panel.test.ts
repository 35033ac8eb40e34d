import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { NOW, testDatabase } from '../../db/test-support';
import { readTabContext } from '../../tab-context/store';
import type { HandlerContext } from '../router';
import { tabAndPanelHandlers } from './tab-and-panel';

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
    await tabAndPanelHandlers.setTabContext(
      { context: { addresses: ['dana@acme.example'] } },
      ctx(5),
    );
    expect(await readTabContext(5)).toEqual({ addresses: ['dana@acme.example'] });
    await tabAndPanelHandlers.setTabContext({}, ctx(5));
    expect(await readTabContext(5)).toBeUndefined();
  });

  it('ignores a sender without a tab (nothing to attach the context to)', async () => {
    await tabAndPanelHandlers.setTabContext({ context: { addresses: ['x@y.example'] } }, ctx());
    expect(await fakeBrowser.storage.session.get()).toEqual({});
  });
});
