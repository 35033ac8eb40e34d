import { clientCounts, linkedClient } from '../../db/queries';
import { linkRecord, unlinkRecord } from '../../db/repository';
import type { Handlers } from '../router';

/** Record links (issue 7, part 2): read by content scripts, written only from Kept's pages. */
export const recordLinkHandlers = {
  async getRecordLink({ key }, { db, now }) {
    const client = await linkedClient(db, key);
    if (!client) return { client: null };
    const counts = await clientCounts(db, client.id, now);
    return { client: { client: { id: client.id, name: client.name }, ...counts } };
  },

  async linkRecord({ key, clientId }, { db, now }) {
    await linkRecord(db, key, clientId, now);
    return {};
  },

  async unlinkRecord({ key }, { db }) {
    await unlinkRecord(db, key);
    return {};
  },
} satisfies Partial<Handlers>;
