import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageUiContext, type UiContext } from '../dom/shadow-ui';

/** How often a running content script checks that its extension is still there. */
const CHECK_EVERY_MS = 30_000;

/** Whether this content script's extension context is still valid (not reloaded, updated, removed). */
export const extensionAlive = (): boolean => {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
};

/** What Kept's content scripts run on: a UI context and the signal that ends them. */
export interface KeptContext {
  ui: UiContext;
  signal: AbortSignal;
}

/**
 * A content-script context that a host page cannot end (docs/ARCHITECTURE.md, "The content-script boundary").
 * WXT's `ContentScriptContext` aborts when a "content script started" event reaches the document, and
 * a page that knows the extension id can dispatch one. So Kept does not run on WXT's signal: when it
 * aborts — and every half minute, and when the tab is shown again — Kept asks whether its own extension
 * context is really gone (`browser.runtime.id`), and only then stops, removing every chip, card and
 * listener as before.
 */
export function keptContext(
  ctx: Pick<ContentScriptContext, 'signal' | 'options'>,
  alive: () => boolean = extensionAlive,
): KeptContext {
  const running = new AbortController();
  const check = () => {
    if (!running.signal.aborted && !alive()) running.abort('Kept: extension context invalidated');
  };
  ctx.signal.addEventListener('abort', check, { once: true });
  const timer = setInterval(check, CHECK_EVERY_MS);
  document.addEventListener('visibilitychange', check, { signal: running.signal });
  running.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  return { ui: { ...pageUiContext(running.signal), options: ctx.options }, signal: running.signal };
}
