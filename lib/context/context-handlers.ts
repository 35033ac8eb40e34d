import type { Handlers } from '../messaging/router';
import { writeTabContext } from './tab-context';

/** Background handlers for the side panel's context and for "delete everything" in options. */
export const contextHandlers = {
  async setTabContext({ context }, { sender }) {
    // The tab comes from the sender, never from the message: a page can only describe itself.
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await writeTabContext(tabId, context);
    return {};
  },

  async deleteAllData(_data, { db }) {
    const tables = [db.clients, db.contacts, db.goals, db.commitments, db.settings] as const;
    return db.transaction('rw', [...tables], async () => {
      const [clients, contacts, goals, commitments] = await Promise.all(
        tables.slice(0, 4).map((table) => table.count()),
      );
      await Promise.all(tables.map((table) => table.clear()));
      return { clients: clients!, contacts: contacts!, goals: goals!, commitments: commitments! };
    });
  },
} satisfies Partial<Handlers>;
