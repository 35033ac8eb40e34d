import { Dexie } from 'dexie';
import type { Client, Commitment, Contact, Goal } from '../model/entities';
import { keptRateTrend } from '../model/agenda';
import { keptOnTimeRate, type KeptRate } from '../model/kept-rate';
import { DEFAULT_SETTINGS, SETTINGS_ID, type Settings } from '../model/settings';
import type { KeptDatabase } from './database';
import { resolveClient, type ResolvedClient } from './resolve-client';

/*
 * The named reads of Kept's database: the message handlers call them with the background's
 * database, and Kept's pages through the live hooks of components/hooks (docs/ARCHITECTURE.md, "The
 * parts"). A read that both need is written once, here.
 */

const DAY = 86_400_000;

/** A client's open commitments, soonest due first, undated last. Uses [clientId+status+dueAt]. */
export function openCommitmentsOfClient(db: KeptDatabase, clientId: string): Promise<Commitment[]> {
  return db.commitments
    .where('[clientId+status+dueAt]')
    .between([clientId, 'open', Dexie.minKey], [clientId, 'open', Dexie.maxKey])
    .toArray();
}

/** Open commitments across all clients whose due time has passed, most overdue first. */
export function overdueCommitments(
  db: KeptDatabase,
  now: number,
  limit = Infinity,
): Promise<Commitment[]> {
  const query = db.commitments
    .where('[status+dueAt]')
    .between(['open', Dexie.minKey], ['open', now], true, false);
  return (Number.isFinite(limit) ? query.limit(limit) : query).toArray();
}

/** How many open commitments are overdue (the toolbar badge), counted on the index alone. */
export function overdueCount(db: KeptDatabase, now: number): Promise<number> {
  return db.commitments
    .where('[status+dueAt]')
    .between(['open', Dexie.minKey], ['open', now], true, false)
    .count();
}

/** The counts behind the toolbar badge and the popup's summary. */
export interface Overview {
  open: number;
  overdue: number;
  dueSoon: number;
}

/** Open, overdue and due-within-`withinMs` counts across all clients, from the indexes alone. */
export async function overview(db: KeptDatabase, now: number, withinMs: number): Promise<Overview> {
  const open = db.commitments.where('[status+dueAt]');
  const [all, overdue, dueSoon] = await Promise.all([
    open.between(['open', Dexie.minKey], ['open', Dexie.maxKey]).count(),
    open.between(['open', Dexie.minKey], ['open', now], true, false).count(),
    open.between(['open', now], ['open', now + withinMs], true, false).count(),
  ]);
  return { open: all, overdue, dueSoon };
}

/** The counts the client chip shows ("Acme · 3 open, 1 overdue"). */
export async function clientCounts(
  db: KeptDatabase,
  clientId: string,
  now: number,
): Promise<{ open: number; overdue: number }> {
  const index = db.commitments.where('[clientId+status+dueAt]');
  const [open, overdue] = await Promise.all([
    index.between([clientId, 'open', Dexie.minKey], [clientId, 'open', Dexie.maxKey]).count(),
    index.between([clientId, 'open', Dexie.minKey], [clientId, 'open', now], true, false).count(),
  ]);
  return { open, overdue };
}

/** Every commitment of a client, any status (for the kept-on-time rate and history views). */
function commitmentsOfClient(db: KeptDatabase, clientId: string): Promise<Commitment[]> {
  return db.commitments.where('clientId').equals(clientId).toArray();
}

/** The client `key` is linked to, or undefined (no link, or the client was deleted since). */
export async function linkedClient(db: KeptDatabase, key: string): Promise<Client | undefined> {
  const link = await db.recordLinks.get(key);
  return link ? db.clients.get(link.clientId) : undefined;
}

/** The settings, or the defaults when none were saved yet. */
export async function getSettings(db: KeptDatabase): Promise<Settings> {
  return (await db.settings.get(SETTINGS_ID)) ?? DEFAULT_SETTINGS;
}

