import { browser } from 'wxt/browser';
import { textLanguage } from './language';

const DAY = 86_400_000;
const key = (clientId: string) => `kept:lastReport:${clientId}`;

/** When a report for the client was last copied or inserted; two weeks ago if never. */
export async function lastReportAt(clientId: string, now: number): Promise<number> {
  const value = (await browser.storage.local.get(key(clientId)))[key(clientId)];
  return typeof value === 'number' && value < now ? value : now - 14 * DAY;
}

/** Remembers that a report went out, so the next one starts from here ("done since …"). */
export async function markReported(clientId: string, at: number): Promise<void> {
  await browser.storage.local.set({ [key(clientId)]: at });
}

/** The language to write to a client in: Chinese when the sample (name, notes, promises) is mostly Han. */
export function clientLanguage(sample: string): 'en' | 'zh' {
  return textLanguage(sample);
}
