import { adapterForHost } from '@/lib/sites/built-in';
import { BUILT_IN_MATCHES } from '@/lib/sites';
import { keptContext } from '@/lib/in-page/kept-context';
import { startKept } from '@/lib/in-page/start';

/**
 * Outlook on the web and the CRMs: one content script for every built-in host, choosing
 * the adapter by `location.host`. It runs in the top frame only: editors in same-origin and
 * about:blank iframes are reached from there (lib/dom/deep-query.ts), so cards, chips and the
 * review stay in the page, never inside a small editor frame.
 */
export default defineContentScript({
  // From the sites registry (lib/sites/index.ts); WXT reads it at build time for the manifest.
  matches: BUILT_IN_MATCHES,
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    const site = adapterForHost(location.host);
    if (!site) return;
    // Not WXT's ctx.signal: a host page can abort that one (lib/in-page/kept-context.ts).
    const kept = keptContext(ctx);
    startKept(kept.ui, site.adapter, kept.signal, { deep: site.deep });
  },
});
