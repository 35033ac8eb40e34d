import type { KeptDatabase } from './database';
import { domainOf, isFreeMailDomain, normalizeAddresses } from '../model/addresses';
import type { Client } from '../model/entities';

/** A client found for a thread, with the addresses that led to it. */
export interface ResolvedClient {
  client: Client;
  addresses: string[];
}

/** The domain and its parents down to two labels, so mail from eu.acme.example finds acme.example. */
function domainCandidates(domain: string): string[] {
  const labels = domain.split('.');
  const out: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) out.push(labels.slice(i).join('.'));
  return out;
}

/**
 * The clients of a set of addresses (docs/ARCHITECTURE.md, "Client resolution"): a known
 * contact decides first; otherwise the address's domain, unless it is a free-mail or personal
 * domain (clients sharing a domain are all returned). Several clients may share a thread; they come
 * back ordered by how many addresses matched, most first.
 */
export async function resolveClient(
  db: KeptDatabase,
  rawAddresses: readonly string[],
): Promise<ResolvedClient[]> {
  const addresses = normalizeAddresses(rawAddresses);
  if (addresses.length === 0) return [];
  // One read transaction: a consistent view, and one transaction instead of one per lookup.
  return db.transaction('r', db.contacts, db.clients, () => resolveIn(db, addresses));
}

async function resolveIn(db: KeptDatabase, addresses: string[]): Promise<ResolvedClient[]> {
  // address → the clients it belongs to (one by contact; one or more when clients share a domain).
  const byAddress = new Map<string, string[]>();
  // One equality lookup per address rather than anyOf(): for a handful of keys it is several times
  // faster (anyOf walks a cursor across the index).
  const contacts = await Promise.all(
    addresses.map((a) => db.contacts.where('email').equals(a).first()),
  );
  for (const contact of contacts) if (contact) byAddress.set(contact.email, [contact.clientId]);

  const lookups = new Map<string, string[]>();
  for (const address of addresses.filter((a) => !byAddress.has(a))) {
    const domain = domainOf(address)!;
    if (!isFreeMailDomain(domain)) lookups.set(address, domainCandidates(domain));
  }
  const allDomains = [...new Set([...lookups.values()].flat())];
  const byDomain = new Map<string, string[]>();
  const owners = await Promise.all(
    allDomains.map((d) => db.clients.where('domains').equals(d).primaryKeys()),
  );
  allDomains.forEach((d, i) => {
    if (owners[i]!.length > 0) byDomain.set(d, owners[i]!);
  });
  for (const [address, candidates] of lookups) {
    // Candidates run from the full domain to its parents: the most specific owned domain decides.
    const hit = candidates.find((d) => byDomain.has(d));
    if (hit) byAddress.set(address, byDomain.get(hit)!);
  }

  const grouped = new Map<string, string[]>();
  for (const [address, clientIds] of byAddress)
    for (const id of clientIds) grouped.set(id, [...(grouped.get(id) ?? []), address]);
  const clients = await db.clients.bulkGet([...grouped.keys()]);
  return clients
    .filter((c): c is Client => c !== undefined)
    .map((client) => ({ client, addresses: grouped.get(client.id)! }))
    .sort(
      (a, b) =>
        b.addresses.length - a.addresses.length || a.client.name.localeCompare(b.client.name),
    );
}
