/**
 * The one way Kept watches a host page (ARCHITECTURE decision 9).
 *
 * `observeElements` calls `onMatch` once for every element that matches `selector` (now or later),
 * with an `AbortSignal` that fires when the element leaves the document or observation stops. Anything
 * attached to an element (listeners, observers, UI) must be tied to that signal, so nothing leaks when
 * the host page tears the element down.
 */
export interface ObserveOptions {
  /** Where to look; defaults to the document. */
  root?: ParentNode & Node;
  /** CSS selector of the elements to track. */
  selector: string;
  /** Extra test on a matched element (e.g. "is not inside quoted history"). */
  filter?: (element: Element) => boolean;
  /** Called once per matched element. */
  onMatch: (element: Element, signal: AbortSignal) => void;
  /** Stops all observation and aborts every element's signal. */
  signal: AbortSignal;
}

/** Starts observing; returns a function that forces an immediate rescan (used by tests and SPA navigation). */
export function observeElements(options: ObserveOptions): () => void {
  const root = options.root ?? document;
  const tracked = new Map<Element, AbortController>();
  let scheduled = false;

  const scan = () => {
    scheduled = false;
    if (options.signal.aborted) return;
    for (const [element, controller] of tracked) {
      if (!element.isConnected) {
        controller.abort();
        tracked.delete(element);
      }
    }
    for (const element of root.querySelectorAll(options.selector)) {
      if (tracked.has(element)) continue;
      if (options.filter && !options.filter(element)) continue;
      const controller = new AbortController();
      tracked.set(element, controller);
      try {
        options.onMatch(element, controller.signal);
      } catch (error) {
        // A failure on one element must never break the host page or the other elements.
        console.warn('[Kept] could not attach to an element', error);
      }
    }
  };

  // Mutations arrive in bursts (typing, Gmail re-rendering); coalesce them into one scan per task.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(scan);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(root, { childList: true, subtree: true });
  options.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      for (const controller of tracked.values()) controller.abort();
      tracked.clear();
    },
    { once: true },
  );
  scan();
  return scan;
}