/** A client by id, or undefined. */
export function clientById(db: KeptDatabase, clientId: string): Promise<Client | undefined> {
  return db.clients.get(clientId);
}

/** How many clients the ledger holds. */
export function clientCount(db: KeptDatabase): Promise<number> {
  return db.clients.count();
}

const byName = (a: Client, b: Client) => a.name.localeCompare(b.name);

/**
 * The first `limit` clients by name whose name or domain contains `search` (every client when it is
 * empty). Sorted before it is cut, so the first by name come back, not the first by key.
 */
export async function searchClients(
  db: KeptDatabase,
  search: string,
  limit: number,
): Promise<Client[]> {
  const needle = search.trim().toLowerCase();
  const query = needle
    ? db.clients.filter(
        (c) => c.name.toLowerCase().includes(needle) || c.domains.some((d) => d.includes(needle)),
      )
    : db.clients.toCollection();
  return (await query.toArray()).sort(byName).slice(0, limit);
}

/** Every client, by name. */
export async function clientsByName(db: KeptDatabase): Promise<Client[]> {
  return (await db.clients.toArray()).sort(byName);
}

/** The client a typed name means: an exact (case-insensitive) name match. */
export async function clientNamed(db: KeptDatabase, name: string): Promise<Client | undefined> {
  const needle = name.trim().toLowerCase();
  if (!needle) return undefined;
  return db.clients.filter((c) => c.name.toLowerCase() === needle).first();
}

/**
 * The clients of a thread: a record or thread the user linked to a client (`recordKey`) puts that
 * client first, then the clients its addresses resolve to (`resolveClient`).
 */
export async function clientsOfThread(
  db: KeptDatabase,
  addresses: readonly string[],
  recordKey?: string,
): Promise<ResolvedClient[]> {
  const found = await resolveClient(db, addresses);
  const linked = recordKey ? await linkedClient(db, recordKey) : undefined;
  if (!linked) return found;
  return [{ client: linked, addresses: [] }, ...found.filter((r) => r.client.id !== linked.id)];
}

/** A client's contacts. */
export function contactsOfClient(db: KeptDatabase, clientId: string): Promise<Contact[]> {
  return db.contacts.where('clientId').equals(clientId).toArray();
}

/** A client's goals, any status. */
export function goalsOfClient(db: KeptDatabase, clientId: string): Promise<Goal[]> {
  return db.goals.where('clientId').equals(clientId).toArray();
}

/** A client's active goals (the popup's goal picker). */
export async function activeGoalsOfClient(db: KeptDatabase, clientId: string): Promise<Goal[]> {
  return (await goalsOfClient(db, clientId)).filter((g) => g.status === 'active');
}

/** What is filed under a client: merging moves these, deleting deletes them. */
export async function filedUnderClient(
  db: KeptDatabase,
  clientId: string,
): Promise<{ contacts: number; goals: number; commitments: number }> {
  const [contacts, goals, commitments] = await Promise.all(
    [db.contacts, db.goals, db.commitments].map((table) =>
      table.where('clientId').equals(clientId).count(),
    ),
  );
  return { contacts: contacts!, goals: goals!, commitments: commitments! };
}

