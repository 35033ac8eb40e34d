import { SendReview, type ReviewOutcome } from '@/components/in-page/SendReview';
import { modalAnchorFor, watchReachable } from '../dom/reachable';
import { mountShadowUi, type ShadowUi, type UiContext } from '../dom/shadow-ui';
import type { Composer } from '../sites/types';
import type { DraftAnalysis, LiveFinding } from './draft-analysis';
import { logChosen, toDateInput, type ReviewState } from './review-log';
import { deliverables, reviewWarnings } from './review-items';
import type { ClientSummary } from './client-lookup';
import { newClientFrom } from './client-suggestion';
import { uiText } from './ui-text';

export { fromDateInput, toDateInput } from './review-log';

export interface ReviewOptions {
  ctx: UiContext;
  site: string;
  composer: Composer;
  signal: AbortSignal;
  analysis(): DraftAnalysis;
  client(): ClientSummary | null;
  /**
   * Resolves the recipients' client afresh. What `client()` knows may predate the lookup (a first
   * run, a contact just added elsewhere); the review asks again when it opens and before it creates
   * a client.
   */
  resolveClient?(): Promise<ClientSummary | null>;
  /** Selects a warning's text in the editor (the review closed first). */
  jump(item: LiveFinding): void;
  /** Called after commitments were logged (counts changed). */
  logged(): void;
  /** Whether an event comes from the user (see `SendGuardOptions.isTrusted`). */
  isTrusted?: (event: Event) => boolean;
}

/**
 * The review before Send (docs/ARCHITECTURE.md, "The send guard"). Returns a function the send guard calls;
 * it resolves true to let the held Send through, false to go back to editing. Each review mounts
 * its own dialog where the user can reach it and resolves, sending, if the page takes it away.
 */
export function createReview(options: ReviewOptions): () => Promise<boolean> {
  return () =>
    new Promise<boolean>((resolve) => {
      const stop = new AbortController();
      let settled = false;
      const finish = (send: boolean) => {
        if (settled) return;
        settled = true;
        stop.abort();
        resolve(send);
      };
      options.signal.addEventListener('abort', () => finish(false), {
        once: true,
        signal: stop.signal,
      });

      const draft = options.analysis();
      const state: ReviewState = {
        client: options.client(),
        suggestion: newClientFrom(options.composer.recipients()),
        busy: false,
        logged: new Set(),
      };
      const resolveClient = () =>
        (options.resolveClient?.() ?? Promise.resolve(null)).catch(() => null);
      let ui: ShadowUi | null = null;
      const warnings = reviewWarnings(draft);
      const deliverable = deliverables(draft);
      const render = () =>
        ui?.render(
          <SendReview
            t={uiText()}
            warnings={warnings}
            commitments={draft.commitments.map((c, i) => ({
              text: c.text,
              dueDate: toDateInput(c.due),
              deliverable: deliverable[i],
            }))}
            clientName={state.client?.name ?? state.suggestion?.name ?? ''}
            isNewClient={!state.client}
            busy={state.busy}
            logged={draft.commitments.map((_, i) => state.logged.has(i))}
            error={state.error}
            isTrusted={options.isTrusted}
            onJump={(i) => {
              finish(false);
              options.jump(draft.findings[i]!);
            }}
            onDone={(outcome) => void decide(outcome)}
          />,
        );
      const decide = async (outcome: ReviewOutcome) => {
        if (state.busy || settled) return;
        if (outcome.action === 'back') options.composer.body.focus({ preventScroll: true });
        if (outcome.action !== 'log-and-send') return finish(outcome.action === 'send');
        state.busy = true;
        state.error = undefined;
        render();
        const done = await logChosen(options, draft.commitments, outcome, state, resolveClient);
        state.busy = false;
        if (done) {
          options.logged();
          return finish(true);
        }
        render();
      };

      // Known when Send was pressed, not when the composer opened.
      void resolveClient().then((fresh) => {
        if (!fresh || settled || state.busy || fresh.id === state.client?.id) return;
        state.client = fresh;
        render();
      });
      mountShadowUi({
        ctx: options.ctx,
        name: 'kept-review',
        anchor: modalAnchorFor(options.composer.root),
        append: 'last',
        signal: stop.signal,
        isolateEvents: true,
      })
        .then((mounted) => {
          if (!mounted) return;
          ui = mounted;
          render();
          // A review the page removed, hid or shut out lets the Send through: the user pressed it.
          watchReachable(mounted.host, stop.signal, () => finish(true));
        })
        // A failure inside Kept must never cost the user their send.
        .catch(() => finish(true));
    });
}
