import { z } from 'zod';
import type { KeptDatabase } from './database';
import { KeptError } from './errors';
import { idSchema, isoInstant, type Client } from './records';

/**
 * "This HubSpot company is Acme" (issue 7, part 2): a CRM record (or any thread) linked to a client
 * once, remembered by the record's URL identity — the key its site adapter reports as the thread id
 * (`hubspot:2345678/0-2/77`, `salesforce:Account/001…`). A link outranks address and domain
 * resolution for that record.
 */
export const recordKeySchema = z.string().min(3).max(500);

export const recordLinkSchema = z.strictObject({
  key: recordKeySchema,
  clientId: idSchema,
  linked: isoInstant,
});
export type RecordLink = z.infer<typeof recordLinkSchema>;

/** Links `key` to `clientId` (replacing an earlier link of the same record). */
export async function linkRecord(
  db: KeptDatabase,
  key: string,
  clientId: string,
  now: number,
): Promise<RecordLink> {
  return db.transaction('rw', db.clients, db.recordLinks, async () => {
    if (!(await db.clients.get(clientId)))
      throw new KeptError('not-found', `no client ${clientId}`);
    const link = recordLinkSchema.parse({ key, clientId, linked: new Date(now).toISOString() });
    await db.recordLinks.put(link);
    return link;
  });
}

/** Forgets the link of `key`, if any. */
export async function unlinkRecord(db: KeptDatabase, key: string): Promise<void> {
  await db.recordLinks.delete(key);
}

/** The client `key` is linked to, or undefined (no link, or the client was deleted since). */
export async function linkedClient(db: KeptDatabase, key: string): Promise<Client | undefined> {
  const link = await db.recordLinks.get(key);
  return link ? db.clients.get(link.clientId) : undefined;
}
