import { beforeEach, describe, expect, it } from 'vitest';
import { loadSampleData } from '../../db/repository';
import { NOW, testDatabase } from '../../db/test-support';
import type { HandlerContext } from '../router';
import { backupAndSampleHandlers } from './backup-and-samples';

const db = testDatabase();
const ctx = (tabId?: number): HandlerContext => ({
  db,
  now: NOW,
  sender: { id: 'kept', ...(tabId === undefined ? {} : { tab: { id: tabId } }) },
});

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('deleteAllData (the handler options calls)', () => {
  it('empties every table and says what it removed', async () => {
    await loadSampleData(db, NOW);
    const removed = await backupAndSampleHandlers.deleteAllData({}, ctx());
    expect(removed).toMatchObject({ clients: 3, contacts: 5 });
    const left = await Promise.all(db.tables.map((t) => t.count()));
    expect(left.every((count) => count === 0)).toBe(true);
  });
});
