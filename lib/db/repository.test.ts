import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeptDatabase } from './database';
import { keptOnTimeRate } from '../model/kept-rate';
import { clientCounts, getSettings, openCommitmentsOfClient, overdueCommitments } from './queries';
import { NO_DUE_AT } from '../model/entities';
import {
  addContact,
  completeCommitment,
  createClient,
  deleteAllData,
  deleteClient,
  dropCommitment,
  logCommitment,
  mergeClients,
  reopenCommitment,
  rescheduleCommitment,
  updateContact,
  updateSettings,
} from './repository';
import { DAY, NOW, testDatabase } from './test-support';

let db: KeptDatabase;
beforeEach(() => {
  db = testDatabase();
});
afterEach(() => db.close());

const iso = (ms: number) => new Date(ms).toISOString();

describe('repository invariants', () => {
  it('refuses a commitment without an existing client', async () => {
    await expect(
      logCommitment(db, { clientId: 'nope', text: 'Send the deck', dueKind: 'none' }, NOW),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.commitments.count()).toBe(0);
  });

  it('stores contact emails lower-cased and unique across clients', async () => {
    const acme = await createClient(db, { name: 'Acme', domains: ['ACME.example'] }, NOW);
    const globex = await createClient(db, { name: 'Globex' }, NOW);
    expect(acme.domains).toEqual(['acme.example']);
    const dana = await addContact(db, { clientId: acme.id, email: ' Dana@Acme.Example ' });
    expect(dana.email).toBe('dana@acme.example');
    await expect(
      addContact(db, { clientId: globex.id, email: 'DANA@acme.example' }),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('Acme') });
  });

  it('refuses a free-mail domain for a client', async () => {
    await expect(
      createClient(db, { name: 'X', domains: ['gmail.com'] }, NOW),
    ).rejects.toMatchObject({ code: 'invalid' });
  });

  it('refuses something that is not a domain, and accepts a pasted @domain', async () => {
    await expect(createClient(db, { name: 'X', domains: ['acme'] }, NOW)).rejects.toMatchObject({
      code: 'invalid',
    });
    const c = await createClient(db, { name: 'Y', domains: ['@Huaxing.CN.example'] }, NOW);
    expect(c.domains).toEqual(['huaxing.cn.example']);
  });

  it('appends history on reschedule, done, drop and reopen', async () => {
    const acme = await createClient(db, { name: 'Acme' }, NOW);
    const c = await logCommitment(
      db,
      { clientId: acme.id, text: 'Send the report', due: iso(NOW + DAY), dueKind: 'explicit' },
      NOW,
    );
    await expect(
      rescheduleCommitment(db, c.id, { due: iso(NOW + 3 * DAY), dueKind: 'explicit' }, ' ', NOW),
    ).rejects.toMatchObject({ code: 'invalid' });
    const moved = await rescheduleCommitment(
      db,
      c.id,
      { due: iso(NOW + 3 * DAY), dueKind: 'explicit' },
      'data arrived late',
      NOW + 1,
    );
    expect(moved.dueAt).toBe(NOW + 3 * DAY);
    expect(moved.history.at(-1)).toEqual({
      at: iso(NOW + 1),
      change: 'rescheduled',
      from: iso(NOW + DAY),
      to: iso(NOW + 3 * DAY),
      reason: 'data arrived late',
    });
    const done = await completeCommitment(db, c.id, NOW + 2);
    expect(done).toMatchObject({ status: 'done', completedAt: NOW + 2, completed: iso(NOW + 2) });
    await expect(dropCommitment(db, c.id, 'no', NOW)).rejects.toMatchObject({
      code: 'invalid-state',
    });
    const reopened = await reopenCommitment(db, c.id, 'client asked again', NOW + 3);
    expect(reopened.completed).toBeUndefined();
    const dropped = await dropCommitment(db, c.id, 'project cancelled', NOW + 4);
    expect(dropped.history.map((h) => h.change)).toEqual([
      'created',
      'rescheduled',
      'done',
      'reopened',
      'dropped',
    ]);
  });

  it('lists open commitments by due date with undated last, and overdue across clients', async () => {
    const acme = await createClient(db, { name: 'Acme' }, NOW);
    const log = (text: string, due?: number) =>
      logCommitment(
        db,
        {
          clientId: acme.id,
          text,
          due: due ? iso(due) : undefined,
          dueKind: due ? 'explicit' : 'none',
        },
        NOW,
      );
    await log('later', NOW + 2 * DAY);
    await log('undated');
    await log('late', NOW - DAY);
    await log('soon', NOW + DAY);
    const open = await openCommitmentsOfClient(db, acme.id);
    expect(open.map((c) => c.text)).toEqual(['late', 'soon', 'later', 'undated']);
    expect(open.at(-1)!.dueAt).toBe(NO_DUE_AT);
    expect((await overdueCommitments(db, NOW)).map((c) => c.text)).toEqual(['late']);
    expect(await clientCounts(db, acme.id, NOW)).toEqual({ open: 4, overdue: 1 });
  });

  it('merges clients, moving everything and noting it in history', async () => {
    const a = await createClient(db, { name: 'Acme', domains: ['acme.example'] }, NOW);
    const b = await createClient(db, { name: 'ACME Corp', domains: ['acme-corp.example'] }, NOW);
    await addContact(db, { clientId: b.id, email: 'li@acme-corp.example' });
    const c = await logCommitment(db, { clientId: b.id, text: 'Call back', dueKind: 'none' }, NOW);
    const merged = await mergeClients(db, a.id, b.id, NOW);
    expect(merged.domains).toEqual(['acme.example', 'acme-corp.example']);
    expect(await db.clients.get(b.id)).toBeUndefined();
    expect((await db.contacts.toArray())[0]!.clientId).toBe(a.id);
    const moved = await db.commitments.get(c.id);
    expect(moved!.clientId).toBe(a.id);
    expect(moved!.history.at(-1)).toMatchObject({ change: 'moved', from: 'ACME Corp', to: 'Acme' });
  });

  it('deletes a client with its records only when asked to cascade', async () => {
    const a = await createClient(db, { name: 'Acme' }, NOW);
    await logCommitment(db, { clientId: a.id, text: 'Call back', dueKind: 'none' }, NOW);
    await expect(deleteClient(db, a.id, { cascade: false })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await deleteClient(db, a.id, { cascade: true })).toEqual({
      contacts: 0,
      goals: 0,
      commitments: 1,
      recordLinks: 0,
    });
    expect(await db.commitments.count()).toBe(0);
  });

  it('computes the kept-on-time rate over the last 90 days', async () => {
    const a = await createClient(db, { name: 'Acme' }, NOW);
    const mk = async (due: number, finish?: number) => {
      const c = await logCommitment(
        db,
        { clientId: a.id, text: 'x', due: iso(due), dueKind: 'explicit' },
        due - DAY,
      );
      if (finish !== undefined) await completeCommitment(db, c.id, finish);
    };
    await mk(NOW - 10 * DAY, NOW - 11 * DAY); // on time
    await mk(NOW - 5 * DAY, NOW - 4 * DAY); // late
    await mk(NOW - 2 * DAY); // still open: missed
    await mk(NOW - 100 * DAY, NOW - 101 * DAY); // outside the window
    await mk(NOW + DAY); // not due yet
    const rate = keptOnTimeRate(await db.commitments.toArray(), NOW);
    expect(rate).toEqual({ due: 3, keptOnTime: 1, rate: 1 / 3 });
  });
});

