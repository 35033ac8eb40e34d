import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import inPageCss from '../../components/in-page/in-page.css?inline';

/**
 * The part of WXT's content-script context that shadow-root UIs use. Content scripts pass their
 * `ctx`; Kept's own pages (the playground) pass `pageUiContext`, so both mount the same components.
 */
export type UiContext = Pick<ContentScriptContext, 'onInvalidated'> & {
  options?: ContentScriptContext['options'];
};

/** A UI context for an extension page: "invalidated" when `signal` aborts. */
export function pageUiContext(signal: AbortSignal): UiContext {
  return {
    onInvalidated(callback) {
      signal.addEventListener('abort', callback, { once: true });
      return () => signal.removeEventListener('abort', callback);
    },
  };
}

export interface ShadowUiOptions {
  ctx: UiContext;
  /** The custom element name of the host (`kept-chip`, `kept-card`…). */
  name: string;
  anchor: Element;
  append: 'after' | 'before' | 'last' | 'first';
  /** Removes the UI when it aborts (the composer or thread went away). */
  signal: AbortSignal;
  /** Keeps key events typed in the UI from reaching the host page's shortcuts. */
  isolateEvents?: boolean;
}

/** A mounted React tree in a shadow root; `render` replaces what it shows. */
export interface ShadowUi {
  render(node: ReactNode): void;
  host: HTMLElement;
}

/**
 * Mounts a React tree in a shadow root next to `anchor` (WXT `createShadowRootUi`), with Kept's
 * in-page styles, and removes it when `signal` aborts. Resolves null if the signal aborted first.
 */
export async function mountShadowUi(options: ShadowUiOptions): Promise<ShadowUi | null> {
  const ui = await createShadowRootUi(options.ctx as ContentScriptContext, {
    name: options.name,
    position: 'inline',
    anchor: options.anchor,
    append: options.append,
    css: inPageCss,
    isolateEvents: options.isolateEvents ? ['keydown', 'keyup', 'keypress'] : false,
    onMount: (container) => createRoot(container),
    onRemove: (root) => root?.unmount(),
  });
  if (options.signal.aborted) return null;
  ui.mount();
  options.signal.addEventListener('abort', () => ui.remove(), { once: true });
  return { render: (node) => ui.mounted?.render(node), host: ui.shadowHost };
}
