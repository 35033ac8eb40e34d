import type { Backup } from './backup-format';
import { MAX_PROBLEMS, type ImportProblem } from './import-report';

/** What the database already holds that a merged import may refer to or collide with. */
export interface ExistingKeys {
  clientIds: ReadonlySet<string>;
  goalIds: ReadonlySet<string>;
  /** Lower-cased email → contact id. */
  contactEmails: ReadonlyMap<string, string>;
}

export type Records = Omit<Backup, 'format' | 'version' | 'exported'>;

export const NO_EXISTING_KEYS: ExistingKeys = {
  clientIds: new Set(),
  goalIds: new Set(),
  contactEmails: new Map(),
};

/** Collects problems, keeping the first MAX_PROBLEMS and counting all of them. */
export class Problems {
  readonly list: ImportProblem[] = [];
  count = 0;
  add(path: string, reason: string): void {
    this.count += 1;
    if (this.list.length < MAX_PROBLEMS) this.list.push({ path, reason });
  }
}

/**
 * Contacts unique by email; every client and goal reference (of contacts, goals, commitments and
 * record links) resolvable in the file or the database.
 */
export function checkReferences(
  records: Records,
  existing: ExistingKeys,
  problems: Problems,
): void {
  const clientIds = new Set([...existing.clientIds, ...records.clients.map((c) => c.id)]);
  const goalClient = new Map(records.goals.map((g) => [g.id, g.clientId]));
  const emails = new Map<string, number>();
  records.contacts.forEach((c, i) => {
    const at = `contacts[${i}]`;
    if (emails.has(c.email))
      problems.add(`${at}.email`, `${c.email} also at contacts[${emails.get(c.email)}]`);
    emails.set(c.email, i);
    const storedId = existing.contactEmails.get(c.email);
    if (storedId !== undefined && storedId !== c.id)
      problems.add(`${at}.email`, `${c.email} is already a contact in this browser`);
    if (!clientIds.has(c.clientId)) problems.add(`${at}.clientId`, `no client ${c.clientId}`);
  });
  records.goals.forEach((g, i) => {
    if (!clientIds.has(g.clientId)) problems.add(`goals[${i}].clientId`, `no client ${g.clientId}`);
  });
  records.commitments.forEach((c, i) => {
    if (!clientIds.has(c.clientId))
      problems.add(`commitments[${i}].clientId`, `no client ${c.clientId}`);
    if (c.goalId !== undefined && !goalClient.has(c.goalId) && !existing.goalIds.has(c.goalId))
      problems.add(`commitments[${i}].goalId`, `no goal ${c.goalId}`);
  });
  records.recordLinks.forEach((l, i) => {
    if (!clientIds.has(l.clientId))
      problems.add(`recordLinks[${i}].clientId`, `no client ${l.clientId}`);
  });
}
