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
  onWritten?: (done: number, total: number) => void,
): Promise<void> {
  // Record links after the clients they name; a link of the same record key replaces the stored one.
  const order = ['clients', 'contacts', 'goals', 'commitments', 'settings', 'recordLinks'] as const;
  const total = order.reduce((sum, table) => sum + records[table].length, 0);
  let done = 0;
  await db.transaction(
    'rw',
    [db.clients, db.contacts, db.goals, db.commitments, db.settings, db.recordLinks],
    async () => {
      for (const table of order) {
        const rows: readonly unknown[] = records[table];
        // Bulk writes in slices, still in the one transaction, so a long import can say how far it is.
        for (let start = 0; start < rows.length; start += WRITE_SLICE) {
          const slice = rows.slice(start, start + WRITE_SLICE);
          await db.table(table).bulkPut(slice);
          done += slice.length;
          onWritten?.(done, total);
        }
      }
    },
  );
}

/** How many records one bulk write of an import puts. */
const WRITE_SLICE = 5_000;
