import { startComposerChips } from '@/lib/dom/composer-chips';
import { gmailAdapter } from '@/lib/sites/gmail';

/** Gmail: finds every compose body and marks it with Kept's chip. */
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main(ctx) {
    startComposerChips(ctx, gmailAdapter);
  },
});
