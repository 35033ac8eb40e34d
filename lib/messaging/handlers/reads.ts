import { keptOnTimeRate } from '../../model/kept-rate';
import {
  clientCounts,
  commitmentsOfClient,
  doneSince,
  openCommitmentsOfClient,
  overdueCommitments,
  overview,
} from '../../db/queries';
import { getSettings } from '../../db/repository';
import { found } from '../../db/repository/shared';
import { resolveClient } from '../../db/resolve-client';
import type { Handlers } from '../router';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Reads: those marked `inPage` in the protocol are shared with content scripts. */
export const readHandlers = {
  async getClientsForAddresses({ addresses }, { db, now }) {
    const resolved = await resolveClient(db, addresses);
    return {
      clients: await Promise.all(
        resolved.map(async ({ client }) => ({
          client: { id: client.id, name: client.name },
          ...(await clientCounts(db, client.id, now)),
        })),
      ),
    };
  },

  async listClients({ search, limit = 100 }, { db }) {
    const needle = search?.trim().toLowerCase();
    const query = needle
      ? db.clients.filter(
          (c) => c.name.toLowerCase().includes(needle) || c.domains.some((d) => d.includes(needle)),
        )
      : db.clients.toCollection();
    const clients = await query.limit(limit).toArray();
    return { clients: clients.sort((a, b) => a.name.localeCompare(b.name)) };
  },

  async getClientView({ clientId }, { db, now }) {
    return db.transaction('r', [db.clients, db.contacts, db.goals, db.commitments], async () => {
      const client = found(await db.clients.get(clientId), 'client', clientId);
      const [contacts, goals, open, doneRecently, all] = await Promise.all([
        db.contacts.where('clientId').equals(clientId).toArray(),
        db.goals.where('clientId').equals(clientId).toArray(),
        openCommitmentsOfClient(db, clientId),
        doneSince(db, clientId, now - 14 * DAY),
        commitmentsOfClient(db, clientId),
      ]);
      return { client, contacts, goals, open, doneRecently, keptRate: keptOnTimeRate(all, now) };
    });
  },

  async getOpenCommitments({ clientId }, { db }) {
    return { commitments: await openCommitmentsOfClient(db, clientId) };
  },

  async getLedger({ clientId }, { db }) {
    const open = await openCommitmentsOfClient(db, clientId);
    return { ledger: open.map((c) => ({ text: c.text, due: c.due ?? null })) };
  },

  async getOverview({ dueSoonHours = 48 }, { db, now }) {
    const counts = await overview(db, now, dueSoonHours * HOUR);
    return { ...counts, overdueItems: await overdueCommitments(db, now, 50) };
  },

  async getSettings(_data, { db }) {
    return { settings: await getSettings(db) };
  },
} satisfies Partial<Handlers>;
