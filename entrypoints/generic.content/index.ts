import { genericAdapter } from '@/lib/sites/generic';
import { sitePattern, watchTurnedOff } from '@/lib/site-access';
import { keptContext } from '@/lib/in-page/kept-context';
import { startKept } from '@/lib/in-page/start';

/**
 * Sites the user turned Kept on for from the popup. Never in the manifest:
 * `lib/site-access` registers it for exactly the origins the user granted, and
 * injects it once into the tab where Kept was just turned on. No `matches` here, so the build asks for
 * no host at install.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  main(ctx) {
    // Injected into the open tab and then registered for its next loads: start once per page.
    const flag = globalThis as { keptGenericStarted?: boolean };
    if (flag.keptGenericStarted) return;
    flag.keptGenericStarted = true;
    // "Turn off" stops Kept in pages already open too: every chip, underline and listener goes.
    const running = new AbortController();
    // Not WXT's ctx.signal: a host page can abort that one (lib/in-page/kept-context.ts).
    const kept = keptContext(ctx);
    kept.signal.addEventListener('abort', () => running.abort(), { once: true });
    running.signal.addEventListener('abort', () => (flag.keptGenericStarted = false), {
      once: true,
    });
    const pattern = sitePattern(location.href);
    if (pattern) watchTurnedOff(pattern, () => running.abort(), running.signal);
    startKept(kept.ui, genericAdapter, running.signal, { deep: true });
  },
});
