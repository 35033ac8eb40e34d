import type { KeptDatabase } from '../database';
import { KeptError } from '../../model/errors';
import { domainProblem } from '../../model/addresses';
import { clientSchema, type Client } from '../../model/entities';
import { checked, entry, found, isoAt, newId, without } from './shared';

export interface ClientInput {
  name: string;
  domains?: string[];
  notes?: string;
  sample?: true;
}

/** Lower-cased, de-duplicated domains (a pasted "@acme.example" is accepted), each checked. */
function cleanDomains(domains: readonly string[]): string[] {
  const cleaned = domains.map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean);
  const out = [...new Set(cleaned)];
  for (const domain of out) {
    const problem = domainProblem(domain);
    if (problem) throw new KeptError('invalid', problem);
  }
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

/** Renames a client or changes its domains or notes; an edited sample client becomes the user's. */
export async function updateClient(
  db: KeptDatabase,
  id: string,
  patch: Partial<Pick<Client, 'name' | 'domains' | 'notes'>>,
  now: number,
): Promise<Client> {
  return db.transaction('rw', db.clients, async () => {
    const current = found(await db.clients.get(id), 'client', id);
    const next = checked(clientSchema, {
      ...without(current, 'sample'),
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
 * over, each moved goal and commitment noting it in its history; record links follow; domains and
 * notes are combined; the source client is deleted. One transaction, so a stopped worker leaves
 * either both or the merge. A sample target that receives a real client is the user's from then on
 * (docs/ARCHITECTURE.md, "Data that must survive").
 */
export async function mergeClients(
  db: KeptDatabase,
  targetId: string,
  sourceId: string,
  now: number,
): Promise<Client> {
  if (targetId === sourceId)
    throw new KeptError('invalid', 'A client cannot be merged into itself.');
  const tables = [db.clients, db.contacts, db.goals, db.commitments, db.recordLinks];
  return db.transaction('rw', tables, async () => {
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
    await db.recordLinks.where('clientId').equals(sourceId).modify({ clientId: targetId });
    const merged = checked(clientSchema, {
      ...(source.sample ? target : without(target, 'sample')),
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
  recordLinks: number;
}

/**
 * Deletes a client. Its contacts, goals and commitments go with it only when `cascade` is true; without
 * it a client that still has any is a `conflict`, so nothing is ever deleted by surprise. Record links
 * to it always go (they only point at it), and no commitment keeps a reference to one of its goals,
 * so a backup taken afterwards still imports.
 */
export async function deleteClient(
  db: KeptDatabase,
  id: string,
  { cascade }: { cascade: boolean },
): Promise<DeletedCounts> {
  const all = [db.clients, db.contacts, db.goals, db.commitments, db.recordLinks];
  return db.transaction('rw', all, async () => {
    found(await db.clients.get(id), 'client', id);
    const tables = [db.contacts, db.goals, db.commitments] as const;
    const [contacts, goals, commitments] = await Promise.all(
      tables.map((t) => t.where('clientId').equals(id).count()),
    );
    if (!cascade && contacts! + goals! + commitments! > 0)
      throw new KeptError('conflict', 'This client still has contacts, goals or commitments.');
    const goalIds = await db.goals.where('clientId').equals(id).primaryKeys();
    await Promise.all(tables.map((t) => t.where('clientId').equals(id).delete()));
    await db.commitments
      .where('goalId')
      .anyOf(goalIds)
      .modify((c) => {
        delete c.goalId;
      });
    const recordLinks = await db.recordLinks.where('clientId').equals(id).delete();
    await db.clients.delete(id);
    return { contacts: contacts!, goals: goals!, commitments: commitments!, recordLinks };
  });
}
