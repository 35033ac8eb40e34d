import type { KeptDatabase } from '../database';
import type { Backup, BackupTable } from '../transfer/backup-format';
import type { RecordCounts } from './shared';

/**
 * Deletes everything Kept stores (clients, contacts, goals, commitments, settings, record links) in one
 * transaction, for "delete all my data" in options after the user confirmed. Returns what was removed.
 */
export async function deleteAllData(db: KeptDatabase): Promise<RecordCounts> {
  const tables = [db.clients, db.contacts, db.goals, db.commitments] as const;
  // Record links name clients, so they go too.
  const others = [db.settings, db.recordLinks] as const;
  return db.transaction('rw', [...tables, ...others], async () => {
    const [clients, contacts, goals, commitments] = await Promise.all(tables.map((t) => t.count()));
    await Promise.all([...tables, ...others].map((t) => t.clear()));
    return { clients: clients!, contacts: contacts!, goals: goals!, commitments: commitments! };
  });
}

/**
 * Writes the records of a backup that the import validated against the repository's rules
 * (lib/db/transfer/validate-backup.ts), all in one transaction: a record with an existing id, or a
 * record link with an existing key, is replaced; nothing is deleted.
 */
export async function putBackupRecords(
  db: KeptDatabase,
  records: Pick<Backup, BackupTable>,
): Promise<void> {
  await db.transaction(
    'rw',
    [db.clients, db.contacts, db.goals, db.commitments, db.settings, db.recordLinks],
    async () => {
      await db.clients.bulkPut(records.clients);
      await db.contacts.bulkPut(records.contacts);
      await db.goals.bulkPut(records.goals);
      await db.commitments.bulkPut(records.commitments);
      await db.settings.bulkPut(records.settings);
      // After the clients they name; a link of the same record key replaces the stored one.
      await db.recordLinks.bulkPut(records.recordLinks);
    },
  );
}
