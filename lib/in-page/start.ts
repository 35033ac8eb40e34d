import { observeElements } from '../dom/observe';
import { highlightsSupported } from '../dom/highlights';
import type { UiContext } from '../dom/shadow-ui';
import { isSkip, type SiteAdapter } from '../sites/types';
import { attachComposer } from './composer-session';
import { recordReason } from './diagnostics';
import { attachThread } from './thread-session';

/** How a site's page must be watched. */
export interface StartOptions {
  /** Look through open shadow roots and same-origin iframes (the CRMs; `lib/dom/deep-query`). */
  deep?: boolean;
}

/**
 * Runs Kept on a page through a site adapter: every composer the adapter finds gets the inline
 * warnings, chip and review, every open thread its client chip. Stops when `signal` aborts (the
 * extension context was invalidated). What the adapter skips is recorded, never shown.
 */
export function startKept(
  ctx: UiContext,
  adapter: SiteAdapter,
  signal: AbortSignal,
  options: StartOptions = {},
): void {
  if (!highlightsSupported())
    recordReason(adapter.id, 'CSS Custom Highlight API missing: underlines are not drawn');
  observeElements({
    selector: adapter.bodySelector,
    signal,
    deep: options.deep,
    onMatch(element, gone) {
      const composer = adapter.toComposer(element);
      if (isSkip(composer))
        return recordReason(adapter.id, `${composer.element}: ${composer.reason}`);
      if (!composer.sendButton())
        recordReason(adapter.id, 'compose: Send button not found, so Send is not reviewed');
      attachComposer(ctx, adapter.id, composer, gone);
    },
  });
  const { threadSelector, toThread } = adapter;
  if (!threadSelector || !toThread) return;
  observeElements({
    selector: threadSelector,
    signal,
    deep: options.deep,
    onMatch(element, gone) {
      const thread = toThread(element);
      if (isSkip(thread)) return recordReason(adapter.id, `${thread.element}: ${thread.reason}`);
      attachThread(ctx, adapter.id, thread, gone);
    },
  });
}
