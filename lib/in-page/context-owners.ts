import type { TabContext } from '../model/tab-context';
import { sendFromPage } from '../messaging/client';

/** Who last described this tab: a composer the user wrote in, or an open thread (most recent last). */
const owners = new Map<AbortSignal, TabContext>();

/**
 * Makes `context` this tab's context on behalf of `owner` (a composer's or thread's signal), so the
 * side panel follows it. When the owner goes away (its signal aborts), the tab falls back to the
 * previous owner's context — the thread behind a closed reply — or to none.
 */
export function claimContext(owner: AbortSignal, context: TabContext): void {
  if (owner.aborted) return;
  if (!owners.has(owner))
    owner.addEventListener('abort', () => releaseContext(owner), { once: true });
  owners.delete(owner);
  owners.set(owner, context);
  reportContext(context);
}

function releaseContext(owner: AbortSignal): void {
  const wasCurrent = [...owners.keys()].pop() === owner;
  owners.delete(owner);
  if (wasCurrent) reportContext([...owners.values()].pop());
}

/** Tells the background what this tab's thread or draft involves, so the side panel follows it. */
function reportContext(context: TabContext | undefined): void {
  void sendFromPage('setTabContext', { context });
}
