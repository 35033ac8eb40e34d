import type { KeptDatabase } from '../database';
import type { RecordCounts } from './shared';

/**
 * Deletes everything Kept stores (clients, contacts, goals, commitments, settings) in one
 * transaction, for "delete all my data" in options after the user confirmed. Returns what was removed.
 */
export async function deleteAllData(db: KeptDatabase): Promise<RecordCounts> {
  const tables = [db.clients, db.contacts, db.goals, db.commitments] as const;
  return db.transaction('rw', [...tables, db.settings], async () => {
    const [clients, contacts, goals, commitments] = await Promise.all(tables.map((t) => t.count()));
    await Promise.all([...tables, db.settings].map((t) => t.clear()));
    return { clients: clients!, contacts: contacts!, goals: goals!, commitments: commitments! };
  });
}
