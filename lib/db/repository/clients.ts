import type { KeptDatabase } from '../database';
import { KeptError } from '../errors';
import { isFreeMailDomain } from '../free-mail';
import { clientSchema, type Client } from '../records';
import { checked, entry, found, isoAt, newId } from './shared';

export interface ClientInput {
  name: string;
  domains?: string[];
  notes?: string;
  sample?: true;
}

/** Two or more labels of letters (any script), digits and hyphens: "acme.example", "华星.cn". */
const DOMAIN = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;

/**
 * Lower-cased, de-duplicated domains (a pasted "@acme.example" is accepted). A free-mail domain is
 * refused because it would claim strangers' mail for this client.
 */
function cleanDomains(domains: readonly string[]): string[] {
  const cleaned = domains.map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean);
  const out = [...new Set(cleaned)];
  const bad = out.find((d) => !DOMAIN.test(d));
  if (bad) throw new KeptError('invalid', `${bad} is not a domain.`);
  const free = out.find(isFreeMailDomain);
  if (free)
    throw new KeptError('invalid', `${free} is a personal mail domain; add contacts instead.`);
  return out;
}

/** Creates a client. */
export async function createClient(
  db: KeptDatabase,
  input: ClientInput,
  now: number,
): Promise<Client> {
  const client = checked(clientSchema, {
    id: newId(),
    name: input.name.trim(),
    domains: cleanDomains(input.domains ?? []),
    notes: input.notes ?? '',
    created: isoAt(now),
    updated: isoAt(now),
    ...(input.sample ? { sample: true as const } : {}),
  });
  // An explicit transaction: its promise settles only after the commit, so a reply means "stored".
  await db.transaction('rw', db.clients, () => db.clients.add(client));
  return client;
}

/** Renames a client or changes its domains or notes. */
export async function updateClient(
  db: KeptDatabase,
  id: string,
  patch: Partial<Pick<Client, 'name' | 'domains' | 'notes'>>,
  now: number,
): Promise<Client> {
  return db.transaction('rw', db.clients, async () => {
    const current = found(await db.clients.get(id), 'client', id);
    const next = checked(clientSchema, {
      ...current,
      ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
      ...(patch.domains !== undefined ? { domains: cleanDomains(patch.domains) } : {}),
      ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
      updated: isoAt(now),
    });
    await db.clients.put(next);
    return next;
  });
}

/**
 * Merges `sourceId` into `targetId` (two records for one company): contacts, goals and commitments move
 * over, each moved goal and commitment noting it in its history; domains and notes are combined; the
 * source client is deleted. One transaction, so a stopped worker leaves either both or the merge.
 */
export async function mergeClients(
  db: KeptDatabase,
  targetId: string,
  sourceId: string,
  now: number,
): Promise<Client> {
  if (targetId === sourceId)
    throw new KeptError('invalid', 'A client cannot be merged into itself.');
  return db.transaction('rw', [db.clients, db.contacts, db.goals, db.commitments], async () => {
    const target = found(await db.clients.get(targetId), 'client', targetId);
    const source = found(await db.clients.get(sourceId), 'client', sourceId);
    const moved = entry(now, 'moved', {
      from: source.name,
      to: target.name,
      reason: 'clients merged',
    });
    await db.contacts.where('clientId').equals(sourceId).modify({ clientId: targetId });
    await db.goals
      .where('clientId')
      .equals(sourceId)
      .modify((g) => {
        g.clientId = targetId;
        g.history.push(moved);
      });
    await db.commitments
      .where('clientId')
      .equals(sourceId)
      .modify((c) => {
        c.clientId = targetId;
        c.history.push(moved);
      });
    const merged = checked(clientSchema, {
      ...target,
      domains: [...new Set([...target.domains, ...source.domains])],
      notes: [target.notes, source.notes].filter(Boolean).join('\n\n'),
      updated: isoAt(now),
    });
    await db.clients.put(merged);
    await db.clients.delete(sourceId);
    return merged;
  });
}

/** What deleting a client removed. */
export interface DeletedCounts {
  contacts: number;
  goals: number;
  commitments: number;
}

/**
 * Deletes a client. Its contacts, goals and commitments go with it only when `cascade` is true; without
 * it a client that still has any is a `conflict`, so nothing is ever deleted by surprise.
 */
export async function deleteClient(
  db: KeptDatabase,
  id: string,
  { cascade }: { cascade: boolean },
): Promise<DeletedCounts> {
  return db.transaction('rw', [db.clients, db.contacts, db.goals, db.commitments], async () => {
    found(await db.clients.get(id), 'client', id);
    const tables = [db.contacts, db.goals, db.commitments] as const;
    const [contacts, goals, commitments] = await Promise.all(
      tables.map((t) => t.where('clientId').equals(id).count()),
    );
    if (!cascade && contacts! + goals! + commitments! > 0)
      throw new KeptError('conflict', 'This client still has contacts, goals or commitments.');
    await Promise.all(tables.map((t) => t.where('clientId').equals(id).delete()));
    await db.clients.delete(id);
    return { contacts: contacts!, goals: goals!, commitments: commitments! };
  });
}
