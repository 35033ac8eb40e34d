import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../lib/db/database';
import { keptOnTimeRate, type KeptRate } from '../lib/model/kept-rate';
import { commitmentsOfClient, openCommitmentsOfClient } from '../lib/db/queries';
import type { Client, Commitment, Contact, Goal } from '../lib/model/entities';

const DAY = 86_400_000;

/** Everything the side panel shows for one client. */
export interface ClientView {
  client: Client;
  contacts: Contact[];
  goals: Goal[];
  /** Open commitments, overdue first, then by due date, undated last (the index's order). */
  open: Commitment[];
  /** Done in the last 14 days, newest first. */
  doneRecently: Commitment[];
  all: Commitment[];
  keptRate: KeptRate;
}

/** One client's view, read live from the database (null when the client does not exist). */
export function useClientView(clientId: string, now: number): ClientView | null | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    return db.transaction('r', [db.clients, db.contacts, db.goals, db.commitments], async () => {
      const client = await db.clients.get(clientId);
      if (!client) return null;
      const [contacts, goals, open, all] = await Promise.all([
        db.contacts.where('clientId').equals(clientId).toArray(),
        db.goals.where('clientId').equals(clientId).toArray(),
        openCommitmentsOfClient(db, clientId),
        commitmentsOfClient(db, clientId),
      ]);
      const doneRecently = all
        .filter((c) => c.status === 'done' && (c.completedAt ?? 0) > now - 14 * DAY)
        .sort((a, b) => (b.completedAt ?? 0) - (a.completedAt ?? 0));
      return {
        client,
        contacts,
        goals,
        open,
        doneRecently,
        all,
        // The clock at read time, not the minute tick: a promise done a second ago counts.
        keptRate: keptOnTimeRate(all, Math.max(now, Date.now())),
      };
    });
  }, [clientId, now]);
}
