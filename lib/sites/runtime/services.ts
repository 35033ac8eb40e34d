import type { TabContext } from '../../context/tab-context';
import { isFreeMailDomain } from '../../db/free-mail';
import type { Settings } from '../../db/settings';
import { sendMessage } from '../../messaging/client';
import type { RuleSettings } from '../../analysis';
import type { Participant } from '../types';

/** What an in-page chip may show of a client: its name and counts, nothing else (decision 6). */
export interface ClientSummary {
  id: string;
  name: string;
  open: number;
  overdue: number;
}

let settings: Promise<Settings | null> | undefined;
let reading = false;

/**
 * The user's settings, read once per page and after Kept changed them; null if unreachable. `refresh`
 * reads them again, unless a read is under way (every composer on the page asks at once when the
 * user comes back to the tab).
 */
export function loadSettings(refresh = false): Promise<Settings | null> {
  if (!settings || (refresh && !reading)) {
    reading = true;
    settings = sendMessage('getSettings', {})
      .then((r) => (r.ok ? r.data.settings : null))
      .finally(() => {
        reading = false;
      });
  }
  return settings;
}

/** The analysis engine's view of the settings: rules off, phrases flagged and allowed, severities. */
export function ruleSettings(s: Settings | null): RuleSettings {
  const phrases = s?.customPhrases ?? [];
  return {
    disabled: s?.rulesOff ?? [],
    allow: phrases.filter((p) => p.mode === 'allow').map((p) => p.phrase),
    flag: phrases.filter((p) => p.mode === 'flag').map((p) => p.phrase),
    severity: s?.ruleSeverity ?? {},
  };
}

/** "Always allow this phrase": adds it to the user's allowed phrases. */
export async function allowPhrase(phrase: string): Promise<void> {
  const current = await loadSettings();
  const customPhrases = [...(current?.customPhrases ?? []), { phrase, mode: 'allow' as const }];
  const result = await sendMessage('updateSettings', { patch: { customPhrases } });
  settings = Promise.resolve(result.ok ? result.data.settings : current);
}

/**
 * The client the participants resolve to (the one most of them match), or null. A record or thread
 * the user linked to a client (`recordKey`, lib/db/record-links.ts) resolves to that client first.
 */
export async function clientFor(
  people: Participant[],
  recordKey?: string,
): Promise<ClientSummary | null> {
  if (recordKey) {
    const linked = await sendMessage('getRecordLink', { key: recordKey });
    const match = linked.ok ? linked.data.client : null;
    if (match)
      return {
        id: match.client.id,
        name: match.client.name,
        open: match.open,
        overdue: match.overdue,
      };
  }
  if (people.length === 0) return null;
  const result = await sendMessage('getClientsForAddresses', {
    addresses: people.map((p) => p.address),
  });
  const first = result.ok ? result.data.clients[0] : undefined;
  if (!first) return null;
  return { id: first.client.id, name: first.client.name, open: first.open, overdue: first.overdue };
}

/** The client's open commitments as the analysis's ledger (for ledger-conflict findings). */
export async function ledgerOf(clientId: string): Promise<{ text: string; due: string | null }[]> {
  const result = await sendMessage('getOpenCommitments', { clientId });
  return result.ok
    ? result.data.commitments.map((c) => ({ text: c.text, due: c.due ?? null }))
    : [];
}

/** Tells the background what this tab's thread or draft involves, so the side panel follows it. */
export function reportContext(context: TabContext | undefined): void {
  void sendMessage('setTabContext', { context });
}

/** Opens the side panel on a client (the chip's click). */
export function openClient(clientId: string): void {
  void sendMessage('openClientView', { clientId });
}

/** A client to create from the recipients when none resolved: named after the first business domain. */
export function newClientFrom(people: Participant[]): { name: string; domain: string } | null {
  for (const { address } of people) {
    const domain = address.split('@')[1];
    if (!domain || isFreeMailDomain(domain)) continue;
    const label = domain.split('.')[0]!;
    return { name: label.charAt(0).toUpperCase() + label.slice(1), domain };
  }
  return null;
}
