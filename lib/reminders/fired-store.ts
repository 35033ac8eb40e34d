import { browser } from 'wxt/browser';

const KEY = 'kept.reminders.fired';
/** Fired keys older than this are forgotten; the planner never looks that far back. */
const KEEP_MS = 3 * 24 * 3_600_000;

/** The reminders already shown (see firedKey), from extension storage so they survive restarts. */
export async function readFired(): Promise<Set<string>> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return new Set(Array.isArray(stored) ? stored.filter((k) => typeof k === 'string') : []);
}

// Missed reminders all fire at once after a restart; serialising the read-modify-write keeps every
// key (two concurrent writers would each drop the other's, and that reminder would show again).
let queue: Promise<void> = Promise.resolve();

/** Remembers that a reminder was shown, forgetting entries whose due time is long past. */
export function rememberFired(key: string, now: number): Promise<void> {
  const run = queue.then(async () => {
    const keys = [...(await readFired()), key].filter(
      (k) => Number(k.split('@')[1]) > now - KEEP_MS,
    );
    await browser.storage.local.set({ [KEY]: [...new Set(keys)] });
  });
  queue = run.catch(() => undefined); // one failed write must not block the ones after it
  return run;
}
