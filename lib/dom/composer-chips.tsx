import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { ComposerChip } from '@/components/ComposerChip';
import { isSkip, type SiteAdapter } from '@/lib/sites/types';
import { observeElements } from './observe';

/**
 * Marks every composer the adapter finds with Kept's chip, mounted in a shadow root placed as a
 * sibling after the editor (never inside it: the draft's DOM must stay byte-identical). The chip is
 * removed when the composer goes away or the extension context is invalidated.
 */
export function startComposerChips(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const skipped: string[] = [];
  observeElements({
    selector: adapter.bodySelector,
    signal: ctx.signal,
    onMatch(element, signal) {
      const composer = adapter.toComposer(element);
      if (isSkip(composer)) {
        skipped.push(composer.reason);
        console.debug(`[Kept] ${adapter.id}: skipped ${composer.element}: ${composer.reason}`);
        return;
      }
      void createShadowRootUi<Root>(ctx, {
        name: 'kept-chip',
        position: 'inline',
        anchor: composer.body,
        append: 'after',
        onMount(container) {
          const root = createRoot(container);
          root.render(<ComposerChip />);
          return root;
        },
        onRemove(root) {
          root?.unmount();
        },
      }).then((ui) => {
        if (signal.aborted) return;
        ui.mount();
        signal.addEventListener('abort', () => ui.remove(), { once: true });
      });
    },
  });
}
