import type { KeptDatabase } from '../database';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-format';

/** Everything in the database as one backup object, read in one transaction so it is consistent. */
async function backupOf(db: KeptDatabase, now: number): Promise<Backup> {
  return db.transaction(
    'r',
    [db.clients, db.contacts, db.goals, db.commitments, db.settings, db.recordLinks],
    async () => ({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exported: new Date(now).toISOString(),
      clients: await db.clients.toArray(),
      contacts: await db.contacts.toArray(),
      goals: await db.goals.toArray(),
      commitments: await db.commitments.toArray(),
      settings: await db.settings.toArray(),
      recordLinks: await db.recordLinks.toArray(),
    }),
  );
}

/** The backup as the JSON text of the downloaded file. */
export async function exportBackupJson(db: KeptDatabase, now: number): Promise<string> {
  return JSON.stringify(await backupOf(db, now));
}
