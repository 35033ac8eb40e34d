import type { KeptDatabase } from '../database';
import { putBackupRecords } from '../repository';
import type { ImportProgress, ImportReport } from '../../model/import-report';
import type { ExistingKeys } from './backup-checks';
import { checkRecords, finish, type CheckedRecords } from './validate-backup';

/**
 * The last file the dry run checked against the schemas, so "Import now" does not parse and check
 * the same text again. The references are always checked again against the database as it is at
 * the time of the import (it may have changed since the dry run).
 */
let lastChecked: { text: string; checked: CheckedRecords } | undefined;

function checkedRecords(
  text: string,
  onProgress?: (progress: ImportProgress) => void,
): CheckedRecords | { report: ImportReport } {
  if (lastChecked?.text === text) return lastChecked.checked;
  const checked = checkRecords(text, onProgress);
  lastChecked = 'records' in checked ? { text, checked } : undefined;
  return checked;
}

/** Forgets the cached check (after an import, or in tests). */
export function forgetCheckedBackup(): void {
  lastChecked = undefined;
}

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
export async function previewImport(
  db: KeptDatabase,
  text: string,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const checked = checkedRecords(text, onProgress);
  if (!('records' in checked)) return checked.report;
  return finish(checked, await existingKeys(db)).report;
}

/**
 * Imports a backup: validates everything first, then writes every record in one transaction through the repository (`putBackupRecords`). Any problem, or any failure during the write, leaves the database exactly as it was, and the report says why.
 */
export async function importBackup(
  db: KeptDatabase,
  text: string,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const checked = checkedRecords(text, onProgress);
  if (!('records' in checked)) return checked.report;
  const { report, records } = finish(checked, await existingKeys(db));
  if (!report.valid || !records) return report;
  forgetCheckedBackup();
  try {
    await putBackupRecords(db, records, (done, total) =>
      onProgress?.({ phase: 'writing', done, total }),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 300) : 'unknown error';
    return {
      ...report,
      outcome: 'refused',
      valid: false,
      message: `Nothing was imported: the database refused the write (${reason}).`,
      problems: [{ path: '', reason }],
      problemCount: 1,
    };
  }
  const { counts } = report;
  const message = `Imported ${counts.clients} clients, ${counts.contacts} contacts, ${counts.goals} goals, ${counts.commitments} commitments and ${counts.recordLinks} record links.`;
  return { ...report, outcome: 'imported', written: true, message };
}
