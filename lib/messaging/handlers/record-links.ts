import { linkRecord, unlinkRecord } from '../../db/repository';
import type { Handlers } from '../router';

/**
 * Record links: written only from Kept's pages; content scripts read them through
 * getClientsForAddresses's `recordKey`.
 */
export const recordLinkHandlers = {
  async linkRecord({ key, clientId }, { db, now }) {
    await linkRecord(db, key, clientId, now);
    return {};
  },

  async unlinkRecord({ key }, { db }) {
    await unlinkRecord(db, key);
    return {};
  },
} satisfies Partial<Handlers>;
