import { ClientChip } from '@/components/in-page/ClientChip';
import { observeElements } from '../dom/observe';
import { mountShadowUi, type ShadowUi, type UiContext } from '../dom/shadow-ui';
import type { ThreadView } from '../sites/types';
import { claimContext } from './context-owners';
import { contextOf } from './recipients';
import { clientFor, openClient } from './client-lookup';
import { uiText } from './ui-text';

/**
 * An open thread: its participants resolve to a client, shown in a chip beside the subject
 * ("Acme · 3 open · 1 overdue") that opens the side panel on that client, and the side panel is told
 * which addresses this tab is about. Ends when `signal` aborts (the user left the thread).
 */
export function attachThread(
  ctx: UiContext,
  site: string,
  thread: ThreadView,
  signal: AbortSignal,
): void {
  let chip: Promise<ShadowUi | null> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = async () => {
    const people = thread.participants();
    claimContext(signal, contextOf(site, people, thread.threadId(), thread.subject()));
    const client = await clientFor(people, thread.threadId());
    if (signal.aborted) return;
    // No client: nothing in the page (the side panel offers "create client" from the context).
    if (!client) return void (await chip)?.render(null);
    chip ??= mountShadowUi({ ctx, name: 'kept-thread-chip', signal, ...thread.chip });
    (await chip)?.render(
      <ClientChip
        t={uiText()}
        name={client.name}
        open={client.open}
        overdue={client.overdue}
        onOpen={() => openClient(client.id)}
      />,
    );
  };
  // Messages expand and load one by one; resolve once the participants settle.
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 100);
  };
  observeElements({
    root: thread.root,
    selector: thread.participantSelector,
    signal,
    onMatch: schedule,
  });
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  schedule();
}
