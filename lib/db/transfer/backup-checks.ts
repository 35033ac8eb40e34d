import { domainProblem, normalEmail } from '../../model/addresses';
import { commitmentProblems } from '../../model/invariants';
import type { Backup } from './backup-format';
import { MAX_PROBLEMS, type ImportProblem } from '../../model/import-report';

/** What the database already holds that a merged import may refer to or collide with. */
export interface ExistingKeys {
  clientIds: ReadonlySet<string>;
  /** Goal id → the id of its client. */
  goalClients: ReadonlyMap<string, string>;
  /** Lower-cased email → contact id. */
  contactEmails: ReadonlyMap<string, string>;
}

export type Records = Omit<Backup, 'format' | 'version' | 'exported'>;

export const NO_EXISTING_KEYS: ExistingKeys = {
  clientIds: new Set(),
  goalClients: new Map(),
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
 * The repository's own rules (lib/db/repository), applied to rows that did not come through it:
 * client domains as `domainProblem` accepts them; contact emails lower-cased and unique
 * case-insensitively (as the `&email` index would see them once stored); every client and goal
 * reference (of contacts, goals, commitments and record links) resolvable in the file or the
 * database, a commitment's goal belonging to its client; each commitment's fields agreeing
 * (`commitmentProblems`).
 */
export function checkReferences(
  records: Records,
  existing: ExistingKeys,
  problems: Problems,
): void {
  const clientIds = new Set([...existing.clientIds, ...records.clients.map((c) => c.id)]);
  const goalClient = new Map([
    ...existing.goalClients,
    ...records.goals.map((g) => [g.id, g.clientId] as const),
  ]);
  records.clients.forEach((c, i) => {
    c.domains.forEach((domain, j) => {
      const reason =
        domainProblem(domain) ??
        (c.domains.indexOf(domain) < j ? `${domain} is listed twice` : undefined);
      if (reason) problems.add(`clients[${i}].domains.${j}`, reason);
    });
  });
  const emails = new Map<string, number>();
  records.contacts.forEach((c, i) => {
    const at = `contacts[${i}]`;
    const email = normalEmail(c.email);
    if (email !== c.email) problems.add(`${at}.email`, `${c.email} is not lower-case`);
    if (emails.has(email))
      problems.add(`${at}.email`, `${c.email} also at contacts[${emails.get(email)}]`);
    emails.set(email, i);
    const storedId = existing.contactEmails.get(email);
    if (storedId !== undefined && storedId !== c.id)
      problems.add(`${at}.email`, `${c.email} is already a contact in this browser`);
    if (!clientIds.has(c.clientId)) problems.add(`${at}.clientId`, `no client ${c.clientId}`);
  });
  records.goals.forEach((g, i) => {
    if (!clientIds.has(g.clientId)) problems.add(`goals[${i}].clientId`, `no client ${g.clientId}`);
  });
  records.commitments.forEach((c, i) => {
    const at = `commitments[${i}]`;
    if (!clientIds.has(c.clientId)) problems.add(`${at}.clientId`, `no client ${c.clientId}`);
    if (c.goalId !== undefined) {
      const owner = goalClient.get(c.goalId);
      if (owner === undefined) problems.add(`${at}.goalId`, `no goal ${c.goalId}`);
      else if (owner !== c.clientId)
        problems.add(`${at}.goalId`, `goal ${c.goalId} belongs to another client`);
    }
    for (const { field, reason } of commitmentProblems(c)) problems.add(`${at}.${field}`, reason);
  });
  records.recordLinks.forEach((l, i) => {
    if (!clientIds.has(l.clientId))
      problems.add(`recordLinks[${i}].clientId`, `no client ${l.clientId}`);
  });
}
