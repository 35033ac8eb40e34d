import type { KeptDatabase } from '../database';
import type { RecordCounts } from './shared';

/**
 * Deletes everything Kept stores (clients, contacts, goals, commitments, settings, record links) in one
 * transaction, for "delete all my data" in options after the user confirmed. Returns what was removed.
 */
export async function deleteAllData(db: KeptDatabase): Promise<RecordCounts> {
  const tables = [db.clients, db.contacts, db.goals, db.commitments] as const;
  // Record links (lib/db/record-links.ts) name clients, so they go too.
  const others = [db.settings, db.recordLinks] as const;
  return db.transaction('rw', [...tables, ...others], async () => {
    const [clients, contacts, goals, commitments] = await Promise.all(tables.map((t) => t.count()));
    await Promise.all([...tables, ...others].map((t) => t.clear()));
    return { clients: clients!, contacts: contacts!, goals: goals!, commitments: commitments! };
  });
}
