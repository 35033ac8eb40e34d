import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeptDatabase } from '../database';
import { NO_DUE_AT } from '../../model/entities';
import { loadSampleData } from '../repository';
import { NOW, testDatabase } from '../test-support';
import { exportBackupJson } from './export-backup';
import { importBackup, previewImport } from './import-backup';

type Row = Record<string, unknown>;
type File = Record<string, Row[]>;

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

/** The sample data as a backup file, changed by `change` (rows in id order, so indexes are stable). */
async function backupWith(change: (b: File) => void): Promise<string> {
  const backup = JSON.parse(await exportBackupJson(source, NOW)) as unknown as File;
  for (const table of ['clients', 'contacts', 'goals', 'commitments'])
    backup[table]!.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  change(backup);
  return JSON.stringify(backup);
}

const byStatus = (b: File, status: string) => b.commitments!.find((c) => c.status === status)!;
const indexOf = (b: File, row: Row) => b.commitments!.indexOf(row);

describe('import applies the repository rules', () => {
  it.each<[string, (b: File) => string, RegExp]>([
    [
      'an email that differs from another only in case',
      (b) => {
        b.contacts!.push({
          ...b.contacts![0]!,
          id: 'dup',
          email: String(b.contacts![0]!.email).toUpperCase(),
        });
        return `contacts[${b.contacts!.length - 1}].email`;
      },
      /not lower-case|also at contacts\[0\]/,
    ],
    [
      'a free-mail client domain',
      (b) => {
        b.clients![0]!.domains = ['gmail.com'];
        return 'clients[0].domains.0';
      },
      /personal mail domain/,
    ],
    [
      'a malformed client domain',
      (b) => {
        b.clients![1]!.domains = ['not a domain'];
        return 'clients[1].domains.0';
      },
      /is not a domain/,
    ],
    [
      "a commitment on another client's goal",
      (b) => {
        const withGoal = b.commitments!.find((c) => c.goalId !== undefined)!;
        const other = b.clients!.find((c) => c.id !== withGoal.clientId)!;
        withGoal.clientId = other.id;
        return `commitments[${indexOf(b, withGoal)}].goalId`;
      },
      /belongs to another client/,
    ],
    [
      'dueAt disagreeing with due',
      (b) => {
        const open = b.commitments!.find((c) => c.due !== undefined)!;
        open.dueAt = Number(open.dueAt) + 3_600_000;
        return `commitments[${indexOf(b, open)}].dueAt`;
      },
      /disagrees with due/,
    ],
    [
      'an undated commitment whose dueAt is not NO_DUE_AT',
      (b) => {
        const undated = b.commitments!.find((c) => c.dueAt === NO_DUE_AT)!;
        undated.dueAt = NOW;
        return `commitments[${indexOf(b, undated)}].dueAt`;
      },
      /disagrees with due/,
    ],
    [
      'done without completedAt',
      (b) => {
        const done = byStatus(b, 'done');
        delete done.completedAt;
        return `commitments[${indexOf(b, done)}].completedAt`;
      },
      /done without completed/,
    ],
    [
      'an open commitment with completed',
      (b) => {
        const open = byStatus(b, 'open');
        open.completed = new Date(NOW).toISOString();
        open.completedAt = NOW;
        return `commitments[${indexOf(b, open)}].completed`;
      },
      /open but completed/,
    ],
  ])('refuses %s, in the dry run too, and writes nothing', async (_name, breakIt, reason) => {
    let path = '';
    const json = await backupWith((b) => {
      path = breakIt(b);
    });
    const preview = await previewImport(target, json);
    expect(preview.valid).toBe(false);
    expect(preview.problems).toContainEqual({ path, reason: expect.stringMatching(reason) });
    const report = await importBackup(target, json);
    expect(report).toMatchObject({ valid: false, written: false });
    expect(report.problems).toEqual(preview.problems);
    for (const table of [target.clients, target.contacts, target.goals, target.commitments])
      expect(await table.count()).toBe(0);
  });

  it('refuses an email already stored in another case', async () => {
    await loadSampleData(target, NOW);
    const json = await backupWith((b) => {
      b.clients = [{ ...b.clients![0]!, id: 'new-client', name: 'New', domains: [] }];
      b.contacts = [
        { id: 'new-contact', email: 'DANA@acme.example', name: 'Dana', clientId: 'new-client' },
      ];
      b.goals = [];
      b.commitments = [];
    });
    const report = await previewImport(target, json);
    expect(report.problems.map((p) => p.reason)).toEqual(
      expect.arrayContaining([expect.stringContaining('already a contact in this browser')]),
    );
  });

  it('still imports an untouched export', async () => {
    const json = await backupWith(() => undefined);
    expect(await importBackup(target, json)).toMatchObject({ valid: true, problemCount: 0 });
  });
});
