import { getSettings } from '../../db/queries';
import * as repo from '../../db/repository';
import type { Handlers } from '../router';

/** Writes, each one repository call: the invariants live there, not here. */
export const writeHandlers = {
  async updateSettings({ patch }, { db }) {
    return { settings: await repo.updateSettings(db, patch) };
  },

  // Read, change and write in one transaction here, never in the tab: a tab's copy of the settings may
  // be older than what Options saved since (docs/ARCHITECTURE.md, "The content-script boundary").
  async allowPhrase({ phrase }, { db }) {
    return db.transaction('rw', db.settings, async () => {
      const current = await getSettings(db);
      const same = (p: { phrase: string }) => p.phrase.toLowerCase() === phrase.toLowerCase();
      if (current.customPhrases.some((p) => p.mode === 'allow' && same(p)))
        return { settings: current };
      // A phrase the user flagged and now allows is no longer flagged.
      const kept = current.customPhrases.filter((p) => !same(p));
      const customPhrases = [...kept, { phrase, mode: 'allow' as const }];
      return { settings: await repo.updateSettings(db, { customPhrases }) };
    });
  },

  async createClient({ contacts = [], ...input }, { db, now }) {
    // One transaction: a client is never left half-created without the contacts it was given.
    return db.transaction('rw', db.clients, db.contacts, async () => {
      const client = await repo.createClient(db, input, now);
      for (const contact of contacts)
        await repo.addContact(db, { ...contact, clientId: client.id });
      return { client: { id: client.id, name: client.name } };
    });
  },

  async updateClient({ clientId, ...patch }, { db, now }) {
    return { client: await repo.updateClient(db, clientId, patch, now) };
  },

  async addContact(input, { db }) {
    return { contact: await repo.addContact(db, input) };
  },

  async updateContact({ contactId, ...patch }, { db }) {
    return { contact: await repo.updateContact(db, contactId, patch) };
  },

  async removeContact({ contactId }, { db }) {
    await repo.removeContact(db, contactId);
    return {};
  },

  async mergeClients({ targetId, sourceId }, { db, now }) {
    return { client: await repo.mergeClients(db, targetId, sourceId, now) };
  },

  async deleteClient({ clientId, cascade }, { db }) {
    return { ...(await repo.deleteClient(db, clientId, { cascade })) };
  },

  async createGoal(input, { db, now }) {
    return { goal: await repo.createGoal(db, input, now) };
  },

  async updateGoal({ goalId, patch, reason }, { db, now }) {
    return { goal: await repo.updateGoal(db, goalId, patch, reason, now) };
  },

  async logCommitment(input, { db, now }) {
    const { id, status } = await repo.logCommitment(db, input, now);
    return { commitment: { id, status } };
  },

  async completeCommitment({ commitmentId }, { db, now }) {
    return { commitment: await repo.completeCommitment(db, commitmentId, now) };
  },

  async rescheduleCommitment({ commitmentId, reason, ...due }, { db, now }) {
    return { commitment: await repo.rescheduleCommitment(db, commitmentId, due, reason, now) };
  },

  async dropCommitment({ commitmentId, reason }, { db, now }) {
    return { commitment: await repo.dropCommitment(db, commitmentId, reason, now) };
  },

  async reopenCommitment({ commitmentId, reason }, { db, now }) {
    return { commitment: await repo.reopenCommitment(db, commitmentId, reason, now) };
  },
} satisfies Partial<Handlers>;
