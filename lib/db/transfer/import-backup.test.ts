import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeptDatabase } from '../database';
import type { Backup } from './backup-format';
import { loadSampleData } from '../sample-data';
import { NOW, testDatabase } from '../test-support';
import { exportBackup, exportBackupJson } from './export-backup';
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
  const backup: Partial<Backup> = await exportBackup(db, NOW);
  delete backup.exported;
  return backup;
};

async function backupWith(change: (b: Record<string, unknown[]>) => void): Promise<string> {
  const backup = (await exportBackup(source, NOW)) as unknown as Record<string, unknown[]>;
  change(backup);
  return JSON.stringify(backup);
}

describe('export and import', () => {
  it('round-trips everything after a dry run that writes nothing', async () => {
    const json = await exportBackupJson(source, NOW);
    const preview = await previewImport(target, json);
    expect(preview).toMatchObject({ valid: true, written: false, version: 2, problemCount: 0 });
    expect(preview.counts).toEqual({
      clients: 3,
      contacts: 5,
      goals: 2,
      commitments: 9,
      settings: 0,
    });
    expect(await target.clients.count()).toBe(0);
    expect(await importBackup(target, json)).toMatchObject({ valid: true, written: true });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    // Importing the same file again replaces by id: nothing doubles.
    await importBackup(target, json);
    expect(await target.commitments.count()).toBe(9);
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
    const newer = (await exportBackupJson(source, NOW)).replace('"version":2', '"version":3');
    const report = await importBackup(target, newer);
    expect(report).toMatchObject({ valid: false, written: false, version: 3 });
    expect(report.message).toContain('newer Kept');
    expect(await target.clients.count()).toBe(0);
  });

  it('refuses 10 MB of junk without hanging, and caps the problem list', async () => {
    const junk = 'x{"]'.repeat(2_500_000);
    expect(await importBackup(target, junk)).toMatchObject({
      valid: false,
      message: expect.stringContaining('not JSON'),
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
});
