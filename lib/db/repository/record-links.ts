import { KeptError } from '../../model/errors';
import { recordLinkSchema, type RecordLink } from '../../model/entities';
import type { KeptDatabase } from '../database';

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
