import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { KeptDatabase } from '../../lib/db/database';
import { openCommitmentsOfClient, overdueCommitments, overview } from '../../lib/db/queries';
import { resolveClient } from '../../lib/db/resolve-client';
import { exportBackupJson } from '../../lib/db/transfer/export-backup';
import { importBackup } from '../../lib/db/transfer/import-backup';
import { DAY, NOW, PER_CLIENT, seedLedger } from './ledger';
import { median, round, sample } from './stats';

/**
 * The ledger at scale: 10,000 clients (one domain and one contact each) and 100,000 commitments, ten
 * per client, in the mix a long-time user has: 85% done, 5% dropped, 10% open (of those about one in
 * seven overdue, the rest due within 60 days or undated). Runs on fake-indexeddb, which is slower than
 * a browser's IndexedDB, so these figures are upper bounds.
 */
const CLIENTS = 10_000;
const freshDb = (name: string) =>
  new KeptDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });

export default async function dbBench(): Promise<Record<string, number>> {
  const db = freshDb('kept-bench');
  const seeded = seedLedger(CLIENTS);
  const seedStart = performance.now();
  await db.transaction('rw', [db.clients, db.contacts, db.commitments], async () => {
    await db.clients.bulkAdd(seeded.clients);
    await db.contacts.bulkAdd(seeded.contacts);
    await db.commitments.bulkAdd(seeded.commitments);
  });
  const seedMs = performance.now() - seedStart;

  let n = 0;
  const openByClient = await sample(() =>
    openCommitmentsOfClient(db, `client-${(n++ * 7919) % CLIENTS}`),
  );
  // What the popup and side panel ask: every overdue commitment across clients, most overdue first.
  const overdue = await sample(() => overdueCommitments(db, NOW), { runs: 20 });
  // The badge and summary counts (open, overdue, due within 48 h), from the index alone.
  const counts = await sample(() => overview(db, NOW, 2 * DAY), { runs: 20 });
  let m = 0;
  const resolve5 = await sample(() => {
    const k = (m++ * 104_729) % (CLIENTS - 3);
    return resolveClient(db, [
      `buyer@client${k}.example`,
      `ceo@client${k}.example`,
      `buyer@client${k + 1}.example`,
      `ops@client${k + 2}.example`,
      'someone@gmail.com',
    ]);
  });

  const exportStart = performance.now();
  const json = await exportBackupJson(db, NOW);
  const exportMs = performance.now() - exportStart;

  const target = freshDb('kept-bench-import');
  const importStart = performance.now();
  const report = await importBackup(target, json);
  const importMs = performance.now() - importStart;
  if (!report.written || (await target.commitments.count()) !== CLIENTS * PER_CLIENT)
    throw new Error(`import failed: ${report.message}`);

  const overdueCount = (await overdueCommitments(db, NOW)).length;
  return {
    'db.openByClient.ms': round(median(openByClient)),
    'db.overdue.ms': round(median(overdue)),
    'db.overdue.count': overdueCount,
    'db.overview.ms': round(median(counts)),
    'db.resolve5.ms': round(median(resolve5)),
    'db.export.ms': round(exportMs),
    'db.export.mb': round(json.length / 1_000_000),
    'db.import.ms': round(importMs),
    'db.seed.ms': round(seedMs),
  };
}
