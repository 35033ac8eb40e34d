import {
  clientCounts,
  clientsOfThread,
  getSettings,
  openCommitmentsOfClient,
} from '../../db/queries';
import type { Handlers } from '../router';

/** Reads, each a named query of lib/db/queries; those marked `inPage` are shared with content scripts. */
export const readHandlers = {
  async getClientsForAddresses({ addresses, recordKey }, { db, now }) {
    const resolved = await clientsOfThread(db, addresses, recordKey);
    return {
      clients: await Promise.all(
        resolved.map(async ({ client }) => ({
          client: { id: client.id, name: client.name },
          ...(await clientCounts(db, client.id, now)),
        })),
      ),
    };
  },

  async getOpenCommitments({ clientId }, { db }) {
    return { commitments: await openCommitmentsOfClient(db, clientId) };
  },

  async getLedger({ clientId }, { db }) {
    const open = await openCommitmentsOfClient(db, clientId);
    return { ledger: open.map((c) => ({ text: c.text, due: c.due ?? null })) };
  },

  async getSettings(_data, { db }) {
    return { settings: await getSettings(db) };
  },
} satisfies Partial<Handlers>;