describe('updateContact', () => {
  it('renames a contact, trimmed, keeping its email and client', async () => {
    const acme = await createClient(db, { name: 'Acme' }, NOW);
    const dana = await addContact(db, { clientId: acme.id, email: 'Dana@Acme.example', name: 'D' });
    const renamed = await updateContact(db, dana.id, { name: '  Dana Whitfield ' });
    expect(renamed).toEqual({ ...dana, name: 'Dana Whitfield' });
    expect(await db.contacts.get(dana.id)).toEqual(renamed);
    expect(renamed.email).toBe('dana@acme.example');
  });

  it('moves a contact to another client, so its email resolves there', async () => {
    const acme = await createClient(db, { name: 'Acme' }, NOW);
    const globex = await createClient(db, { name: 'Globex' }, NOW);
    const pat = await addContact(db, { clientId: acme.id, email: 'pat@gmail.com', name: 'Pat' });
    const moved = await updateContact(db, pat.id, { clientId: globex.id });
    expect(moved).toEqual({ ...pat, clientId: globex.id });
    expect(await db.contacts.where('email').equals('pat@gmail.com').toArray()).toEqual([moved]);
    expect(await db.contacts.count()).toBe(1);
  });

  it('refuses an unknown target client and leaves the contact as it was', async () => {
    const acme = await createClient(db, { name: 'Acme' }, NOW);
    const dana = await addContact(db, { clientId: acme.id, email: 'dana@acme.example' });
    await expect(
      updateContact(db, dana.id, { name: 'Dana', clientId: 'nope' }),
    ).rejects.toMatchObject({ code: 'not-found', message: 'No client with id nope.' });
    expect(await db.contacts.get(dana.id)).toEqual(dana);
  });

  it('refuses an unknown contact and a name the schema rejects', async () => {
    await expect(updateContact(db, 'nope', { name: 'X' })).rejects.toMatchObject({
      code: 'not-found',
      message: 'No contact with id nope.',
    });
    const acme = await createClient(db, { name: 'Acme' }, NOW);
    const dana = await addContact(db, { clientId: acme.id, email: 'dana@acme.example' });
    await expect(updateContact(db, dana.id, { name: 'x'.repeat(201) })).rejects.toMatchObject({
      code: 'invalid',
    });
    expect(await db.contacts.get(dana.id)).toEqual(dana);
  });
});

describe('deleteAllData', () => {
  it('removes every record and the settings, and says how many', async () => {
    const a = await createClient(db, { name: 'Acme' }, NOW);
    await addContact(db, { clientId: a.id, email: 'dana@acme.example' });
    await logCommitment(db, { clientId: a.id, text: 'Call back', dueKind: 'none' }, NOW);
    await updateSettings(db, { reviewBeforeSend: false });
    expect(await deleteAllData(db)).toEqual({ clients: 1, contacts: 1, goals: 0, commitments: 1 });
    expect(await db.clients.count()).toBe(0);
    expect((await getSettings(db)).reviewBeforeSend).toBe(true);
  });
});
