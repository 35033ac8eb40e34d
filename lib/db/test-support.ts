import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { KeptDatabase } from './database';

/** A fixed "now" for tests: Friday 27 Nov 2026, 10:00 UTC. */
export const NOW = Date.UTC(2026, 10, 27, 10, 0);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A fresh in-memory IndexedDB, so tests never share state. */
export function freshIndexedDb(): { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange } {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** A Kept database on its own fresh in-memory IndexedDB (test-only helper). */
export function testDatabase(): KeptDatabase {
  return new KeptDatabase('kept-test', freshIndexedDb());
}
