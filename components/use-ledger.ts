import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../lib/db/database';
import { overview } from '../lib/db/queries';
import { linkedClient } from '../lib/db/queries';
import type { Client, Goal } from '../lib/model/entities';
import { resolveClient, type ResolvedClient } from '../lib/db/resolve-client';

/** Clients whose name or domain contains `search` (all when empty), by name; live. */
export function useClientSearch(search: string, limit = 20): Client[] | undefined {
  return useLiveQuery(async () => {
    const needle = search.trim().toLowerCase();
    const db = getDatabase();
    const query = needle
      ? db.clients.filter(
          (c) => c.name.toLowerCase().includes(needle) || c.domains.some((d) => d.includes(needle)),
        )
      : db.clients.toCollection();
    const clients = await query.limit(limit).toArray();
    return clients.sort((a, b) => a.name.localeCompare(b.name));
  }, [search, limit]);
}

/**
 * The clients of a set of addresses (contact, then domain; ARCHITECTURE 7); live. A record the user
 * linked to a client (`recordKey`, lib/db/record-links.ts) puts that client first.
 */
export function useResolvedClients(
  addresses: readonly string[],
  recordKey?: string,
): ResolvedClient[] | undefined {
  const key = addresses.join(',');
  return useLiveQuery(async () => {
    const db = getDatabase();
    const found = await resolveClient(db, key ? key.split(',') : []);
    const linked = recordKey ? await linkedClient(db, recordKey) : undefined;
    if (!linked) return found;
    return [{ client: linked, addresses: [] }, ...found.filter((r) => r.client.id !== linked.id)];
  }, [key, recordKey]);
}

/** A client's active goals (for the popup's goal picker); live. */
export function useActiveGoals(clientId: string | undefined): Goal[] | undefined {
  return useLiveQuery(
    async () =>
      clientId
        ? (await getDatabase().goals.where('clientId').equals(clientId).toArray()).filter(
            (g) => g.status === 'active',
          )
        : [],
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
