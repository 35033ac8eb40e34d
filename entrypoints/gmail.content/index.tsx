import { gmailAdapter } from '@/lib/sites/gmail';
import { startKept } from '@/lib/sites/runtime/start';

/** Gmail: inline warnings, review before Send and client chips, through the Gmail adapter. */
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  // In-page UI carries its styles as strings into its own shadow roots (lib/dom/shadow-ui.ts).
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    startKept(ctx, gmailAdapter, ctx.signal);
  },
});
