import { browser } from 'wxt/browser';

const KEY = 'kept.reminders.fired';
/** Fired keys older than this are forgotten; the planner never looks that far back. */
const KEEP_MS = 3 * 24 * 3_600_000;

/** The reminders already shown (see firedKey), from extension storage so they survive restarts. */
export async function readFired(): Promise<Set<string>> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return new Set(Array.isArray(stored) ? stored.filter((k) => typeof k === 'string') : []);
}

/** Remembers that a reminder was shown, forgetting entries whose due time is long past. */
export async function rememberFired(key: string, now: number): Promise<void> {
  const keys = [...(await readFired()), key].filter((k) => Number(k.split('@')[1]) > now - KEEP_MS);
  await browser.storage.local.set({ [KEY]: [...new Set(keys)] });
}
