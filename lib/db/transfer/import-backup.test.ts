import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeptDatabase } from '../database';
import type { Backup } from './backup-format';
import { linkRecord, loadSampleData } from '../repository';
import { NOW, testDatabase } from '../test-support';
import { exportBackupJson } from './export-backup';
import { importBackup, previewImport } from './import-backup';

let source: KeptDatabase;
let target: KeptDatabase;
beforeEach(async () => {
  source = testDatabase();
  target = testDatabase();
  await loadSampleData(source, NOW);
});
afterEach(() => {
  source.close();
  target.close();
});

/** Everything in a database, for "nothing changed" comparisons. */
const snapshot = async (db: KeptDatabase) => {
  const backup: Partial<Backup> = JSON.parse(await exportBackupJson(db, NOW));
  delete backup.exported;
  return backup;
};

/** Links two records to the first two sample clients of `db`; returns their keys. */
async function linkSampleRecords(db: KeptDatabase): Promise<string[]> {
  const [a, b] = await db.clients.orderBy('id').toArray();
  await linkRecord(db, 'hubspot:2345678/0-2/77', a!.id, NOW);
  await linkRecord(db, 'salesforce:Account/001A000001', b!.id, NOW);
  return ['hubspot:2345678/0-2/77', 'salesforce:Account/001A000001'];
}

async function backupWith(change: (b: Record<string, unknown[]>) => void): Promise<string> {
  const backup = JSON.parse(await exportBackupJson(source, NOW)) as unknown as Record<
    string,
    unknown[]
  >;
  change(backup);
  return JSON.stringify(backup);
}