/** The most overdue commitments across all clients, each with its client's name. */
export async function overdueWithClientNames(
  db: KeptDatabase,
  now: number,
  limit: number,
): Promise<{ commitment: Commitment; clientName: string }[]> {
  const items = await overdueCommitments(db, now, limit);
  const clients = await db.clients.bulkGet([...new Set(items.map((c) => c.clientId))]);
  const names = new Map(clients.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
  return items.map((c) => ({ commitment: c, clientName: names.get(c.clientId) ?? '' }));
}

/** Everything the side panel shows for one client. */
export interface ClientView {
  client: Client;
  contacts: Contact[];
  goals: Goal[];
  /** Open commitments, overdue first, then by due date, undated last (the index's order). */
  open: Commitment[];
  /** Done in the last 14 days, newest first. */
  doneRecently: Commitment[];
  all: Commitment[];
  keptRate: KeptRate;
}

/**
 * One client's view in one read transaction (null when the client does not exist): done recently is
 * counted from `now`, the kept-on-time rate at `rateAt` (the caller's clock at read time).
 */
export async function clientView(
  db: KeptDatabase,
  clientId: string,
  now: number,
  rateAt = now,
): Promise<ClientView | null> {
  return db.transaction('r', [db.clients, db.contacts, db.goals, db.commitments], async () => {
    const client = await db.clients.get(clientId);
    if (!client) return null;
    const [contacts, goals, open, all] = await Promise.all([
      contactsOfClient(db, clientId),
      goalsOfClient(db, clientId),
      openCommitmentsOfClient(db, clientId),
      commitmentsOfClient(db, clientId),
    ]);
    const doneRecently = all
      .filter((c) => c.status === 'done' && (c.completedAt ?? 0) > now - 14 * DAY)
      .sort((a, b) => (b.completedAt ?? 0) - (a.completedAt ?? 0));
    return {
      client,
      contacts,
      goals,
      open,
      doneRecently,
      all,
      keptRate: keptOnTimeRate(all, rateAt),
    };
  });
}

/** The week at a glance: open commitments per day (the index's counts) and the ones still ahead. */
export interface WeekAgenda {
  /** Open commitments due on each day, Monday first. */
  perDay: number[];
  /** Open commitments due from `now` to the week's end, soonest first, with their clients' names. */
  ahead: { commitment: Commitment; clientName: string }[];
  /** How many are due from `now` to the week's end (`ahead` may be cut at its limit). */
  aheadCount: number;
}

/**
 * Open commitments per day of a week (`dayStarts`: seven day starts, `weekEnd` exclusive) and those
 * due from `now` to the week's end, at most `limit`, counted on the [status+dueAt] index alone.
 */
export async function weekAgenda(
  db: KeptDatabase,
  dayStarts: readonly number[],
  weekEnd: number,
  now: number,
  limit: number,
): Promise<WeekAgenda> {
  const index = () => db.commitments.where('[status+dueAt]');
  const ends = [...dayStarts.slice(1), weekEnd];
  const from = Math.min(Math.max(now, dayStarts[0]!), weekEnd);
  const [perDay, aheadCount, items] = await Promise.all([
    Promise.all(
      dayStarts.map((start, i) =>
        index().between(['open', start], ['open', ends[i]!], true, false).count(),
      ),
    ),
    index().between(['open', from], ['open', weekEnd], true, false).count(),
    index().between(['open', from], ['open', weekEnd], true, false).limit(limit).toArray(),
  ]);
  const clients = await db.clients.bulkGet([...new Set(items.map((c) => c.clientId))]);
  const names = new Map(clients.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
  const ahead = items.map((c) => ({ commitment: c, clientName: names.get(c.clientId) ?? '' }));
  return { perDay, ahead, aheadCount };
}

/** A client's health beside its name: open and overdue counts, the kept-on-time rate and its trend. */
export interface ClientHealth {
  open: number;
  overdue: number;
  keptRate: KeptRate;
  /** The rate over the 30 days before each of seven instants across the last 90 days, oldest first. */
  trend: (number | undefined)[];
}

/** The health of each of `clientIds` (a page of clients, not all of them), by client id. */
export async function clientsHealth(
  db: KeptDatabase,
  clientIds: readonly string[],
  now: number,
): Promise<Record<string, ClientHealth>> {
  const entries = await Promise.all(
    clientIds.map(async (id) => {
      const [counts, all] = await Promise.all([
        clientCounts(db, id, now),
        commitmentsOfClient(db, id),
      ]);
      const health: ClientHealth = {
        ...counts,
        keptRate: keptOnTimeRate(all, now),
        trend: keptRateTrend(all, now),
      };
      return [id, health] as const;
    }),
  );
  return Object.fromEntries(entries);
}
