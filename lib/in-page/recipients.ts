import type { LedgerEntry } from '../analysis';
import type { TabContext } from '../model/tab-context';
import { observeElements } from '../dom/observe';
import type { Composer, Participant } from '../sites/types';
import { clientFor, ledgerOf, type ClientSummary } from './client-lookup';

/** What the side panel is told about a thread or draft: its people, and where it is. */
export function contextOf(
  site: string,
  people: Participant[],
  threadId: string | undefined,
  subject: string,
): TabContext {
  return {
    addresses: people.map((p) => p.address),
    names: Object.fromEntries(people.flatMap((p) => (p.name ? [[p.address, p.name]] : []))),
    site,
    url: location.href.slice(0, 4000),
    threadId,
    subject: subject.slice(0, 1000) || undefined,
  };
}

/**
 * Resolves a composer's recipients to a client (and its ledger, for ledger-conflict findings) now
 * and whenever they change: a recipient element appears or goes, or a classic field changes.
 * Returns a function that resolves again (after commitments were logged).
 */
export function watchRecipients(
  composer: Composer,
  signal: AbortSignal,
  onResolved: (client: ClientSummary | null, ledger: LedgerEntry[]) => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const resolve = () => {
    clearTimeout(timer);
    // Chips arrive one by one while Gmail renders; resolve once they settle.
    timer = setTimeout(async () => {
      const client = await clientFor(composer.recipients(), composer.threadId());
      const ledger = client ? await ledgerOf(client.id) : [];
      if (!signal.aborted) onResolved(client, ledger);
    }, 100);
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  if (composer.recipientSelector)
    observeElements({
      root: composer.root,
      selector: composer.recipientSelector,
      signal,
      onMatch: (_element, gone) => {
        resolve();
        gone.addEventListener('abort', () => !signal.aborted && resolve(), { once: true });
      },
    });
  composer.root.addEventListener('change', resolve, { signal });
  resolve();
  return resolve;
}