describe('export and import', () => {
  it('round-trips everything after a dry run that writes nothing', async () => {
    await linkSampleRecords(source);
    const json = await exportBackupJson(source, NOW);
    const preview = await previewImport(target, json);
    expect(preview).toMatchObject({ valid: true, written: false, version: 3, problemCount: 0 });
    expect(preview.counts).toEqual({
      clients: 3,
      contacts: 5,
      goals: 2,
      commitments: 9,
      settings: 0,
      recordLinks: 2,
    });
    expect(preview.message).toContain('2 record links');
    expect(await target.clients.count()).toBe(0);
    expect(await importBackup(target, json)).toMatchObject({ valid: true, written: true });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect(await target.recordLinks.count()).toBe(2);
    // Importing the same file again replaces by id (and record links by key): nothing doubles.
    await importBackup(target, json);
    expect(await target.commitments.count()).toBe(9);
    expect(await target.recordLinks.count()).toBe(2);
  });

  it.each([
    [
      'wrong types',
      (b: Record<string, unknown[]>) =>
        ((b.commitments![0] as { dueAt: unknown }).dueAt = 'Friday'),
      'commitments[0].dueAt',
    ],
    [
      'a missing field',
      (b: Record<string, unknown[]>) => delete (b.clients![1] as { name?: unknown }).name,
      'clients[1].name',
    ],
    ['a duplicate id', (b: Record<string, unknown[]>) => b.goals!.push(b.goals![0]), 'goals[2].id'],
    [
      'a commitment without its client',
      (b: Record<string, unknown[]>) => b.clients!.splice(2, 1),
      'commitments',
    ],
    ['a missing table', (b: Record<string, unknown[]>) => delete b.contacts, 'contacts'],
    [
      'a version 3 file without record links',
      (b: Record<string, unknown[]>) => delete b.recordLinks,
      'recordLinks',
    ],
    [
      'a record link that is not one',
      (b: Record<string, unknown[]>) => b.recordLinks!.push({ key: 'x', clientId: 'c' }),
      'recordLinks[0]',
    ],
  ])('refuses %s, changes nothing and says where', async (_name, change, path) => {
    await loadSampleData(target, NOW - 1000);
    const before = await snapshot(target);
    const report = await importBackup(target, await backupWith(change));
    expect(report).toMatchObject({ valid: false, written: false });
    expect(report.message).toMatch(/^Nothing was imported/);
    expect(report.problems.some((p) => p.path.startsWith(path))).toBe(true);
    expect(await snapshot(target)).toEqual(before);
  });

  it('refuses a file from a newer version with a clear message', async () => {
    const newer = (await exportBackupJson(source, NOW)).replace('"version":3', '"version":4');
    const report = await importBackup(target, newer);
    expect(report).toMatchObject({ valid: false, written: false, version: 4 });
    expect(report.message).toContain('newer Kept');
    expect(await target.clients.count()).toBe(0);
  });

  it('says in plain words what a wrong file looks like, with no counts', async () => {
    const csv = 'Client,What,Due\nAcme,Send the SOW,2026-11-30\n';
    const report = await previewImport(target, csv);
    expect(report).toMatchObject({ valid: false, outcome: 'notBackup', looksLike: 'csv' });
    expect(report.message).toBe(
      'Nothing was imported: this is not a Kept backup: it looks like a CSV file.',
    );
    expect(await previewImport(target, 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toMatchObject({
      looksLike: 'ical',
    });
    expect(await previewImport(target, '{"name": "something else"}')).toMatchObject({
      outcome: 'notBackup',
      looksLike: 'json',
    });
  });

  it('reports progress: records checked, then written, up to the total', async () => {
    const json = await exportBackupJson(source, NOW);
    const seen: { phase: string; done: number; total: number }[] = [];
    const preview = await previewImport(target, json, (p) => seen.push(p));
    expect(preview.outcome).toBe('ready');
    const total = Object.values(preview.counts).reduce((a, b) => a + b, 0);
    expect(seen.at(-1)).toEqual({ phase: 'checking', done: total, total });
    seen.length = 0;
    const report = await importBackup(target, json, (p) => seen.push(p));
    expect(report).toMatchObject({ outcome: 'imported', written: true });
    // The dry run's check of the same text is reused: the import only writes (and reports it).
    expect(seen.every((p) => p.phase === 'writing')).toBe(true);
    expect(seen.at(-1)).toEqual({ phase: 'writing', done: total, total });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('checks references again at import time even when the dry run is reused', async () => {
    const [first] = await source.clients.orderBy('id').toArray();
    const json = await backupWith((b) => {
      b.clients = b.clients!.filter((c) => (c as { id: string }).id !== first!.id);
    });
    await target.clients.put(first!);
    expect((await previewImport(target, json)).valid).toBe(true);
    await target.clients.clear();
    const report = await importBackup(target, json);
    expect(report).toMatchObject({ valid: false, written: false, outcome: 'problems' });
    expect(await target.commitments.count()).toBe(0);
  });

  it('refuses 10 MB of junk without hanging, and caps the problem list', async () => {
    const junk = 'x{"]'.repeat(2_500_000);
    expect(await importBackup(target, junk)).toMatchObject({
      valid: false,
      outcome: 'notBackup',
      message: expect.stringContaining('not a Kept backup'),
      problems: [{ path: '', reason: expect.stringContaining('not JSON') }],
    });
    const rows = Array.from({ length: 60_000 }, (_, i) => ({ id: i, junk: 'y'.repeat(150) }));
    const bigJunk = JSON.stringify({
      format: 'kept-backup',
      version: 2,
      clients: rows,
      contacts: [],
      goals: [],
      commitments: [],
    });
    expect(bigJunk.length).toBeGreaterThan(10_000_000);
    const report = await importBackup(target, bigJunk);
    expect(report.valid).toBe(false);
    expect(report.problems).toHaveLength(200);
    expect(report.problemCount).toBeGreaterThan(60_000);
    expect(await target.clients.count()).toBe(0);
  });

  it('refuses a contact whose email this browser already files under another contact', async () => {
    await loadSampleData(target, NOW);
    const report = await previewImport(target, await exportBackupJson(source, NOW));
    expect(report.valid).toBe(false);
    expect(report.problems[0]).toMatchObject({
      path: 'contacts[0].email',
      reason: expect.stringContaining('already a contact'),
    });
  });

  it('reads a version 1 file and derives completedAt as the schema upgrade does', async () => {
    const v1 = await backupWith((b) => {
      (b as { version: unknown }).version = 1;
      for (const c of b.commitments as { completedAt?: number }[]) delete c.completedAt;
    });
    expect(await importBackup(target, v1)).toMatchObject({ valid: true, written: true });
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it('refuses a record link whose client is neither in the file nor stored, and says where', async () => {
    await linkSampleRecords(source);
    const json = await backupWith((b) => {
      (b.recordLinks![1] as { clientId: string }).clientId = 'no-such-client';
    });
    const report = await importBackup(target, json);
    expect(report).toMatchObject({ valid: false, written: false, problemCount: 1 });
    expect(report.problems).toEqual([
      { path: 'recordLinks[1].clientId', reason: 'no client no-such-client' },
    ]);
    expect(await target.clients.count()).toBe(0);
    expect(await target.recordLinks.count()).toBe(0);
  });

  it('accepts a record link to a client this browser already stores', async () => {
    await loadSampleData(target, NOW);
    const [client] = await target.clients.orderBy('id').toArray();
    const json = JSON.stringify({
      format: 'kept-backup',
      version: 3,
      clients: [],
      contacts: [],
      goals: [],
      commitments: [],
      recordLinks: [
        { key: 'zoho:org1/Leads/1', clientId: client!.id, linked: new Date(NOW).toISOString() },
      ],
    });
    expect(await importBackup(target, json)).toMatchObject({ valid: true, written: true });
    expect((await target.recordLinks.get('zoho:org1/Leads/1'))?.clientId).toBe(client!.id);
  });

  it('refuses two links of the same record key', async () => {
    const [key] = await linkSampleRecords(source);
    const json = await backupWith((b) => {
      b.recordLinks!.push({ ...(b.recordLinks![0] as object) });
    });
    const report = await previewImport(target, json);
    expect(report.valid).toBe(false);
    expect(report.problems).toEqual([
      { path: 'recordLinks[2].key', reason: `duplicate key ${key} (also recordLinks[0])` },
    ]);
  });

  it('reads a version 2 file, which has no record links', async () => {
    const v2 = await backupWith((b) => {
      (b as { version: unknown }).version = 2;
      delete b.recordLinks;
    });
    const report = await importBackup(target, v2);
    expect(report).toMatchObject({ valid: true, written: true, version: 2 });
    expect(report.counts.recordLinks).toBe(0);
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });
});
