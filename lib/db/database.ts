import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Client, Commitment, Contact, Goal, RecordLink } from '../model/entities';
import type { Settings } from '../model/settings';

const DB_NAME = 'kept';

/**
 * Version 1 of the stores. Exported so the upgrade test can write a database exactly as version 1
 * did. Released versions are never edited; changes append a version below.
 */
export const STORES_V1 = {
  clients: 'id, *domains',
  contacts: 'id, &email, clientId',
  goals: 'id, clientId',
  // [clientId+status+dueAt]: a client's open commitments by due date;
  // [status+dueAt]: overdue and due soon across all clients.
  commitments: 'id, clientId, goalId, [clientId+status+dueAt], [status+dueAt]',
  settings: 'id',
} as const;

/** Version 2 adds `completedAt` (epoch of `completed`) and indexes it per client for "done lately". */
export const STORES_V2 = {
  commitments:
    'id, clientId, goalId, [clientId+status+dueAt], [status+dueAt], [clientId+completedAt]',
} as const;

/** Version 3 adds record links: a CRM record's URL identity → its client (lib/db/repository/record-links.ts). */
export const STORES_V3 = { recordLinks: 'key, clientId' } as const;

/**
 * Kept's database. Open it only in the background and extension pages (docs/ARCHITECTURE.md,
 * "The database lives in the extension origin").
 */
export class KeptDatabase extends Dexie {
  clients!: EntityTable<Client, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  commitments!: EntityTable<Commitment, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  recordLinks!: EntityTable<RecordLink, 'key'>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    this.version(2)
      .stores(STORES_V2)
      .upgrade((tx) =>
        tx
          .table('commitments')
          .toCollection()
          .modify((c: { completed?: string; completedAt?: number }) => {
            if (c.completed) c.completedAt = Date.parse(c.completed);
          }),
      );
    this.version(3).stores(STORES_V3);
  }
}

let shared: KeptDatabase | undefined;

/** The one database instance of this extension context (background or an extension page). */
export function getDatabase(): KeptDatabase {
  shared ??= new KeptDatabase();
  return shared;
}
