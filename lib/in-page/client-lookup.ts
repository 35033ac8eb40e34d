import { sendFromPage } from '../messaging/client';
import type { Participant } from '../sites/types';

/** What an in-page chip may show of a client: its name and counts, nothing else (docs/ARCHITECTURE.md, "The content-script boundary"). */
export interface ClientSummary {
  id: string;
  name: string;
  open: number;
  overdue: number;
}

/** The verbs a content script may send: the router refuses the rest (protocol `inPage`). */
const ask = sendFromPage;

/**
 * The client the participants resolve to (the one most of them match), or null. A record or thread
 * the user linked to a client (`recordKey`, a record link) resolves to that client first.
 */
export async function clientFor(
  people: Participant[],
  recordKey?: string,
): Promise<ClientSummary | null> {
  if (people.length === 0 && !recordKey) return null;
  const result = await ask('getClientsForAddresses', {
    addresses: people.map((p) => p.address),
    ...(recordKey ? { recordKey } : {}),
  });
  const first = result.ok ? result.data.clients[0] : undefined;
  if (!first) return null;
  return { id: first.client.id, name: first.client.name, open: first.open, overdue: first.overdue };
}

/** The client's open commitments as the analysis's ledger (for ledger-conflict findings). */
export async function ledgerOf(clientId: string): Promise<{ text: string; due: string | null }[]> {
  const result = await ask('getLedger', { clientId });
  return result.ok ? result.data.ledger : [];
}

/** Opens the side panel on a client (the chip's click). */
export function openClient(clientId: string): void {
  void ask('openClientView', { clientId });
}
