import { GMAIL_MATCHES } from '@/lib/sites';
import { gmailAdapter } from '@/lib/sites/gmail';
import { keptContext } from '@/lib/in-page/kept-context';
import { startKept } from '@/lib/in-page/start';

/** Gmail: inline warnings, review before Send and client chips, through the Gmail adapter. */
export default defineContentScript({
  // From the sites registry (lib/sites/index.ts); WXT reads it at build time for the manifest.
  matches: GMAIL_MATCHES,
  // In-page UI carries its styles as strings into its own shadow roots (lib/dom/shadow-ui.ts).
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    // Not WXT's ctx.signal: a host page can abort that one (lib/in-page/kept-context.ts).
    const kept = keptContext(ctx);
    startKept(kept.ui, gmailAdapter, kept.signal);
  },
});
