import { z } from 'zod';
import { clientSchema, commitmentSchema, contactSchema, goalSchema } from '../records';
import { settingsSchema } from '../settings';

/** The marker that tells a Kept backup from any other JSON file. */
export const BACKUP_FORMAT = 'kept-backup';

/**
 * The backup version this build writes and the newest it reads. It follows the database schema
 * version: version 1 files lack `completedAt`, which import derives as the Dexie upgrade does.
 */
export const BACKUP_VERSION = 2;

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
} as const;
export type BackupTable = keyof typeof backupTables;
export const BACKUP_TABLE_NAMES = Object.keys(backupTables) as BackupTable[];

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
}
