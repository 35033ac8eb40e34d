import { clientCounts } from '../../db/queries';
import { linkRecord, linkedClient, unlinkRecord } from '../../db/record-links';
import type { Handlers } from '../router';

/** Record links (issue 7, part 2): read by content scripts, written only from Kept's pages. */
export const recordLinkHandlers = {
  async getRecordLink({ key }, { db, now }) {
    const client = await linkedClient(db, key);
    if (!client) return { client: null };
    return { client: { client, addresses: [], ...(await clientCounts(db, client.id, now)) } };
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
