import type { KeptDatabase } from '../database';
import { putBackupRecords } from '../repository';
import type { ImportReport } from '../../model/import-report';
import type { ExistingKeys } from './backup-checks';
import { validateBackup } from './validate-backup';

async function existingKeys(db: KeptDatabase): Promise<ExistingKeys> {
  const [clientIds, goals, contacts] = await Promise.all([
    db.clients.toCollection().primaryKeys(),
    db.goals.toArray(),
    db.contacts.toArray(),
  ]);
  return {
    clientIds: new Set(clientIds),
    goalClients: new Map(goals.map((g) => [g.id, g.clientId])),
    contactEmails: new Map(contacts.map((c) => [c.email, c.id])),
  };
}

/** The dry run: what importing `text` would do, or every reason it would not. Writes nothing. */
export async function previewImport(db: KeptDatabase, text: string): Promise<ImportReport> {
  return validateBackup(text, await existingKeys(db)).report;
}

/**
 * Imports a backup: validates everything first, then writes every record in one transaction through the repository (`putBackupRecords`). Any problem, or any failure during the write, leaves the database exactly as it was, and the report says why.
 */
export async function importBackup(db: KeptDatabase, text: string): Promise<ImportReport> {
  const { report, records } = validateBackup(text, await existingKeys(db));
  if (!report.valid || !records) return report;
  try {
    await putBackupRecords(db, records);
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 300) : 'unknown error';
    return {
      ...report,
      valid: false,
      message: `Nothing was imported: the database refused the write (${reason}).`,
      problems: [{ path: '', reason }],
      problemCount: 1,
    };
  }
  const { counts } = report;
  const message = `Imported ${counts.clients} clients, ${counts.contacts} contacts, ${counts.goals} goals, ${counts.commitments} commitments and ${counts.recordLinks} record links.`;
  return { ...report, written: true, message };
}
