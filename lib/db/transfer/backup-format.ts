import { z } from 'zod';
import { recordLinkSchema } from '../../model/entities';
import { clientSchema, commitmentSchema, contactSchema, goalSchema } from '../../model/entities';
import { settingsSchema } from '../../model/settings';

/** The marker that tells a Kept backup from any other JSON file. */
export const BACKUP_FORMAT = 'kept-backup';

/**
 * The backup version this build writes and the newest it reads. It follows the database schema
 * version: version 1 files lack `completedAt`, which import derives as the Dexie upgrade does;
 * files before version 3 have no `recordLinks`, read as none.
 */
export const BACKUP_VERSION = 3;

/** The top of a backup file, checked before any record is. */
export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  exported: z.string().optional(),
});

/** Each table in a backup, with the schema every one of its records must pass. */
export const backupTables = {
  clients: clientSchema,
  contacts: contactSchema,
  goals: goalSchema,
  commitments: commitmentSchema,
  settings: settingsSchema,
  recordLinks: recordLinkSchema,
} as const;
export type BackupTable = keyof typeof backupTables;
export const BACKUP_TABLE_NAMES = Object.keys(backupTables) as BackupTable[];

/** The primary key of each table: duplicates in a file are found (and stored rows replaced) by it. */
export const backupKeys = {
  clients: 'id',
  contacts: 'id',
  goals: 'id',
  commitments: 'id',
  settings: 'id',
  recordLinks: 'key',
} as const satisfies { [T in BackupTable]: keyof z.infer<(typeof backupTables)[T]> };

/**
 * The file version that added each table; older files lack it and it is read as empty. `settings`
 * is optional in every version (a fresh install has none).
 */
export const backupTableSince: Partial<Record<BackupTable, number>> = { recordLinks: 3 };

/** A complete backup as written by this version. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exported: string;
  clients: z.infer<typeof clientSchema>[];
  contacts: z.infer<typeof contactSchema>[];
  goals: z.infer<typeof goalSchema>[];
  commitments: z.infer<typeof commitmentSchema>[];
  settings: z.infer<typeof settingsSchema>[];
  recordLinks: z.infer<typeof recordLinkSchema>[];
}
