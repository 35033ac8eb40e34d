import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../../lib/db/database';
import {
  activeGoalsOfClient,
  clientById,
  clientCount,
  clientNamed,
  clientsByName,
  clientsOfThread,
  clientView,
  clientsHealth,
  contactsOfClient,
  filedUnderClient,
  getSettings,
  goalsOfClient,
  linkedClient,
  overdueWithClientNames,
  overview,
  searchClients,
  weekAgenda,
  type ClientHealth,
  type ClientView,
  type WeekAgenda,
} from '../../lib/db/queries';
import type { ResolvedClient } from '../../lib/db/resolve-client';
import type { Client, Contact, Goal } from '../../lib/model/entities';
import type { Settings } from '../../lib/model/settings';

/*
 * The only place Kept's pages read the database: each hook runs a named query of lib/db/queries live
 * (useLiveQuery re-runs it when the tables it read change). Components call these, never Dexie or
 * getDatabase (docs/ARCHITECTURE.md, "The parts"). Writes go through lib/messaging.
 */

export type { ClientHealth, ClientView, ResolvedClient, WeekAgenda };

/** The first `limit` clients by name whose name or domain contains `search` (all when empty); live. */
export function useClientSearch(search: string, limit = 20): Client[] | undefined {
  return useLiveQuery(() => searchClients(getDatabase(), search, limit), [search, limit]);
}

/**
 * The clients of a set of addresses (contact, then domain; docs/ARCHITECTURE.md, "Client
 * resolution"); live. A record the user linked to a client (`recordKey`) puts that client first.
 */
export function useResolvedClients(
  addresses: readonly string[],
  recordKey?: string,
): ResolvedClient[] | undefined {
  const key = addresses.join(',');
  return useLiveQuery(
    () => clientsOfThread(getDatabase(), key ? key.split(',') : [], recordKey),
    [key, recordKey],
  );
}

/** A client's active goals (for the popup's goal picker); live. */
export function useActiveGoals(clientId: string | undefined): Goal[] | undefined {
  return useLiveQuery(
    async () => (clientId ? activeGoalsOfClient(getDatabase(), clientId) : []),
    [clientId],
  );
}

/** Overdue and due-today counts across all clients, from the indexes alone; live. */
export function useDueCounts(now: number): { overdue: number; today: number } | undefined {
  return useLiveQuery(async () => {
    const endOfDay = new Date(now);
    endOfDay.setHours(23, 59, 59, 999);
    const counts = await overview(getDatabase(), now, endOfDay.getTime() - now + 1);
    return { overdue: counts.overdue, today: counts.dueSoon };
  }, [now]);
}

/** One client's view (null when the client does not exist); live. */
export function useClientView(clientId: string, now: number): ClientView | null | undefined {
  return useLiveQuery(
    // The clock at read time for the rate, not the minute tick: a promise done a second ago counts.
    () => clientView(getDatabase(), clientId, now, Math.max(now, Date.now())),
    [clientId, now],
  );
}

/** A client by id (undefined while loading or when it does not exist); live. */
export function useClient(clientId: string): Client | undefined {
  return useLiveQuery(() => clientById(getDatabase(), clientId), [clientId]);
}

/** A client and its goals, or undefined (no client id, loading, or no such client); live. */
export function useClientGoals(
  clientId: string | undefined,
): { client: Client; goals: Goal[] } | undefined {
  return useLiveQuery(async () => {
    if (!clientId) return undefined;
    const db = getDatabase();
    const [client, goals] = await Promise.all([
      clientById(db, clientId),
      goalsOfClient(db, clientId),
    ]);
    return client ? { client, goals } : undefined;
  }, [clientId]);
}

/** A client's contacts; live. */
export function useContacts(clientId: string): Contact[] | undefined {
  return useLiveQuery(() => contactsOfClient(getDatabase(), clientId), [clientId]);
}

/** Every client by name; live. */
export function useClientsByName(): Client[] | undefined {
  return useLiveQuery(() => clientsByName(getDatabase()));
}

/** How many contacts, goals and commitments are filed under a client; live. */
export function useFiledUnder(
  clientId: string,
): { contacts: number; goals: number; commitments: number } | undefined {
  return useLiveQuery(() => filedUnderClient(getDatabase(), clientId), [clientId]);
}

/** The overdue commitments across all clients (the 50 most overdue), with their clients' names; live. */
export function useOverdue(now: number) {
  return useLiveQuery(() => overdueWithClientNames(getDatabase(), now, 50), [now]);
}

/** The client a record is linked to, null when none; live. */
export function useLinkedClient(recordKey: string): Client | null | undefined {
  return useLiveQuery(
    async () => (await linkedClient(getDatabase(), recordKey)) ?? null,
    [recordKey],
  );
}

/** The settings; live. */
export function useStoredSettings(): Settings | undefined {
  return useLiveQuery(() => getSettings(getDatabase()));
}

/** The client a typed name means (an exact, case-insensitive name match), read once. */
export function clientNamedNow(name: string): Promise<Client | undefined> {
  return clientNamed(getDatabase(), name);
}

/**
 * The client a typed name means, read once: an exact (case-insensitive) name match, else the one
 * client whose name or domain contains it ("acme" → Acme Logistics); none when several do.
 */
export async function clientMeantNow(name: string): Promise<Client | undefined> {
  const db = getDatabase();
  const exact = await clientNamed(db, name);
  if (exact || !name.trim()) return exact;
  const partial = await searchClients(db, name, 2);
  return partial.length === 1 ? partial[0] : undefined;
}

/** Whether the ledger holds no client yet, read once. */
export async function ledgerIsEmpty(): Promise<boolean> {
  return (await clientCount(getDatabase())) === 0;
}

/** Open commitments per day of a week and those still ahead this week (at most `limit`); live. */
export function useWeekAgenda(
  dayStarts: readonly number[],
  weekEnd: number,
  now: number,
  limit = 30,
): WeekAgenda | undefined {
  const key = dayStarts.join(',');
  return useLiveQuery(
    () => weekAgenda(getDatabase(), key.split(',').map(Number), weekEnd, now, limit),
    [key, weekEnd, now, limit],
  );
}

/** The health (open, overdue, kept on time and its trend) of a page of clients, by id; live. */
export function useClientsHealth(
  clientIds: readonly string[],
  now: number,
): Record<string, ClientHealth> | undefined {
  const key = clientIds.join(',');
  return useLiveQuery(
    () => clientsHealth(getDatabase(), key ? key.split(',') : [], now),
    [key, now],
  );
}
