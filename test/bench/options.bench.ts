/**
 * Options → Data → Import a backup of 40,000 commitments (4,000 clients with one domain and one
 * contact each, ten commitments per client, the mix of test/bench/db.bench.ts) into an empty
 * ledger: the dry-run check the page shows first, then the import itself, as the background's
 * handlers run them (`previewImport`, then `importBackup`). In Node on fake-indexeddb, which is
 * slower than a browser's IndexedDB; the page's messaging of the file is not included.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { KeptDatabase } from '../../lib/db/database';
import { importBackup, previewImport } from '../../lib/db/transfer/import-backup';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../lib/db/transfer/backup-format';
import { NO_DUE_AT } from '../../lib/model/entities';
import { round } from './stats';

const CLIENTS = 4_000;
const PER_CLIENT = 10;
const NOW = Date.UTC(2026, 10, 27, 10);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** The backup file's text, deterministic (a fixed pseudo-random sequence). */
export function backup40k(): string {
  let s = 42;
  const rnd = () => (s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const clients = [];
  const contacts = [];
  const commitments = [];
  for (let i = 0; i < CLIENTS; i++) {
    const id = `client-${i}`;
    const created = iso(NOW - 400 * DAY);
    clients.push({
      id,
      name: `Client ${i}`,
      domains: [`client${i}.example`],
      notes: '',
      created,
      updated: created,
    });
    contacts.push({
      id: `contact-${i}`,
      email: `buyer@client${i}.example`,
      name: `Buyer ${i}`,
      clientId: id,
    });
    for (let j = 0; j < PER_CLIENT; j++) {
      const roll = rnd();
      const status = roll < 0.85 ? 'done' : roll < 0.9 ? 'dropped' : 'open';
      const dueAt =
        status === 'open'
          ? rnd() < 0.1
            ? NO_DUE_AT
            : NOW + Math.round((rnd() * 70 - 10) * DAY)
          : NOW - Math.round(rnd() * 365 * DAY);
      const at = iso(Math.min(dueAt, NOW) - 5 * DAY);
      commitments.push({
        id: `k-${i}-${j}`,
        clientId: id,
        text: `I will send the weekly status report number ${j} by Friday.`,
        action: 'send the weekly status report',
        ...(dueAt === NO_DUE_AT ? {} : { due: iso(dueAt) }),
        dueAt,
        dueKind: dueAt === NO_DUE_AT ? 'none' : 'explicit',
        status,
        created: at,
        source: { site: 'gmail', subject: `Status ${j}`, threadId: `t-${i}-${j}` },
        history: [{ at, change: 'created' }],
        ...(status === 'done' ? { completed: iso(dueAt - DAY), completedAt: dueAt - DAY } : {}),
      });
    }
  }
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported: iso(NOW),
    clients,
    contacts,
    goals: [],
    commitments,
    settings: [],
    recordLinks: [],
  });
}

export default async function optionsBench(): Promise<Record<string, number>> {
  const json = backup40k();
  const db = new KeptDatabase('kept-bench-import40k', { indexedDB: new IDBFactory(), IDBKeyRange });
  const start = performance.now();
  const preview = await previewImport(db, json);
  const checkedAt = performance.now();
  if (!preview.valid) throw new Error(`dry run refused the file: ${preview.message}`);
  const report = await importBackup(db, json);
  const end = performance.now();
  if (!report.written || (await db.commitments.count()) !== CLIENTS * PER_CLIENT)
    throw new Error(`import failed: ${report.message}`);
  return {
    'options.import40k.ms': round(end - start),
    'options.import40k.check.ms': round(checkedAt - start),
    'options.import40k.write.ms': round(end - checkedAt),
  };
}
