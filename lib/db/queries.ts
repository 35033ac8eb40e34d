import { Dexie } from 'dexie';
import type { KeptDatabase } from './database';
import { NO_DUE_AT, type Client, type Commitment } from '../model/entities';

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

/** Open commitments falling due in [now, now + withinMs), soonest first. */
export function dueSoonCommitments(
  db: KeptDatabase,
  now: number,
  withinMs: number,
): Promise<Commitment[]> {
  return db.commitments
    .where('[status+dueAt]')
    .between(['open', now], ['open', Math.min(now + withinMs, NO_DUE_AT)], true, false)
    .toArray();
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

/** A client's commitments completed since `since` (epoch ms), newest first. Uses [clientId+completedAt]. */
export function doneSince(
  db: KeptDatabase,
  clientId: string,
  since: number,
): Promise<Commitment[]> {
  return db.commitments
    .where('[clientId+completedAt]')
    .between([clientId, since], [clientId, Dexie.maxKey])
    .reverse()
    .toArray();
}

/** Every commitment of a client, any status (for the kept-on-time rate and history views). */
export function commitmentsOfClient(db: KeptDatabase, clientId: string): Promise<Commitment[]> {
  return db.commitments.where('clientId').equals(clientId).toArray();
}

/** The client `key` is linked to, or undefined (no link, or the client was deleted since). */
export async function linkedClient(db: KeptDatabase, key: string): Promise<Client | undefined> {
  const link = await db.recordLinks.get(key);
  return link ? db.clients.get(link.clientId) : undefined;
}
