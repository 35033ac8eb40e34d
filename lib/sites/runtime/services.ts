import type { TabContext } from '../../context/tab-context';
import { isFreeMailDomain } from '../../db/free-mail';
import type { Settings } from '../../db/settings';
import { sendFromPage } from '../../messaging/client';
import type { RuleSettings } from '../../analysis';
import type { Participant } from '../types';

/** What an in-page chip may show of a client: its name and counts, nothing else (decision 6). */
export interface ClientSummary {
  id: string;
  name: string;
  open: number;
  overdue: number;
}

/** The verbs a content script may send: the router refuses the rest (protocol `inPage`). */
const ask = sendFromPage;

/** The last settings read; kept when a later read fails, so a failed read never loses them. */
let latest: Settings | null = null;
let fresh = false;
let reading: Promise<Settings | null> | undefined;
let rereading: Promise<Settings | null> | undefined;

/**
 * The user's settings, read once per page and again when they may have changed (`refresh`: the
 * background announced a change, lib/messaging/settings-changes.ts, or the user came back to the
 * tab); null until a read succeeded. Concurrent calls share one read; a read that fails keeps the
 * settings last read, and is tried again on the next call.
 */
export function loadSettings(refresh = false): Promise<Settings | null> {
  // A change announced while a read is under way may have missed it: read once more after it.
  if (reading && refresh)
    return (rereading ??= reading.then(() => {
      rereading = undefined;
      return loadSettings(true);
    }));
  if (reading) return reading;
  if (fresh && !refresh) return Promise.resolve(latest);
  reading = ask('getSettings', {})
    .then((r) => {
      if (r.ok) [latest, fresh] = [r.data.settings, true];
      return latest;
    })
    .finally(() => {
      reading = undefined;
    });
  return reading;
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

/**
 * "Always allow this phrase": the background adds it to the stored phrases (read and written there,
 * so phrases added in Options since this tab read its settings are kept); nothing is written here.
 */
export async function allowPhrase(phrase: string): Promise<void> {
  const result = await ask('allowPhrase', { phrase: phrase.slice(0, 200) });
  if (result.ok && !reading) [latest, fresh] = [result.data.settings, true];
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
    const linked = await ask('getRecordLink', { key: recordKey });
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
  const result = await ask('getClientsForAddresses', {
    addresses: people.map((p) => p.address),
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

/** Tells the background what this tab's thread or draft involves, so the side panel follows it. */
export function reportContext(context: TabContext | undefined): void {
  void ask('setTabContext', { context });
}

/** Opens the side panel on a client (the chip's click). */
export function openClient(clientId: string): void {
  void ask('openClientView', { clientId });
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
