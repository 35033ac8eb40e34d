import type { KeptDatabase } from '../database';
import { KeptError } from '../../model/errors';
import { normalEmail } from '../../model/addresses';
import { contactSchema, type Contact } from '../../model/entities';
import { checked, found, newId, without } from './shared';

export interface ContactInput {
  clientId: string;
  email: string;
  name?: string;
  sample?: true;
}

/**
 * Adds a contact to a client. Emails are stored lower-cased and are unique across all clients: an
 * address already known under another client is a `conflict` naming that client.
 */
export async function addContact(db: KeptDatabase, input: ContactInput): Promise<Contact> {
  const email = normalEmail(input.email);
  return db.transaction('rw', db.clients, db.contacts, async () => {
    found(await db.clients.get(input.clientId), 'client', input.clientId);
    const existing = await db.contacts.where('email').equals(email).first();
    if (existing) {
      const owner = await db.clients.get(existing.clientId);
      throw new KeptError(
        'conflict',
        `${email} is already a contact of ${owner?.name ?? 'a client'}.`,
      );
    }
    const contact = checked(contactSchema, {
      id: newId(),
      email,
      name: input.name?.trim() ?? '',
      clientId: input.clientId,
      ...(input.sample ? { sample: true as const } : {}),
    });
    await db.contacts.add(contact);
    return contact;
  });
}

/** What can change on a contact: its name, and the client it belongs to. The email cannot change. */
export interface ContactPatch {
  name?: string;
  clientId?: string;
}

/**
 * Renames a contact and/or moves it to another client (the target must exist). The email is kept as
 * stored, so it stays lower-cased and unique; mail from it then resolves to the new client. A changed
 * sample contact is the user's from then on (docs/ARCHITECTURE.md, "Data that must survive").
 */
export async function updateContact(
  db: KeptDatabase,
  id: string,
  patch: ContactPatch,
): Promise<Contact> {
  return db.transaction('rw', db.clients, db.contacts, async () => {
    const current = found(await db.contacts.get(id), 'contact', id);
    if (patch.clientId !== undefined)
      found(await db.clients.get(patch.clientId), 'client', patch.clientId);
    const next = checked(contactSchema, {
      ...without(current, 'sample'),
      ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
      ...(patch.clientId !== undefined ? { clientId: patch.clientId } : {}),
    });
    await db.contacts.put(next);
    return next;
  });
}

/** Removes a contact; mail from that address then resolves by domain again. */
export async function removeContact(db: KeptDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.contacts, async () => {
    found(await db.contacts.get(id), 'contact', id);
    await db.contacts.delete(id);
  });
}
