import { browser } from 'wxt/browser';
import { deleteAllData, loadSampleData, removeSampleData } from '../../db/repository';
import { toCsv } from '../../db/transfer/csv';
import { exportBackupJson } from '../../db/transfer/export-backup';
import { toICalendar } from '../../db/transfer/ical';
import { importBackup, previewImport } from '../../db/transfer/import-backup';
import { openRows } from '../../db/transfer/open-rows';
import { IMPORT_PROGRESS_KEY, type ImportProgress } from '../../model/import-report';
import type { Handlers } from '../router';

/**
 * Tells the options page how far a long import is (`storage.session`, which web pages cannot read);
 * the page shows records checked or written while it waits for the reply.
 */
function reportProgress(progress: ImportProgress): void {
  void browser.storage.session.set({ [IMPORT_PROGRESS_KEY]: progress }).catch(() => {});
}

const stamp = (now: number) => new Date(now).toISOString().slice(0, 10);

/** The whole ledger at once: export, import, sample data and deleting everything. */
export const backupAndSampleHandlers = {
  async exportData(_data, { db, now }) {
    return { json: await exportBackupJson(db, now) };
  },

  async exportOpenCommitments({ format }, { db, now }) {
    const rows = await openRows(db);
    return format === 'ics'
      ? { text: toICalendar(rows, now), filename: `kept-open-${stamp(now)}.ics` }
      : {
          // In the user's local time, as the sample data's due dates are.
          text: toCsv(rows, Intl.DateTimeFormat().resolvedOptions().timeZone),
          filename: `kept-open-${stamp(now)}.csv`,
        };
  },

  async previewImport({ json }, { db }) {
    return previewImport(db, json, reportProgress);
  },

  async importData({ json }, { db }) {
    return importBackup(db, json, reportProgress);
  },

  async loadSampleData(_data, { db, now }) {
    // Sample promises fall due at 17:00 in the user's own zone, as real ones do.
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const { removed, ...loaded } = await loadSampleData(db, now, timeZone);
    return {
      ...loaded,
      removedClients: removed.clients,
      removedContacts: removed.contacts,
      removedGoals: removed.goals,
      removedCommitments: removed.commitments,
      keptClients: removed.keptClients,
    };
  },

  async removeSampleData({ dryRun }, { db }) {
    return { ...(await removeSampleData(db, { dryRun })) };
  },

  // "Delete everything" in options, after the user confirmed (a Kept-page verb).
  async deleteAllData(_data, { db }) {
    return { ...(await deleteAllData(db)) };
  },
} satisfies Partial<Handlers>;
